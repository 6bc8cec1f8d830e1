/** What the identity routes need besides the services' dependencies. */
import type { CookiePolicy } from '../../http/cookies.ts'
import type { Lang } from '../../i18n.ts'
import type { IdentityDeps } from './deps.ts'

/** Dependencies of the identity routes. */
export interface IdentityRouteDeps extends IdentityDeps {
  readonly cookies: CookiePolicy
  /** Where a person lands after signing in: the cabinet, a worklist, administration. */
  readonly landing: (accountId: string, lang: Lang) => Promise<string>
}
