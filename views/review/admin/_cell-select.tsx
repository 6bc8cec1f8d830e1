/**
 * A select inside a table cell, under the row's text: the label is the same on every row, so a
 * visually hidden part names the row for screen readers. Errors show as in a form group, without
 * its spacing.
 */
import { describedBy, ErrorMessage, type FieldError } from '../../components/field.tsx'

/** Props of CellSelect; strings already translated. */
export interface CellSelectProps {
  readonly id: string
  readonly name: string
  readonly label: string
  /** Read after the label by screen readers only: which row this is. */
  readonly labelContext: string
  readonly errorMessage?: FieldError | undefined
  readonly items: ReadonlyArray<{ value: string; text: string; selected?: boolean }>
}

/** Renders the label, the error message and the select. */
export function CellSelect(p: CellSelectProps) {
  return (
    <div class={p.errorMessage ? 'form-group--error' : undefined}>
      <label class='label' for={p.id}>
        {p.label}
        <span class='visually-hidden'>{` ${p.labelContext}`}</span>
      </label>
      {p.errorMessage ? <ErrorMessage id={p.id} error={p.errorMessage} /> : null}
      <select
        class={p.errorMessage ? 'select input--error' : 'select'}
        id={p.id}
        name={p.name}
        aria-describedby={describedBy(p.id, undefined, p.errorMessage)}
      >
        {p.items.map((i) => <option value={i.value} selected={i.selected}>{i.text}</option>)}
      </select>
    </div>
  )
}
