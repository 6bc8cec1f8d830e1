/** Buttons and button-styled links (GOV.UK `button`). */
import type { Child } from 'hono/jsx'

/** Props of Button. */
export interface ButtonProps {
  readonly children?: Child
  readonly variant?: 'primary' | 'secondary' | 'warning'
  readonly name?: string
  readonly value?: string
  /** A link styled as a button (a "start" button, or "Cancel"). */
  readonly href?: string
  readonly type?: 'submit' | 'button'
}

/** A submit button, or a link when `href` is given. */
export function Button(p: ButtonProps) {
  const cls = `button${p.variant && p.variant !== 'primary' ? ` button--${p.variant}` : ''}`
  if (p.href) {
    return <a href={p.href} role='button' draggable={false} class={cls}>{p.children}</a>
  }
  return (
    <button type={p.type ?? 'submit'} class={cls} name={p.name} value={p.value}>
      {p.children}
    </button>
  )
}

/** Buttons side by side, e.g. "Save and continue" with a "Cancel" link. */
export function ButtonGroup(p: { children?: Child }) {
  return <div class='button-group'>{p.children}</div>
}
