/** The typed Hono environment: request-scoped values on `c.var`. */
import type { Lang, T } from '../i18n.ts'
import type { Logger } from '../lib/logger.ts'

/** Roles an account can hold (identity grants them; the access matrix checks them). */
export type Role =
  | 'applicant'
  | 'office_specialist'
  | 'head'
  | 'deputy_head'
  | 'department_head'
  | 'executor'
  | 'authority_reviewer'
  | 'psc_operator'
  | 'quality_analyst'
  | 'administrator'

/** The signed-in person, as the session middleware loads it. */
export interface CurrentUser {
  readonly accountId: string
  readonly sessionId: string
  readonly kind: 'applicant' | 'officer'
  readonly login: string
  readonly displayName: { readonly kk: string; readonly ru: string }
  readonly roles: ReadonlySet<Role>
  /** The officer's organisation; undefined for applicants. */
  readonly organizationId: string | undefined
  readonly applicantType: 'individual' | 'sole_proprietor' | 'legal_entity' | undefined
  readonly iin: string | undefined
  readonly bin: string | undefined
}

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
  /** The signed-in person, or undefined for an anonymous visitor. */
  user: CurrentUser | undefined
  /** The account whose session just ended (idle, absolute, password change), if any. */
  endedSessionAccount: string | undefined
}

export interface AppEnv {
  Variables: AppVariables
}
