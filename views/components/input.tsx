/** A labelled text input (GOV.UK `input`). */
import type { Child } from 'hono/jsx'
import { describedBy, ErrorMessage, type FieldError, FormGroup, Hint } from './field.tsx'

/** Props of Input; strings already translated. */
export interface InputProps {
  readonly id: string
  readonly name: string
  readonly label: string
  /** Render the label as the page's `h1` (one-question pages). */
  readonly isPageHeading?: boolean
  readonly hint?: Child
  readonly errorMessage?: FieldError | undefined
  readonly value?: string | undefined
  readonly type?: 'text' | 'email' | 'tel' | 'password' | 'search' | 'number' | 'date'
  readonly autocomplete?: string
  readonly inputmode?: 'numeric' | 'text' | 'email' | 'tel' | 'search'
  readonly spellcheck?: boolean
  readonly maxlength?: number
  readonly width?: 'full' | '20' | '10' | '5'
  readonly required?: boolean
}

/** Renders the form group with label, hint, error and the input. */
export function Input(p: InputProps) {
  const label = <label class='label' for={p.id}>{p.label}</label>
  return (
    <FormGroup error={p.errorMessage}>
      {p.isPageHeading ? <h1 class='label-wrapper'>{label}</h1> : label}
      {p.hint ? <Hint id={p.id}>{p.hint}</Hint> : null}
      {p.errorMessage ? <ErrorMessage id={p.id} error={p.errorMessage} /> : null}
      <input
        class={`input input--w${p.width ?? 'full'}${p.errorMessage ? ' input--error' : ''}`}
        id={p.id}
        name={p.name}
        type={p.type ?? 'text'}
        value={p.value ?? ''}
        autocomplete={p.autocomplete}
        inputmode={p.inputmode}
        spellcheck={p.spellcheck}
        maxlength={p.maxlength}
        aria-describedby={describedBy(p.id, p.hint, p.errorMessage)}
        aria-invalid={p.errorMessage ? 'true' : undefined}
        required={p.required}
      />
    </FormGroup>
  )
}
