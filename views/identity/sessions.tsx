/** The person's live sessions, with "end all the others". */
import type { T } from '../../src/i18n.ts'
import { BackLink } from '../components/back-link.tsx'
import { Button } from '../components/button.tsx'
import { CsrfField } from '../components/csrf-field.tsx'
import { NotificationBanner } from '../components/notification-banner.tsx'
import { Table } from '../components/table.tsx'
import { Tag } from '../components/tag.tsx'

/** One session, already formatted. */
export interface SessionView {
  readonly current: boolean
  readonly started: string
  readonly lastSeen: string
  readonly ip: string
  readonly browser: string
}

/** Props of SessionsPage. */
export interface SessionsPageProps {
  readonly t: T
  readonly lang: string
  readonly csrf: string
  readonly notice?: string | undefined
  readonly sessions: readonly SessionView[]
}

/** Renders the sessions table. */
export function SessionsPage(p: SessionsPageProps) {
  const { t } = p
  const others = p.sessions.filter((s) => !s.current).length
  return (
    <>
      <BackLink href={`/${p.lang}/account`} text={t('identity:account.title')} />
      {p.notice
        ? (
          <NotificationBanner titleText={t('identity:admin.saved')} type='success'>
            {p.notice}
          </NotificationBanner>
        )
        : null}
      <h1 class='heading-l'>{t('identity:sessions.title')}</h1>
      <p>{t('identity:sessions.lead')}</p>
      <Table
        caption={t('identity:sessions.caption')}
        captionHidden
        head={[
          t('identity:sessions.started'),
          t('identity:sessions.lastSeen'),
          t('identity:sessions.address'),
          t('identity:sessions.browser'),
        ]}
        rows={p.sessions.map((s) => [
          <>
            {s.started}{' '}
            {s.current ? <Tag text={t('identity:sessions.current')} colour='green' /> : null}
          </>,
          s.lastSeen,
          s.ip,
          s.browser,
        ])}
      />
      {others > 0
        ? (
          <form method='post' action={`/${p.lang}/account/sessions/revocation`}>
            <CsrfField token={p.csrf} />
            <Button variant='warning'>{t('identity:sessions.endOthers')}</Button>
          </form>
        )
        : <p>{t('identity:sessions.none')}</p>}
    </>
  )
}
