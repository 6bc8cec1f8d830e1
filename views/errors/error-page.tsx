/** The page for every error status: a heading, what to do next, and the request id. */
import type { Child } from 'hono/jsx'

/** Props of ErrorPage; strings already translated. */
export interface ErrorPageProps {
  readonly heading: string
  readonly children?: Child
  /** "Quote this number …", shown when there is something for support to look up. */
  readonly reference?: { label: string; requestId: string } | undefined
}

/** Renders the error page body (the layout adds the shell). */
export function ErrorPage(p: ErrorPageProps) {
  return (
    <div class='narrow'>
      <h1 class='heading-l'>{p.heading}</h1>
      {p.children}
      {p.reference
        ? (
          <p class='body-s'>
            {p.reference.label} <code class='reference'>{p.reference.requestId}</code>
          </p>
        )
        : null}
    </div>
  )
}
