/**
 * The only place that reads `HX-Request` or sets `HX-*` headers. htmx only enhances: every
 * response here is also right for a plain browser with JavaScript off.
 */
import type { Context } from 'hono'

/** True when htmx sent the request (and not for a history-restore full page). */
export function isHtmx(c: Context): boolean {
  return c.req.header('hx-request') === 'true' &&
    c.req.header('hx-history-restore-request') !== 'true'
}

/** Post/Redirect/Get: 303 for browsers; for htmx, a client-side redirect it follows. */
export function seeOther(c: Context, location: string): Response {
  if (isHtmx(c)) {
    c.header('HX-Redirect', location)
    return c.body(null, 204)
  }
  return c.redirect(location, 303)
}
