/**
 * Weak ETags computed where the body is still a string. Hono's `etag()` middleware hashes a
 * clone of the finished response, which turns @hono/node-server's lightweight response into a
 * full one and reads the body back as a stream: on a rendered page that was a fifth of the
 * request's time. A response that already carries an ETag is left to `etag()` only for the
 * `If-None-Match` comparison.
 */
import { toHex } from '../lib/ids.ts'

/** `W/"<sha-1 hex>"` of the UTF-8 bytes of `body`, the form `etag({ weak: true })` writes. */
export async function weakEtag(body: string | Uint8Array): Promise<string> {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', bytes as BufferSource))
  return `W/"${toHex(digest)}"`
}

/** Whether a response to this method may be validated by its ETag. */
export function cacheableMethod(method: string): boolean {
  return method === 'GET' || method === 'HEAD'
}
