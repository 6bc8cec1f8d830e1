/** The deadline notifications of the viewer and their roles. */
import type { T } from '../../../src/i18n.ts'
import { BackLink } from '../../components/back-link.tsx'
import { Table } from '../../components/table.tsx'
import { Tag } from '../../components/tag.tsx'

/** One notification, already formatted. */
export interface NotificationView {
  readonly href: string
  readonly number: string
  readonly service: string
  readonly breached: boolean
  readonly text: string
  readonly due: string
  readonly at: string
}

/** Renders the page. */
export function NotificationsPage(
  p: { t: T; backHref: string; items: readonly NotificationView[] },
) {
  const { t } = p
  return (
    <>
      <BackLink href={p.backHref} text={t('review:worklist.title')} />
      <h1 class='heading-l'>{t('review:notifications.title')}</h1>
      {p.items.length === 0 ? <p>{t('review:notifications.empty')}</p> : (
        <Table
          caption={t('review:notifications.title')}
          captionHidden
          head={[
            t('review:worklist.columns.number'),
            t('review:notifications.event'),
            t('review:notifications.due'),
            t('review:notifications.at'),
          ]}
          rows={p.items.map((n) => [
            <>
              <a href={n.href}>{n.number}</a>
              <span class='note'>{n.service}</span>
            </>,
            <>
              <Tag
                text={n.breached ? t('review:marks.overdue') : t('review:marks.nearing')}
                colour={n.breached ? 'red' : 'yellow'}
              />{' '}
              {n.text}
            </>,
            n.due,
            n.at,
          ])}
        />
      )}
    </>
  )
}
