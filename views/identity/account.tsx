/** The signed-in person's own page: who they are, and links to password and sessions. */
import type { T } from '../../src/i18n.ts'
import { NotificationBanner } from '../components/notification-banner.tsx'
import { SummaryList } from '../components/summary-list.tsx'

/** Props of AccountPage; values already formatted. */
export interface AccountPageProps {
  readonly t: T
  readonly lang: string
  readonly notice?: string | undefined
  readonly rows: ReadonlyArray<{ key: string; value: string }>
  readonly links: ReadonlyArray<{ href: string; text: string }>
}

/** Renders the account page. */
export function AccountPage(p: AccountPageProps) {
  return (
    <>
      {p.notice
        ? (
          <NotificationBanner titleText={p.t('identity:admin.saved')} type='success'>
            {p.notice}
          </NotificationBanner>
        )
        : null}
      <h1 class='heading-l'>{p.t('identity:account.title')}</h1>
      <h2 class='heading-m'>{p.t('identity:account.details')}</h2>
      <SummaryList rows={p.rows.map((r) => ({ key: r.key, value: r.value }))} />
      <ul>
        {p.links.map((l) => (
          <li>
            <a href={l.href}>{l.text}</a>
          </li>
        ))}
      </ul>
    </>
  )
}
