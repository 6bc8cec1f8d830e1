/** The counter's list: applications this office or PSC entered, drafts first to resume. */
import { Button } from '../../components/button.tsx'
import { Table } from '../../components/table.tsx'
import { Tag, type TagColour } from '../../components/tag.tsx'

/** One row, already formatted. */
export interface OfficeRow {
  readonly href: string
  readonly number: string
  readonly service: string
  readonly applicant: string
  readonly status: { text: string; colour: TagColour }
  readonly saved: string
}

/** Props of OfficeListPage; strings already translated. */
export interface OfficeListPageProps {
  readonly caption: string
  readonly title: string
  readonly lead: string
  readonly head: readonly string[]
  readonly rows: readonly OfficeRow[]
  readonly empty: string
  readonly create: { href: string; text: string }
}

/** Renders the list. */
export function OfficeListPage(p: OfficeListPageProps) {
  return (
    <>
      <span class='caption'>{p.caption}</span>
      <h1 class='heading-l'>{p.title}</h1>
      <p>{p.lead}</p>
      <Button href={p.create.href}>{p.create.text}</Button>
      {p.rows.length
        ? (
          <Table
            caption={p.title}
            captionHidden
            head={p.head}
            rows={p.rows.map((r) => [
              <a href={r.href}>{r.number}</a>,
              r.service,
              r.applicant,
              <Tag text={r.status.text} colour={r.status.colour} />,
              r.saved,
            ])}
          />
        )
        : <p class='inset'>{p.empty}</p>}
    </>
  )
}
