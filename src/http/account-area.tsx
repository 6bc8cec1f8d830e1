/** The header's account links, and where each kind of person lands after signing in. */
import type { Context } from 'hono'
import { AccountArea } from '../../views/identity/account-area.tsx'
import type { Lang } from '../i18n.ts'
import { accountSummary, type IdentityDeps } from '../modules/identity/index.ts'
import type { AppEnv } from './env.ts'

/** Renders the account area for the current request. */
export function accountArea(c: Context<AppEnv>) {
  const { t, lang, user } = c.var
  if (!t || !lang) return null
  if (!user) {
    return (
      <AccountArea
        signedIn={false}
        loginHref={`/${lang}/login`}
        loginText={t('identity:nav.login')}
      />
    )
  }
  return (
    <AccountArea
      signedIn
      name={user.displayName[lang]}
      accountHref={`/${lang}/account`}
      label={t('identity:nav.signedInAs')}
      logoutAction={`/${lang}/logout`}
      logoutText={t('identity:nav.logout')}
      csrf={c.var.csrfToken()}
    />
  )
}

/** Where a person goes after signing in, by what they do. */
export async function landingFor(
  deps: Pick<IdentityDeps, 'db'>,
  accountId: string,
  lang: Lang,
): Promise<string> {
  const account = await accountSummary(deps, accountId)
  if (!account) return `/${lang}`
  if (account.kind === 'applicant') return `/${lang}/cabinet`
  const roles = new Set(account.roles)
  if (roles.has('administrator')) return `/${lang}/admin`
  if (roles.has('authority_reviewer')) return `/${lang}/approvals`
  if (
    ['office_specialist', 'head', 'deputy_head', 'department_head', 'executor', 'psc_operator']
      .some((r) => roles.has(r))
  ) {
    return `/${lang}/worklist`
  }
  if (roles.has('quality_analyst')) return `/${lang}/quality`
  return `/${lang}/account`
}
