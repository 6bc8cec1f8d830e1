/**
 * Response headers every page gets: a CSP with no inline script or style, HSTS for a year,
 * no framing, no sniffing, no referrer.
 */
import type { MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'

/** Extra CSP sources for one route (the NCALayer page needs its local WebSocket). */
export interface CspExtras {
  readonly connectSrc?: readonly string[]
}

/** The security-headers middleware. */
export function securityHeaders(extras: CspExtras = {}): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'", ...(extras.connectSrc ?? [])],
      fontSrc: ["'none'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      frameAncestors: ["'none'"],
      formAction: ["'self'"],
    },
    strictTransportSecurity: 'max-age=31536000; includeSubDomains',
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    crossOriginEmbedderPolicy: false,
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
  })
}
