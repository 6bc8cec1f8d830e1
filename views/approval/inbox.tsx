/**
 * The approvals page: for an authority's reviewers, the requests sent to their organisation
 * (waiting or answered) with deadlines and overdue marks; for the provider's officers, their
 * requests still waiting and what they were told (overdue, conclusions, corrections).
 */
import type { T } from '../../src/i18n.ts'
import { Table } from '../components/table.tsx'
import { Tag, type TagColour } from '../components/tag.tsx'

/** One request in a list, already formatted. */
export interface RequestListItem {
  readonly href: string
  readonly number: string
  readonly service: string
  /** The provider (authority's list) or the authority (provider's list). */
  readonly party: string
  readonly sent: string
  readonly due: string
  readonly state: { readonly text: string; readonly colour: TagColour }
}

/** One notification, already formatted. */
export interface NoticeItem {
  readonly href: string
  readonly number: string
  readonly text: string
  readonly at: string
}

/** Props of ApprovalsPage. */
export interface ApprovalsPageProps {
  readonly t: T
  readonly incoming?: {
    readonly tabs: ReadonlyArray<
      { readonly text: string; readonly href: string; readonly current: boolean }
    >
    readonly items: readonly RequestListItem[]
  } | undefined
  readonly outgoing?: {
    /** Drafts at an approval step not sent yet (`text` names the draft). */
    readonly unsent: readonly NoticeItem[]
    readonly items: readonly RequestListItem[]
    readonly notices: readonly NoticeItem[]
  } | undefined
}

/** Renders the page. */
export function ApprovalsPage(p: ApprovalsPageProps) {
  const { t } = p
  return (
    <>
      <h1 class='heading-l'>{t('approval:inbox.title')}</h1>
      {p.incoming
        ? (
          <>
            <nav aria-label={t('approval:inbox.tabsLabel')}>
              <ul class='tabs'>
                {p.incoming.tabs.map((tab) => (
                  <li>
                    <a href={tab.href} aria-current={tab.current ? 'page' : undefined}>
                      {tab.text}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            <RequestTable
              t={t}
              caption={t('approval:inbox.incoming')}
              party={t('approval:inbox.columns.provider')}
              items={p.incoming.items}
            />
          </>
        )
        : null}
      {p.outgoing
        ? (
          <>
            <h2 class='heading-m'>{t('approval:inbox.unsent')}</h2>
            {p.outgoing.unsent.length === 0 ? <p>{t('approval:inbox.noUnsent')}</p> : (
              <Table
                caption={t('approval:inbox.unsent')}
                captionHidden
                head={[
                  t('approval:inbox.columns.number'),
                  t('approval:inbox.columns.draft'),
                  t('approval:inbox.columns.entered'),
                ]}
                rows={p.outgoing.unsent.map((n) => [<a href={n.href}>{n.number}</a>, n.text, n.at])}
              />
            )}
            <RequestTable
              t={t}
              caption={t('approval:inbox.outgoing')}
              party={t('approval:inbox.columns.authority')}
              items={p.outgoing.items}
            />
            <h2 class='heading-m'>{t('approval:inbox.notices')}</h2>
            {p.outgoing.notices.length === 0 ? <p>{t('approval:inbox.noNotices')}</p> : (
              <Table
                caption={t('approval:inbox.notices')}
                captionHidden
                head={[
                  t('approval:inbox.columns.number'),
                  t('approval:inbox.columns.event'),
                  t('approval:inbox.columns.at'),
                ]}
                rows={p.outgoing.notices.map((
                  n,
                ) => [<a href={n.href}>{n.number}</a>, n.text, n.at])}
              />
            )}
          </>
        )
        : null}
    </>
  )
}

function RequestTable(
  p: { t: T; caption: string; party: string; items: readonly RequestListItem[] },
) {
  const { t } = p
  return (
    <>
      <h2 class='heading-m'>{p.caption}</h2>
      {p.items.length === 0 ? <p>{t('approval:inbox.empty')}</p> : (
        <Table
          caption={p.caption}
          captionHidden
          head={[
            t('approval:inbox.columns.number'),
            p.party,
            t('approval:inbox.columns.sent'),
            t('approval:inbox.columns.due'),
            t('approval:inbox.columns.state'),
          ]}
          rows={p.items.map((i) => [
            <>
              <a href={i.href}>{i.number}</a>
              <span class='note'>{i.service}</span>
            </>,
            i.party,
            i.sent,
            i.due,
            <Tag text={i.state.text} colour={i.state.colour} />,
          ])}
        />
      )}
    </>
  )
}
