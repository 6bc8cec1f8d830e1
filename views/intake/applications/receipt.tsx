/** The receipt as a printable page: the document itself, then how to keep it. */
import { DocumentPage, type DocumentView } from '../../documents/document.tsx'
import { NotificationBanner } from '../../components/notification-banner.tsx'

/** Props of ReceiptPage; strings already translated. */
export interface ReceiptPageProps {
  readonly document: DocumentView
  readonly banner?: { title: string; text: string } | undefined
  readonly links: ReadonlyArray<{ href: string; text: string }>
  readonly printHint: string
}

/** Renders the receipt page. */
export function ReceiptPage(p: ReceiptPageProps) {
  return (
    <>
      {p.banner
        ? (
          <div class='no-print'>
            <NotificationBanner titleText={p.banner.title} type='success'>
              <p>{p.banner.text}</p>
            </NotificationBanner>
          </div>
        )
        : null}
      <DocumentPage document={p.document} />
      <div class='no-print'>
        <p class='hint'>{p.printHint}</p>
        <ul>
          {p.links.map((l) => (
            <li>
              <a href={l.href}>{l.text}</a>
            </li>
          ))}
        </ul>
      </div>
    </>
  )
}
