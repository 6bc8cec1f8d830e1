/** A case in the cabinet: its status (refreshable, polled with htmx), links, and history. */
import { Button, ButtonGroup } from '../../components/button.tsx'
import { SummaryList } from '../../components/summary-list.tsx'
import { Table } from '../../components/table.tsx'
import { Tag, type TagColour } from '../../components/tag.tsx'
import { BackLink } from '../../components/back-link.tsx'

/** Props of CasePage; strings already translated. */
export interface CasePageProps {
  readonly caption: string
  readonly title: string
  readonly status: { label: string; text: string; colour: TagColour; since?: string | undefined }
  readonly rows: ReadonlyArray<{ key: string; value: string }>
  readonly refresh: { href: string; text: string; checked: string }
  readonly links: ReadonlyArray<{ href: string; text: string }>
  readonly history: {
    caption: string
    head: readonly string[]
    rows: ReadonlyArray<readonly string[]>
  }
  readonly back: { href: string; text: string }
}

/** Renders the case page. */
export function CasePage(p: CasePageProps) {
  return (
    <>
      <BackLink href={p.back.href} text={p.back.text} />
      <span class='caption'>{p.caption}</span>
      <h1 class='heading-l'>{p.title}</h1>
      <div
        id='case-status'
        hx-get={p.refresh.href}
        hx-trigger='every 60s'
        hx-select='#case-status'
        hx-swap='outerHTML'
        aria-live='polite'
      >
        <p>
          {p.status.label} <Tag text={p.status.text} colour={p.status.colour} />
          {p.status.since ? <span class='hint'>{` ${p.status.since}`}</span> : null}
        </p>
        <p class='hint'>{p.refresh.checked}</p>
      </div>
      <ButtonGroup>
        <Button href={p.refresh.href} variant='secondary'>{p.refresh.text}</Button>
        {p.links.map((l) => <Button href={l.href} variant='secondary'>{l.text}</Button>)}
      </ButtonGroup>
      <SummaryList rows={p.rows} />
      <Table caption={p.history.caption} head={p.history.head} rows={p.history.rows} />
    </>
  )
}
