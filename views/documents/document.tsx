/**
 * The HTML twin of a document (license, refusal, receipt): the same strings as its PDF, as an
 * accessible, printable page. The route passes `htmlDocument(model)` from the issuance module.
 */
import { QrCode } from '../components/qr-code.tsx'
import { SummaryList } from '../components/summary-list.tsx'
import { Table } from '../components/table.tsx'
import { Tag } from '../components/tag.tsx'

/** A label and its value. */
export interface DocumentPair {
  readonly label: string
  readonly value: string
}

/** One block of a section, as in the document model. */
export type DocumentBlock =
  | { readonly type: 'paragraph' | 'small'; readonly text: string }
  | { readonly type: 'pairs'; readonly rows: readonly DocumentPair[] }
  | {
    readonly type: 'table'
    readonly caption: string
    readonly head: readonly string[]
    readonly rows: ReadonlyArray<readonly string[]>
  }
  | { readonly type: 'list'; readonly items: readonly string[]; readonly ordered?: boolean }

/** What the page shows; strings already translated and cleaned. */
export interface DocumentView {
  readonly lang: 'kk' | 'ru'
  readonly title: string
  readonly subtitle?: string
  readonly meta: readonly DocumentPair[]
  readonly sections: ReadonlyArray<
    { readonly heading?: string; readonly blocks: readonly DocumentBlock[] }
  >
  readonly signature?: {
    readonly lines: readonly string[]
    readonly demo?: { readonly label: string }
  }
  readonly qr?: {
    readonly url: string
    readonly caption: string
    readonly size: number
    readonly path: string
  }
  readonly footer?: string
  readonly stamp?: { readonly label: string }
}

/** Renders the document; its title is the page's `h1`. */
export function DocumentPage(props: { document: DocumentView }) {
  const d = props.document
  return (
    <article class='document' lang={d.lang}>
      <h1>{d.title}</h1>
      {d.subtitle ? <p class='lead'>{d.subtitle}</p> : null}
      {d.stamp ? <TagLine text={d.stamp.label} colour='yellow' /> : null}
      {d.meta.length ? <Pairs rows={d.meta} /> : null}
      {d.sections.map((section) => (
        <section>
          {section.heading ? <h2>{section.heading}</h2> : null}
          {section.blocks.map((block) => <Block block={block} />)}
        </section>
      ))}
      {d.signature ? <Signature {...d.signature} /> : null}
      {d.qr ? <QrFigure {...d.qr} /> : null}
      {d.footer ? <p class='body-s muted'>{d.footer}</p> : null}
    </article>
  )
}

function TagLine(props: { text: string; colour: 'yellow' | 'red' }) {
  return (
    <p>
      <Tag text={props.text} colour={props.colour} />
    </p>
  )
}

function Pairs(props: { rows: readonly DocumentPair[] }) {
  return <SummaryList rows={props.rows.map((p) => ({ key: p.label, value: p.value }))} />
}

function Signature(props: NonNullable<DocumentView['signature']>) {
  return (
    <div class='document-signature'>
      {props.demo ? <TagLine text={props.demo.label} colour='red' /> : null}
      {props.lines.map((line) => <p>{line}</p>)}
    </div>
  )
}

function QrFigure(props: NonNullable<DocumentView['qr']>) {
  return (
    <figure class='document-qr'>
      <QrCode size={props.size} path={props.path} label={props.caption} />
      <figcaption>
        <p>{props.caption}</p>
        <p>
          <a class='reference' href={props.url}>{props.url}</a>
        </p>
      </figcaption>
    </figure>
  )
}

function Block(props: { block: DocumentBlock }) {
  const b = props.block
  switch (b.type) {
    case 'paragraph':
      return <p>{lines(b.text)}</p>
    case 'small':
      return <p class='body-s muted'>{lines(b.text)}</p>
    case 'pairs':
      return <Pairs rows={b.rows} />
    case 'table':
      return <Table caption={b.caption} head={b.head} rows={b.rows} />
    case 'list':
      return b.ordered
        ? <ol>{b.items.map((item) => <li>{item}</li>)}</ol>
        : <ul>{b.items.map((item) => <li>{item}</li>)}</ul>
  }
}

function lines(text: string) {
  return text.split('\n').map((line, i) => (i ? [<br />, line] : line))
}
