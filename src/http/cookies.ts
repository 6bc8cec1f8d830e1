/** Cookie names and attributes in one place: `__Host-` and `Secure` when served over HTTPS. */
import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import type { CookieOptions } from 'hono/utils/cookie'

/** Cookie settings derived from the configuration. */
export interface CookiePolicy {
  readonly secure: boolean
}

/** The session cookie's name. */
export function sessionCookieName(policy: CookiePolicy): string {
  return policy.secure ? '__Host-sid' : 'sid'
}

/** The language cookie's name. */
export function languageCookieName(policy: CookiePolicy): string {
  return policy.secure ? '__Host-lang' : 'lang'
}

function baseOptions(policy: CookiePolicy): CookieOptions {
  return policy.secure
    ? { path: '/', httpOnly: true, sameSite: 'Lax', secure: true, prefix: 'host' }
    : { path: '/', httpOnly: true, sameSite: 'Lax' }
}

/** Reads a cookie by its unprefixed name. */
export function readCookie(
  c: Context,
  policy: CookiePolicy,
  name: 'sid' | 'lang',
): string | undefined {
  return policy.secure ? getCookie(c, name, 'host') : getCookie(c, name)
}

/** Sets a cookie; `maxAge` in seconds, omitted for a browser-session cookie. */
export function writeCookie(
  c: Context,
  policy: CookiePolicy,
  name: 'sid' | 'lang',
  value: string,
  maxAge?: number,
): void {
  setCookie(c, name, value, { ...baseOptions(policy), ...(maxAge ? { maxAge } : {}) })
}

/** Removes a cookie. */
export function clearCookie(c: Context, policy: CookiePolicy, name: 'sid' | 'lang'): void {
  deleteCookie(c, name, baseOptions(policy))
}
