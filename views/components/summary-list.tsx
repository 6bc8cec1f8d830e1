/** Key–value rows (GOV.UK `summary list`), e.g. "Check your answers" and case details. */
import type { Child } from 'hono/jsx'

/** One row; strings already translated. */
export interface SummaryRow {
  readonly key: string
  readonly value: Child
  readonly action?: { href: string; text: string; visuallyHiddenText: string }
}

/** Renders a description list. */
export function SummaryList(props: { rows: readonly SummaryRow[] }) {
  return (
    <dl class='summary-list'>
      {props.rows.map((r) => (
        <div class='summary-list__row'>
          <dt class='summary-list__key'>{r.key}</dt>
          <dd class='summary-list__value'>{r.value}</dd>
          {r.action
            ? (
              <dd class='summary-list__actions'>
                <a href={r.action.href}>
                  {r.action.text}
                  <span class='visually-hidden'>{r.action.visuallyHiddenText}</span>
                </a>
              </dd>
            )
            : null}
        </div>
      ))}
    </dl>
  )
}
