/** Radios and checkboxes in a fieldset with a legend (GOV.UK `radios`, `checkboxes`). */
import type { Child } from 'hono/jsx'
import { describedBy, ErrorMessage, type FieldError, FormGroup, Hint } from './field.tsx'

/** One option; strings already translated. */
export interface ChoiceItem {
  readonly value: string
  readonly text: string
  readonly hint?: string
  readonly checked?: boolean
}

/** Props shared by Radios and Checkboxes. */
export interface ChoicesProps {
  readonly idPrefix: string
  readonly name: string
  readonly legend: string
  /** Render the legend as the page's `h1`. */
  readonly isPageHeading?: boolean
  readonly hint?: Child
  readonly errorMessage?: FieldError | undefined
  readonly items: readonly ChoiceItem[]
  readonly small?: boolean
}

/** A group of radio buttons: exactly one answer. */
export function Radios(p: ChoicesProps) {
  return <Choices {...p} type='radio' />
}

/** A group of checkboxes: any number of answers. */
export function Checkboxes(p: ChoicesProps) {
  return <Choices {...p} type='checkbox' />
}

function Choices(p: ChoicesProps & { type: 'radio' | 'checkbox' }) {
  return (
    <FormGroup error={p.errorMessage}>
      <fieldset class='fieldset' aria-describedby={describedBy(p.idPrefix, p.hint, p.errorMessage)}>
        <legend
          class={p.isPageHeading ? 'fieldset__legend fieldset__legend--l' : 'fieldset__legend'}
        >
          {p.isPageHeading ? <h1 class='fieldset__heading'>{p.legend}</h1> : p.legend}
        </legend>
        {p.hint ? <Hint id={p.idPrefix}>{p.hint}</Hint> : null}
        {p.errorMessage ? <ErrorMessage id={p.idPrefix} error={p.errorMessage} /> : null}
        <div class={`choices${p.small ? ' choices--small' : ''}`}>
          {p.items.map((item, i) => {
            // The first control carries the group's id, so error-summary links land on it.
            const id = i === 0 ? p.idPrefix : `${p.idPrefix}-${i + 1}`
            return (
              <div class='choices__item'>
                <input
                  class='choices__input'
                  id={id}
                  name={p.name}
                  type={p.type}
                  value={item.value}
                  checked={item.checked}
                  aria-describedby={item.hint ? `${id}-item-hint` : undefined}
                />
                <label class='choices__label' for={id}>{item.text}</label>
                {item.hint
                  ? <div class='hint choices__hint' id={`${id}-item-hint`}>{item.hint}</div>
                  : null}
              </div>
            )
          })}
        </div>
      </fieldset>
    </FormGroup>
  )
}
