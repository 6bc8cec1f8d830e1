/** The license registry for administrators: search by number or holder, filter by status. */
import { BackLink } from '../../components/back-link.tsx'
import { Button } from '../../components/button.tsx'
import { Input } from '../../components/input.tsx'
import { Pagination, type PaginationProps } from '../../components/pagination.tsx'
import { Select } from '../../components/select.tsx'
import { Table } from '../../components/table.tsx'
import { Tag, type TagColour } from '../../components/tag.tsx'

/** One license, already formatted. */
export interface RegistryRowView {
  readonly href: string
  readonly number: string
  readonly holder: string
  readonly kind: string
  readonly issuedOn: string
  readonly status: { readonly text: string; readonly colour: TagColour }
}

/** Props of RegistryPage; strings already translated. */
export interface RegistryPageProps {
  readonly back: { readonly href: string; readonly text: string }
  readonly title: string
  readonly outbox: { readonly href: string; readonly text: string }
  readonly action: string
  readonly search: { readonly label: string; readonly hint: string; readonly value: string }
  readonly status: {
    readonly label: string
    readonly items: ReadonlyArray<{ value: string; text: string; selected?: boolean }>
  }
  readonly submit: string
  readonly caption: string
  readonly head: readonly string[]
  readonly empty: string
  readonly rows: readonly RegistryRowView[]
  readonly pagination: PaginationProps
}

/** Renders the filters, the table and the pages. */
export function RegistryPage(p: RegistryPageProps) {
  return (
    <>
      <BackLink href={p.back.href} text={p.back.text} />
      <h1 class='heading-l'>{p.title}</h1>
      <p>
        <a href={p.outbox.href}>{p.outbox.text}</a>
      </p>
      <form method='get' action={p.action} class='filters'>
        <Input id='q' name='q' label={p.search.label} hint={p.search.hint} value={p.search.value} />
        <Select id='status' name='status' label={p.status.label} items={p.status.items} />
        <Button variant='secondary'>{p.submit}</Button>
      </form>
      {p.rows.length
        ? (
          <Table
            caption={p.caption}
            head={p.head}
            rows={p.rows.map((r) => [
              <a href={r.href}>{r.number}</a>,
              r.holder,
              r.kind,
              r.issuedOn,
              <Tag text={r.status.text} colour={r.status.colour} />,
            ])}
          />
        )
        : <p>{p.empty}</p>}
      <Pagination {...p.pagination} />
    </>
  )
}
