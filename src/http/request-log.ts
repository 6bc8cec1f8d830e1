/** One JSON log line per request, with the request id on it and on every line logged inside. */
import type { MiddlewareHandler } from 'hono'
import type { Logger } from '../lib/logger.ts'
import type { AppEnv } from './env.ts'
import { setResponseHeader } from './response-headers.ts'

const ID_PATTERN = /^[A-Za-z0-9._-]{8,64}$/

/** Sets `requestId` and `log`, answers with `X-Request-Id`, and logs the outcome. */
export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async function requestLog(c, next) {
    const incoming = c.req.header('x-request-id')
    const requestId = incoming && ID_PATTERN.test(incoming) ? incoming : crypto.randomUUID()
    const log = logger.child({ requestId })
    c.set('requestId', requestId)
    c.set('log', log)
    const started = performance.now()
    await next()
    setResponseHeader(c, 'X-Request-Id', requestId)
    // The path only: query strings may hold IINs or names typed into a search box.
    log.info('request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    })
  }
}
