/** A labelled multi-line text field (GOV.UK `textarea`). */
import type { Child } from 'hono/jsx'
import { describedBy, ErrorMessage, type FieldError, FormGroup, Hint } from './field.tsx'

/** Props of Textarea; strings already translated. */
export interface TextareaProps {
  readonly id: string
  readonly name: string
  readonly label: string
  readonly hint?: Child
  readonly errorMessage?: FieldError | undefined
  readonly value?: string | undefined
  readonly rows?: number
  readonly maxlength?: number
}

/** Renders the form group with label, hint, error and the textarea. */
export function Textarea(p: TextareaProps) {
  return (
    <FormGroup error={p.errorMessage}>
      <label class='label' for={p.id}>{p.label}</label>
      {p.hint ? <Hint id={p.id}>{p.hint}</Hint> : null}
      {p.errorMessage ? <ErrorMessage id={p.id} error={p.errorMessage} /> : null}
      <textarea
        class={p.errorMessage ? 'textarea input--error' : 'textarea'}
        id={p.id}
        name={p.name}
        rows={p.rows ?? 5}
        maxlength={p.maxlength}
        aria-describedby={describedBy(p.id, p.hint, p.errorMessage)}
        aria-invalid={p.errorMessage ? 'true' : undefined}
      >
        {p.value ?? ''}
      </textarea>
    </FormGroup>
  )
}
