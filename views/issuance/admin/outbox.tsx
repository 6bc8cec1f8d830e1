/**
 * The e-mail outbox for administrators: every notice, sent or waiting, with its attempts and
 * last error. Without SMTP nothing is sent, and the page says so: messages are kept, not lost.
 */
import { BackLink } from '../../components/back-link.tsx'
import { NotificationBanner } from '../../components/notification-banner.tsx'
import { Pagination, type PaginationProps } from '../../components/pagination.tsx'
import { Table } from '../../components/table.tsx'
import { Tag, type TagColour } from '../../components/tag.tsx'

/** One message, already formatted. */
export interface OutboxRowView {
  readonly createdAt: string
  readonly recipient: string
  readonly subject: string
  readonly state: { readonly text: string; readonly colour: TagColour }
  readonly detail: string
}

/** Props of OutboxPage; strings already translated. */
export interface OutboxPageProps {
  readonly back: { readonly href: string; readonly text: string }
  readonly title: string
  readonly notConfigured?: { readonly title: string; readonly body: string } | undefined
  readonly filter: { readonly href: string; readonly text: string }
  readonly caption: string
  readonly head: readonly string[]
  readonly empty: string
  readonly rows: readonly OutboxRowView[]
  readonly pagination: PaginationProps
}

/** Renders the page. */
export function OutboxPage(p: OutboxPageProps) {
  return (
    <>
      <BackLink href={p.back.href} text={p.back.text} />
      <h1 class='heading-l'>{p.title}</h1>
      {p.notConfigured
        ? (
          <NotificationBanner titleText={p.notConfigured.title}>
            <p>{p.notConfigured.body}</p>
          </NotificationBanner>
        )
        : null}
      <p>
        <a href={p.filter.href}>{p.filter.text}</a>
      </p>
      {p.rows.length
        ? (
          <Table
            caption={p.caption}
            captionHidden
            head={p.head}
            rows={p.rows.map((r) => [
              r.createdAt,
              r.recipient,
              r.subject,
              <Tag text={r.state.text} colour={r.state.colour} />,
              r.detail,
            ])}
          />
        )
        : <p>{p.empty}</p>}
      <Pagination {...p.pagination} />
    </>
  )
}
