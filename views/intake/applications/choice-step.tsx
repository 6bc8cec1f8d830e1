/** A one-question step with choices: another sub-service, or the qualification requirements. */
import { Button } from '../../components/button.tsx'
import { Checkboxes, type ChoiceItem, Radios } from '../../components/choices.tsx'
import type { ErrorItem } from '../../components/error-summary.tsx'
import type { FieldError } from '../../components/field.tsx'
import { StepFields, StepFrame } from '../_frame.tsx'

/** Props of ChoiceStepPage; strings already translated. */
export interface ChoiceStepPageProps {
  readonly caption: string
  readonly title: string
  readonly errorTitle: string
  readonly errors: readonly ErrorItem[]
  readonly notice?: string | undefined
  readonly lead?: string | undefined
  readonly action: string
  readonly csrf: string
  readonly version: number
  readonly multiple: boolean
  readonly name: string
  readonly legend: string
  readonly hint?: string | undefined
  readonly items: readonly ChoiceItem[]
  readonly error?: FieldError | undefined
  readonly submitText: string
  readonly back: { href: string; text: string }
}

/** Renders the step. */
export function ChoiceStepPage(p: ChoiceStepPageProps) {
  const Group = p.multiple ? Checkboxes : Radios
  return (
    <StepFrame
      back={p.back}
      caption={p.caption}
      title={p.title}
      errorTitle={p.errorTitle}
      errors={p.errors}
      notice={p.notice ? <p class='warning'>{p.notice}</p> : null}
    >
      {p.lead ? <p>{p.lead}</p> : null}
      <form method='post' action={p.action} novalidate>
        <StepFields csrf={p.csrf} version={p.version} />
        <Group
          idPrefix={p.name}
          name={p.name}
          legend={p.legend}
          hint={p.hint}
          items={p.items}
          errorMessage={p.error}
        />
        <Button>{p.submitText}</Button>
      </form>
    </StepFrame>
  )
}
