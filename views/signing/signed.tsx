/** A request already signed: the evidence, a note when a new demo certificate was issued, onward. */
import { Button } from '../components/button.tsx'
import { type ErrorItem, ErrorSummary } from '../components/error-summary.tsx'
import { NotificationBanner } from '../components/notification-banner.tsx'
import { Panel } from '../components/panel.tsx'
import { type EvidenceProps, SignatureEvidence } from './evidence.tsx'

/** Props of SignedPage; strings already translated. */
export interface SignedPageProps {
  readonly title: string
  readonly evidence: EvidenceProps
  readonly continueHref: string
  readonly continueText: string
  readonly notice?: { readonly title: string; readonly text: string } | undefined
  /** A late submission refused (a replayed nonce, say); links to `#continue`. */
  readonly errorTitle: string
  readonly errorList: readonly ErrorItem[]
}

/** Renders the signed state of a request. */
export function SignedPage(p: SignedPageProps) {
  return (
    <div>
      <ErrorSummary titleText={p.errorTitle} errorList={p.errorList} />
      <Panel titleText={p.title} />
      {p.notice
        ? <NotificationBanner titleText={p.notice.title}>{p.notice.text}</NotificationBanner>
        : null}
      <SignatureEvidence {...p.evidence} />
      <div id='continue'>
        <Button href={p.continueHref}>{p.continueText}</Button>
      </div>
    </div>
  )
}
