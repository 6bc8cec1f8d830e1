/** "Send request": shown once the request is signed; the form carries its one-time key. */
import { Button } from '../../components/button.tsx'
import { CsrfField } from '../../components/csrf-field.tsx'
import type { ErrorItem } from '../../components/error-summary.tsx'
import { StepFrame } from '../_frame.tsx'

/** Props of SubmissionPage; strings already translated. */
export interface SubmissionPageProps {
  readonly caption: string
  readonly title: string
  readonly errorTitle: string
  readonly errors: readonly ErrorItem[]
  readonly text: string
  readonly signer?: string | undefined
  readonly demo?: string | undefined
  readonly send?: { action: string; key: string; text: string } | undefined
  readonly sign?: { action: string; text: string } | undefined
  readonly csrf: string
  readonly back: { href: string; text: string }
}

/** Renders the page. */
export function SubmissionPage(p: SubmissionPageProps) {
  return (
    <StepFrame
      back={p.back}
      caption={p.caption}
      title={p.title}
      errorTitle={p.errorTitle}
      errors={p.errors}
    >
      <p>{p.text}</p>
      {p.signer ? <p class='inset'>{p.signer}</p> : null}
      {p.demo ? <p class='warning'>{p.demo}</p> : null}
      {p.send
        ? (
          <form method='post' action={p.send.action} id='send'>
            <CsrfField token={p.csrf} />
            <input type='hidden' name='key' value={p.send.key} />
            <Button>{p.send.text}</Button>
          </form>
        )
        : null}
      {p.sign
        ? (
          <form method='post' action={p.sign.action} id='sign'>
            <CsrfField token={p.csrf} />
            <Button>{p.sign.text}</Button>
          </form>
        )
        : null}
    </StepFrame>
  )
}
