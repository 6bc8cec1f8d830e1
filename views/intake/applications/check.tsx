/** "Check your answers", then sign: the sections with change links and what still stops sending. */
import { Button } from '../../components/button.tsx'
import { CsrfField } from '../../components/csrf-field.tsx'
import type { ErrorItem } from '../../components/error-summary.tsx'
import { SummaryList, type SummaryRow } from '../../components/summary-list.tsx'
import { StepFrame } from '../_frame.tsx'

/** One section of the answers. */
export interface AnswerSection {
  readonly title: string
  readonly rows: readonly SummaryRow[]
}

/** Props of CheckPage; strings already translated. */
export interface CheckPageProps {
  readonly caption: string
  readonly title: string
  readonly errorTitle: string
  /** What stops signing, each linking to its step (shown as the error summary). */
  readonly blockers: readonly ErrorItem[]
  readonly sections: readonly AnswerSection[]
  readonly signing: {
    readonly title: string
    readonly text: string
    readonly action?: string | undefined
    readonly buttonText: string
    readonly next?: { href: string; text: string } | undefined
  }
  readonly csrf: string
  readonly back: { href: string; text: string }
}

/** Renders the page. */
export function CheckPage(p: CheckPageProps) {
  return (
    <StepFrame
      back={p.back}
      caption={p.caption}
      title={p.title}
      errorTitle={p.errorTitle}
      errors={p.blockers}
    >
      {p.sections.map((s) => (
        <>
          <h2 class='heading-m'>{s.title}</h2>
          <SummaryList rows={s.rows} />
        </>
      ))}
      <h2 class='heading-m'>{p.signing.title}</h2>
      <p>{p.signing.text}</p>
      {p.signing.next ? <Button href={p.signing.next.href}>{p.signing.next.text}</Button> : null}
      {p.signing.action
        ? (
          <form method='post' action={p.signing.action}>
            <CsrfField token={p.csrf} />
            <Button variant={p.signing.next ? 'secondary' : 'primary'}>
              {p.signing.buttonText}
            </Button>
          </form>
        )
        : null}
    </StepFrame>
  )
}
