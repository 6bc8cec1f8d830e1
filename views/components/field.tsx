/** The parts every form field shares: label, hint and error message (GOV.UK form group). */
import type { Child } from 'hono/jsx'

/** A field-level error, already translated; `prefix` is read by screen readers only ("Error:"). */
export interface FieldError {
  readonly text: string
  readonly prefix: string
}

/** The id of a field's hint element. */
export function hintId(id: string): string {
  return `${id}-hint`
}

/** The id of a field's error element. */
export function errorId(id: string): string {
  return `${id}-error`
}

/** `aria-describedby` for a field with an optional hint and error. */
export function describedBy(id: string, hint?: Child, error?: FieldError): string | undefined {
  const ids = [hint ? hintId(id) : '', error ? errorId(id) : ''].filter(Boolean)
  return ids.length ? ids.join(' ') : undefined
}

/** A form group: red bar on the left when it has an error. */
export function FormGroup(props: { error?: FieldError | undefined; children?: Child }) {
  return (
    <div class={props.error ? 'form-group form-group--error' : 'form-group'}>{props.children}</div>
  )
}

/** The hint under a label. */
export function Hint(props: { id: string; children?: Child }) {
  return <div class='hint' id={hintId(props.id)}>{props.children}</div>
}

/** The error message above a control. */
export function ErrorMessage(props: { id: string; error: FieldError }) {
  return (
    <p class='error-message' id={errorId(props.id)}>
      <span class='visually-hidden'>{props.error.prefix}</span> {props.error.text}
    </p>
  )
}
