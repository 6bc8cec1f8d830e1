/** The documents a person holds, or their organisation issued: a table with links. */
import { Table } from '../../components/table.tsx'
import { Tag, type TagColour } from '../../components/tag.tsx'

/** One document, already formatted. */
export interface DocumentRowView {
  readonly href: string
  readonly number: string
  readonly title: string
  readonly holder: string
  readonly issuedOn: string
  readonly state: { readonly text: string; readonly colour: TagColour }
}

/** Props of DocumentsPage; strings already translated. */
export interface DocumentsPageProps {
  readonly title: string
  readonly caption: string
  readonly head: readonly string[]
  readonly empty: string
  readonly rows: readonly DocumentRowView[]
}

/** Renders the list, or a sentence when it is empty. */
export function DocumentsPage(p: DocumentsPageProps) {
  return (
    <>
      <h1 class='heading-l'>{p.title}</h1>
      {p.rows.length
        ? (
          <Table
            caption={p.caption}
            captionHidden
            head={p.head}
            rows={p.rows.map((r) => [
              <a href={r.href}>{r.number}</a>,
              r.title,
              r.holder,
              r.issuedOn,
              <Tag text={r.state.text} colour={r.state.colour} />,
            ])}
          />
        )
        : <p>{p.empty}</p>}
    </>
  )
}
