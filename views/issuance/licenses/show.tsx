/**
 * An issued document for its holder and the provider's officers: the document itself (the same
 * strings as its PDF), the PDF and the other language, the registry status of a license, and,
 * for the office specialist, the record of handing it over at the counter.
 */
import { BackLink } from '../../components/back-link.tsx'
import { Button } from '../../components/button.tsx'
import { CsrfField } from '../../components/csrf-field.tsx'
import { NotificationBanner } from '../../components/notification-banner.tsx'
import { Tag, type TagColour } from '../../components/tag.tsx'
import { DocumentPage, type DocumentView } from '../../documents/document.tsx'

/** Props of DocumentShowPage; strings already translated. */
export interface DocumentShowProps {
  readonly back: { readonly href: string; readonly text: string }
  readonly document: DocumentView
  readonly links: ReadonlyArray<
    { readonly href: string; readonly text: string; readonly lang?: string }
  >
  readonly linksLabel: string
  readonly status?: { readonly label: string; readonly text: string; readonly colour: TagColour }
  /** "Handed over on …" or "In the applicant's cabinet since …". */
  readonly delivery?: string
  readonly handover?: {
    readonly action: string
    readonly csrfToken: string
    readonly heading: string
    readonly hint: string
    readonly button: string
  }
  readonly banner?: string
}

/** Renders the page; the document's title is its `h1`. */
export function DocumentShowPage(p: DocumentShowProps) {
  return (
    <>
      <BackLink href={p.back.href} text={p.back.text} />
      {p.banner ? <NotificationBanner titleText={p.banner} type='success' /> : null}
      <DocumentPage document={p.document} />
      <aside aria-label={p.linksLabel}>
        {p.status
          ? (
            <p>
              {p.status.label} <Tag text={p.status.text} colour={p.status.colour} />
            </p>
          )
          : null}
        {p.delivery ? <p>{p.delivery}</p> : null}
        <ul>
          {p.links.map((l) => (
            <li>
              <a href={l.href} hreflang={l.lang}>{l.text}</a>
            </li>
          ))}
        </ul>
        {p.handover
          ? (
            <form method='post' action={p.handover.action}>
              <CsrfField token={p.handover.csrfToken} />
              <h2 class='heading-m'>{p.handover.heading}</h2>
              <p>{p.handover.hint}</p>
              <Button>{p.handover.button}</Button>
            </form>
          )
          : null}
      </aside>
    </>
  )
}
