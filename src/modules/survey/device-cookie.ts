/**
 * The kiosk's device cookie: HttpOnly, SameSite=Strict, `__Host-` and Secure over HTTPS, kept
 * for 400 days (the most browsers allow). It holds a random token; the database keeps its hash.
 */
import type { Context } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'

const NAME = 'kiosk'
const MAX_AGE = 400 * 24 * 3600

/** Reads the device token, if this browser has one. */
export function readDeviceToken(c: Context, secure: boolean): string | undefined {
  return secure ? getCookie(c, NAME, 'host') : getCookie(c, NAME)
}

/** Stores the device token in this browser. */
export function writeDeviceToken(c: Context, secure: boolean, token: string): void {
  setCookie(c, NAME, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Strict',
    maxAge: MAX_AGE,
    ...(secure ? { secure: true, prefix: 'host' as const } : {}),
  })
}
