/** A labelled select (GOV.UK `select`). Prefer radios for short lists. */
import { describedBy, ErrorMessage, type FieldError, FormGroup, Hint } from './field.tsx'

/** Props of Select; strings already translated. */
export interface SelectProps {
  readonly id: string
  readonly name: string
  readonly label: string
  readonly hint?: string
  readonly errorMessage?: FieldError | undefined
  readonly items: ReadonlyArray<{ value: string; text: string; selected?: boolean }>
}

/** Renders the form group with label, hint, error and the select. */
export function Select(p: SelectProps) {
  return (
    <FormGroup error={p.errorMessage}>
      <label class='label' for={p.id}>{p.label}</label>
      {p.hint ? <Hint id={p.id}>{p.hint}</Hint> : null}
      {p.errorMessage ? <ErrorMessage id={p.id} error={p.errorMessage} /> : null}
      <select
        class={p.errorMessage ? 'select input--error' : 'select'}
        id={p.id}
        name={p.name}
        aria-describedby={describedBy(p.id, p.hint, p.errorMessage)}
      >
        {p.items.map((i) => <option value={i.value} selected={i.selected}>{i.text}</option>)}
      </select>
    </FormGroup>
  )
}
