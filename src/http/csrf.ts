/**
 * CSRF protection for every unsafe method, working with JavaScript off:
 * 1. the browser must say the request is same-origin (`Sec-Fetch-Site`), or, from a browser
 *    that does not send it, `Origin` must be the configured public origin;
 * 2. the form must carry `_csrf` (or htmx the `X-CSRF-Token` header): an HMAC of the session
 *    cookie under the server secret, so the token is per session and needs no storage.
 */
import type { Context, MiddlewareHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { newToken, timingSafeEqual, toBase64Url } from '../lib/ids.ts'
import { hmacSha256 } from '../lib/sha256.ts'
import { type CookiePolicy, readCookie, writeCookie } from './cookies.ts'
import type { AppEnv } from './env.ts'
import { keptEntries } from './forms.ts'

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])
const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i

/** Why a request was refused; the 403 page differs (a stale token may be re-sent). */
export class CsrfError extends Error {
  override name = 'CsrfError'
  constructor(
    readonly reason: 'origin' | 'token',
    /** Text fields of the refused form, offered back so nothing typed is lost. */
    readonly fields: ReadonlyArray<readonly [string, string]> = [],
  ) {
    super(`CSRF check failed: ${reason}`)
  }
}

/** Options for csrfProtection. */
export interface CsrfOptions extends CookiePolicy {
  readonly origin: string
  readonly secret: string
}

/** The CSRF middleware; also provides `c.var.csrfToken()` and `c.var.sid`. */
export function csrfProtection(options: CsrfOptions): MiddlewareHandler<AppEnv> {
  return async function csrf(c, next) {
    const existing = readCookie(c, options, 'sid')
    // A new visitor gets a session id, but its cookie is set only if a form needs the token.
    let sid = existing
    let token: string | undefined
    c.set('sid', existing)
    c.set('csrfToken', () => {
      sid ??= newToken(32)
      token ??= csrfTokenFor(options.secret, sid)
      return token
    })
    if (!SAFE.has(c.req.method)) {
      try {
        await verify(c, options, existing ? csrfTokenFor(options.secret, existing) : undefined)
      } catch (error) {
        // The 403 page offers the form again with a fresh token; that token needs its cookie.
        if (!existing) writeCookie(c, options, 'sid', sid ??= newToken(32))
        throw error
      }
    }
    await next()
    if (!existing && sid) writeCookie(c, options, 'sid', sid)
  }
}

/** The form token for a session id: HMAC-SHA-256 under the server secret, base64url. */
export function csrfTokenFor(secret: string, sid: string): string {
  return toBase64Url(hmacSha256(secret, `csrf:${sid}`))
}

async function verify(
  c: Context<AppEnv>,
  options: CsrfOptions,
  expected: string | undefined,
): Promise<void> {
  const site = c.req.header('sec-fetch-site')
  const origin = c.req.header('origin')
  const sameOrigin = site ? site === 'same-origin' : origin === options.origin
  if (!sameOrigin) throw new CsrfError('origin')
  const type = c.req.header('content-type') ?? ''
  const hasBody = Boolean(c.req.raw.body) && c.req.header('content-length') !== '0'
  if (hasBody && !FORM_TYPES.test(type)) {
    throw new HTTPException(415, { message: `Unsupported content type "${type.slice(0, 80)}"` })
  }
  const body = hasBody ? await parseForm(c) : {}
  const sent = typeof body['_csrf'] === 'string' ? body['_csrf'] : c.req.header('x-csrf-token')
  if (!expected || typeof sent !== 'string' || !timingSafeEqual(sent, expected)) {
    throw new CsrfError('token', keptEntries(body))
  }
}

async function parseForm(c: Context<AppEnv>): Promise<Record<string, unknown>> {
  try {
    return await c.req.parseBody({ all: true })
  } catch {
    throw new HTTPException(400, { message: 'Malformed form body' })
  }
}
