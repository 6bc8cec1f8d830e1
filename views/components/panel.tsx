/** The confirmation panel (GOV.UK `panel`), e.g. "Application sent" with its number. */
import type { Child } from 'hono/jsx'

/** Renders the panel; its title is the page's `h1`. */
export function Panel(props: { titleText: string; children?: Child }) {
  return (
    <div class='panel'>
      <h1 class='panel__title'>{props.titleText}</h1>
      {props.children ? <div class='panel__body'>{props.children}</div> : null}
    </div>
  )
}
