/**
 * Response headers every page gets: a CSP with no inline script or style, HSTS for a year,
 * no framing, no sniffing, no referrer. One route may widen its own CSP with `extendCsp`
 * (the NCALayer pages must reach the local NCALayer app); no other page gets that.
 */
import type { Context, MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'

/** Extra CSP sources for one route (the NCALayer page needs its local WebSocket). */
export interface CspExtras {
  readonly connectSrc?: readonly string[]
}

// Per request, set by `extendCsp` on the routes that need it; read when the headers are written.
const extended = new WeakMap<Context, CspExtras>()

/** The security-headers middleware; `extras` apply to every response it covers. */
export function securityHeaders(extras: CspExtras = {}): MiddlewareHandler {
  const headers = secureHeaders({
    strictTransportSecurity: 'max-age=31536000; includeSubDomains',
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    crossOriginEmbedderPolicy: false,
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
  })
  return async function security(c, next) {
    await headers(c, next)
    // A download sets its own, stricter policy (`sandbox`): keep it.
    if (c.res.headers.get('Content-Security-Policy')?.includes('sandbox')) return
    const route = extended.get(c)
    const connectSrc = [...(extras.connectSrc ?? []), ...(route?.connectSrc ?? [])]
    c.res.headers.set('Content-Security-Policy', contentSecurityPolicy(connectSrc))
  }
}

/** Widens the CSP of the routes it is used on, e.g. `connectSrc: ['wss://127.0.0.1:13579']`. */
export function extendCsp(extras: CspExtras): MiddlewareHandler {
  return async function csp(c, next) {
    extended.set(c, extras)
    await next()
  }
}

/** The policy: same-origin everything, no inline code, no plugins, no framing. */
export function contentSecurityPolicy(connectSrc: readonly string[] = []): string {
  const directives: Array<[string, readonly string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'data:']],
    ['connect-src', ["'self'", ...connectSrc]],
    ['font-src', ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    ['form-action', ["'self'"]],
  ]
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ')
}
