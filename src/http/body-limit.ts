/**
 * Caps request bodies before anything reads them: forms at `maxBodyBytes`, multipart uploads
 * at the per-file limit plus room for the other fields. Over the cap is a 413 page.
 */
import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'

/** Limits in bytes. */
export interface BodyLimits {
  readonly maxBodyBytes: number
  readonly maxUploadBytes: number
}

const MULTIPART_OVERHEAD = 64 * 1024

/** The body-limit middleware. */
export function limitBodies(limits: BodyLimits): MiddlewareHandler {
  const tooLarge = () => {
    throw new HTTPException(413, { message: 'Request body too large' })
  }
  const forms = bodyLimit({ maxSize: limits.maxBodyBytes, onError: tooLarge })
  const uploads = bodyLimit({
    maxSize: limits.maxUploadBytes + MULTIPART_OVERHEAD,
    onError: tooLarge,
  })
  return async function limit(c, next) {
    // No handler reads the body of a GET or HEAD. Asking for it anyway would make
    // @hono/node-server build a full Request on every page view.
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return await next()
    const multipart = /^multipart\/form-data/i.test(c.req.header('content-type') ?? '')
    try {
      return await (multipart ? uploads : forms)(c, next)
    } catch (error) {
      // Errors after `next()` became responses further in; what reaches here is the body
      // itself failing: a connection cut mid-upload, a broken chunked encoding.
      if (error instanceof HTTPException) throw error
      throw new HTTPException(400, { message: 'Request body could not be read' })
    }
  }
}
