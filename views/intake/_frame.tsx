/** The frame of a step page: a back link, the service as a caption, the error summary, one h1. */
import type { Child } from 'hono/jsx'
import { BackLink } from '../components/back-link.tsx'
import { type ErrorItem, ErrorSummary } from '../components/error-summary.tsx'

/** Props of StepFrame; strings already translated. */
export interface StepFrameProps {
  readonly back?: { href: string; text: string } | undefined
  readonly caption: string
  readonly title: string
  readonly errorTitle: string
  readonly errors: readonly ErrorItem[]
  /** A notice above the form (a conflict, a saved draft). */
  readonly notice?: Child
  readonly children?: Child
}

/** Renders the frame. */
export function StepFrame(p: StepFrameProps) {
  return (
    <div class='narrow'>
      {p.back ? <BackLink href={p.back.href} text={p.back.text} /> : null}
      <ErrorSummary titleText={p.errorTitle} errorList={p.errors} />
      {p.notice}
      <span class='caption'>{p.caption}</span>
      <h1 class='heading-l'>{p.title}</h1>
      {p.children}
    </div>
  )
}

/** The hidden fields every step form carries: the form token and the draft's version. */
export function StepFields(props: { csrf: string; version: number }) {
  return (
    <>
      <input type='hidden' name='_csrf' value={props.csrf} />
      <input type='hidden' name='version' value={String(props.version)} />
    </>
  )
}
