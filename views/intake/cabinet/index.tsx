/** The applicant's cabinet: every application with IIN/BIN, number, service, status, deadline. */
import { Button } from '../../components/button.tsx'
import { NotificationBanner } from '../../components/notification-banner.tsx'
import { Table } from '../../components/table.tsx'
import { Tag, type TagColour } from '../../components/tag.tsx'

/** One row, already formatted. */
export interface CabinetRow {
  readonly href: string
  readonly number: string
  readonly service: string
  readonly subService: string
  readonly iinOrBin: string
  readonly status: { text: string; colour: TagColour }
  readonly deadline: string
}

/** Props of CabinetPage; strings already translated. */
export interface CabinetPageProps {
  readonly title: string
  readonly caption: string
  readonly lead: string
  readonly notices: readonly string[]
  readonly noticeTitle: string
  readonly empty: string
  readonly head: readonly string[]
  readonly rows: readonly CabinetRow[]
  readonly apply: { href: string; text: string }
  readonly status: { href: string; text: string }
}

/** Renders the cabinet. */
export function CabinetPage(p: CabinetPageProps) {
  return (
    <>
      {p.notices.length
        ? (
          <NotificationBanner titleText={p.noticeTitle}>
            {p.notices.map((n) => <p>{n}</p>)}
          </NotificationBanner>
        )
        : null}
      <span class='caption'>{p.caption}</span>
      <h1 class='heading-l'>{p.title}</h1>
      <p>{p.lead}</p>
      <Button href={p.apply.href}>{p.apply.text}</Button>
      {p.rows.length
        ? (
          <Table
            caption={p.title}
            captionHidden
            head={p.head}
            rows={p.rows.map((r) => [
              <a href={r.href}>{r.number}</a>,
              <>
                {r.service}
                <br />
                <span class='hint'>{r.subService}</span>
              </>,
              r.iinOrBin,
              <Tag text={r.status.text} colour={r.status.colour} />,
              r.deadline,
            ])}
          />
        )
        : <p class='inset'>{p.empty}</p>}
      <p>
        <a href={p.status.href}>{p.status.text}</a>
      </p>
    </>
  )
}
