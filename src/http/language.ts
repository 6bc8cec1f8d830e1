/**
 * Languages travel in the URL (`/kk/…`, `/ru/…`). The bare `/` picks one by the language
 * cookie, then `Accept-Language`, then Kazakh, and redirects.
 */
import type { Context, MiddlewareHandler } from 'hono'
import { defaultLang, isLang, type Lang, type T } from '../i18n.ts'
import { type CookiePolicy, readCookie, writeCookie } from './cookies.ts'
import type { AppEnv } from './env.ts'

const YEAR = 365 * 24 * 60 * 60

/** Sets `lang`, `t` and `pathWithoutLang` from the `/:lang` prefix; remembers the choice. */
export function language(
  policy: CookiePolicy,
  translator: (lang: Lang) => T,
): MiddlewareHandler<AppEnv> {
  return async function language(c, next) {
    const lang = languageOfPath(c.req.path) ?? defaultLang
    c.set('lang', lang)
    c.set('t', translator(lang))
    c.set('pathWithoutLang', c.req.path.slice(3) || '/')
    if (readCookie(c, policy, 'lang') !== lang) writeCookie(c, policy, 'lang', lang, YEAR)
    await next()
  }
}

/** The language of a path like `/ru/services`, if the prefix is one of ours. */
export function languageOfPath(path: string): Lang | undefined {
  const prefix = path.slice(1, 3)
  return isLang(prefix) && (path.length === 3 || path[3] === '/') ? prefix : undefined
}

/** The language for `/`: cookie, then `Accept-Language`, then Kazakh. */
export function preferredLanguage(c: Context, policy: CookiePolicy): Lang {
  const cookie = readCookie(c, policy, 'lang')
  if (isLang(cookie)) return cookie
  return fromAcceptLanguage(c.req.header('accept-language')) ?? defaultLang
}

/**
 * The best of kk/ru in an `Accept-Language` header, or undefined. Malformed entries are
 * skipped, never thrown on: the header is attacker-controlled.
 */
export function fromAcceptLanguage(header: string | undefined): Lang | undefined {
  if (!header || header.length > 1000) return undefined
  let best: { lang: Lang; q: number } | undefined
  for (const part of header.split(',')) {
    const [tag = '', ...params] = part.trim().split(';')
    const base = tag.trim().toLowerCase().split('-')[0]
    if (!isLang(base)) continue
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const q = qParam ? Number(qParam.slice(2)) : 1
    if (!Number.isFinite(q) || q <= 0 || q > 1) continue
    if (!best || q > best.q) best = { lang: base, q }
  }
  return best?.lang
}
