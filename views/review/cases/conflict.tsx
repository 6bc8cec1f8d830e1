/**
 * The page for an action that was not done: someone changed the case first (409), the step
 * has moved on or is paused (409), or the viewer may not do this (403). It says why and shows
 * the case as it is now; nothing was changed.
 */
import type { SummaryRow } from '../../components/summary-list.tsx'
import { SummaryList } from '../../components/summary-list.tsx'

/** Props of ActionRefusedPage; strings already translated. */
export interface ActionRefusedProps {
  readonly heading: string
  readonly body: string
  readonly nothingChanged: string
  readonly stateTitle: string
  readonly state: readonly SummaryRow[]
  readonly link: { href: string; text: string }
}

/** Renders the page. */
export function ActionRefusedPage(p: ActionRefusedProps) {
  return (
    <>
      <h1 class='heading-l'>{p.heading}</h1>
      <p class='lead'>{p.body}</p>
      <p>{p.nothingChanged}</p>
      <h2 class='heading-m'>{p.stateTitle}</h2>
      <SummaryList rows={p.state} />
      <p>
        <a href={p.link.href}>{p.link.text}</a>
      </p>
    </>
  )
}
