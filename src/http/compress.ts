/**
 * gzip (or deflate) for text responses, without Hono's `compress()` costs on every request:
 * it adds `Vary` through `c.header()` (which rebuilds a finished response) and gzips the same
 * public page again for every visitor. Here `Vary` is set in place, a response nobody asked to
 * compress is left untouched, and the compressed bytes of a body with an ETag are kept by that
 * ETag for the next request (every ETag this app writes is a hash of the bytes: etag.ts,
 * assets.ts, `etag()`). A body without an ETag (a stream such as a CSV export) is compressed
 * as it streams.
 */
import type { MiddlewareHandler } from 'hono'
import { COMPRESSIBLE_CONTENT_TYPE_REGEX as COMPRESSIBLE } from 'hono/utils/compress'
import { setResponseHeader } from './response-headers.ts'

/** Options of {@link compress}. */
export interface CompressOptions {
  /** Bodies smaller than this many bytes are sent as they are. */
  readonly threshold?: number
  /** How many compressed bodies are kept (least recently used go first). */
  readonly cacheEntries?: number
}

type Encoding = 'gzip' | 'deflate'

const NO_TRANSFORM = /(?:^|,)\s*no-transform\s*(?:,|$)/i
const VARY_ACCEPT_ENCODING = /(?:^|,)\s*(?:accept-encoding|\*)\s*(?:,|$)/i

/** The compression middleware. */
export function compress(options: CompressOptions = {}): MiddlewareHandler {
  const threshold = options.threshold ?? 1024
  const cache = new Map<string, Uint8Array<ArrayBuffer>>()
  const limit = options.cacheEntries ?? 256
  const remember = (key: string, bytes: Uint8Array<ArrayBuffer>) => {
    cache.set(key, bytes)
    if (cache.size > limit) cache.delete(cache.keys().next().value!)
  }
  return async function compress(c, next) {
    await next()
    const res = c.res
    const length = res.headers.get('Content-Length')
    if (
      c.req.method === 'HEAD' || res.status === 204 || res.status === 206 ||
      res.status === 304 || res.headers.has('Content-Encoding') ||
      (length !== null && Number(length) < threshold) ||
      !COMPRESSIBLE.test(res.headers.get('Content-Type') ?? '') ||
      NO_TRANSFORM.test(res.headers.get('Cache-Control') ?? '')
    ) return
    const vary = res.headers.get('Vary')
    if (!vary || !VARY_ACCEPT_ENCODING.test(vary)) {
      setResponseHeader(c, 'Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
    }
    const encoding = acceptedEncoding(c.req.header('Accept-Encoding'))
    if (!encoding || !c.res.body) return
    const tag = c.res.headers.get('ETag')
    if (!tag) {
      c.res = withBody(c.res, c.res.body.pipeThrough(new CompressionStream(encoding)), encoding)
      return
    }
    const key = `${encoding} ${tag}`
    let bytes = cache.get(key)
    if (bytes) {
      cache.delete(key)
      cache.set(key, bytes)
      await c.res.body.cancel()
    } else {
      const plain = new Uint8Array(await c.res.arrayBuffer())
      if (plain.byteLength < threshold) {
        c.res = new Response(plain, c.res)
        return
      }
      bytes = await compressBytes(plain, encoding)
      remember(key, bytes)
    }
    c.res = withBody(c.res, bytes, encoding)
  }
}

/** The encoding to use for an `Accept-Encoding` header: gzip first, then deflate, or none. */
export function acceptedEncoding(header: string | undefined): Encoding | undefined {
  if (!header) return undefined
  const q = new Map<string, number>()
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase())
    const weight = params.find((p) => p.startsWith('q='))
    const value = weight === undefined ? 1 : Number(weight.slice(2))
    if (name) q.set(name, Number.isFinite(value) ? value : 0)
  }
  const weightOf = (name: string) => q.get(name) ?? q.get('*') ?? 0
  const best = (['gzip', 'deflate'] as const).reduce<Encoding | undefined>(
    (found, name) =>
      weightOf(name) > 0 && (!found || weightOf(name) > weightOf(found)) ? name : found,
    undefined,
  )
  return best
}

function withBody(res: Response, body: BodyInit, encoding: Encoding): Response {
  const next = new Response(body, res)
  next.headers.delete('Content-Length')
  next.headers.set('Content-Encoding', encoding)
  return next
}

async function compressBytes(
  bytes: Uint8Array<ArrayBuffer>,
  encoding: Encoding,
): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(
    new CompressionStream(encoding),
  )
  return new Uint8Array(await new Response(stream).arrayBuffer())
}
