/** The typed Hono environment: request-scoped values on `c.var`. */
import type { Lang, T } from '../i18n.ts'
import type { Logger } from '../lib/logger.ts'

/** Request-scoped variables set by the middleware in `src/http/`. */
export interface AppVariables {
  requestId: string
  /** The request's logger; every line carries the request id. */
  log: Logger
  lang: Lang
  t: T
  /** The path of this page without the language prefix (for the language switch). */
  pathWithoutLang: string
  /** The form token for this session; reading it makes sure the session cookie is set. */
  csrfToken: () => string
  /** The session cookie value, if the browser sent one. */
  sid: string | undefined
  /** The client's address as the platform reports it (or the proxy, when trusted). */
  clientAddress: string
}

export interface AppEnv {
  Variables: AppVariables
}
