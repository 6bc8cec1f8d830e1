/**
 * Headers set on a response that is already built, after `await next()`. Hono's `c.header()`
 * rebuilds a finished response from its body to add one header, which turns
 * @hono/node-server's lightweight response into a full one on every request; setting the
 * header on the response itself does not. A response whose headers are immutable (made by
 * `Response.redirect()` or `fetch()`) falls back to the rebuild.
 */
import type { Context } from 'hono'

/** Sets `name` on `c.res` in place. */
export function setResponseHeader(c: Context, name: string, value: string): void {
  try {
    c.res.headers.set(name, value)
  } catch {
    c.header(name, value)
  }
}
