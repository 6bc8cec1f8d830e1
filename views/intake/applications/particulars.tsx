/** The sub-service and its particulars: the license re-issued and why, a duplicate's cause, sub-types. */
import { Button } from '../../components/button.tsx'
import { Checkboxes, type ChoiceItem, Radios } from '../../components/choices.tsx'
import type { ErrorItem } from '../../components/error-summary.tsx'
import type { FieldError } from '../../components/field.tsx'
import { Input } from '../../components/input.tsx'
import { SummaryList, type SummaryRow } from '../../components/summary-list.tsx'
import { Textarea } from '../../components/textarea.tsx'
import { StepFields, StepFrame } from '../_frame.tsx'

/** A text field of the page. */
export interface TextField {
  readonly label: string
  readonly hint?: string
  readonly value: string
  readonly error?: FieldError | undefined
}

/** A group of choices of the page. */
export interface ChoiceField {
  readonly legend: string
  readonly hint?: string
  readonly items: readonly ChoiceItem[]
  readonly error?: FieldError | undefined
}

/** Props of ParticularsPage; strings already translated. Absent fields are not asked. */
export interface ParticularsPageProps {
  readonly caption: string
  readonly title: string
  readonly errorTitle: string
  readonly errors: readonly ErrorItem[]
  readonly notice?: string | undefined
  readonly subService: SummaryRow
  readonly none?: string | undefined
  readonly action: string
  readonly csrf: string
  readonly version: number
  readonly licenseNumber?: TextField | undefined
  readonly reissueReason?: ChoiceField | undefined
  readonly reissueReasonText?: TextField | undefined
  readonly duplicateCause?: ChoiceField | undefined
  readonly activitySubtypes?: ChoiceField | undefined
  readonly submitText: string
  readonly back: { href: string; text: string }
}

/** Renders the particulars step. */
export function ParticularsPage(p: ParticularsPageProps) {
  return (
    <StepFrame
      back={p.back}
      caption={p.caption}
      title={p.title}
      errorTitle={p.errorTitle}
      errors={p.errors}
      notice={p.notice ? <p class='warning'>{p.notice}</p> : null}
    >
      <SummaryList rows={[p.subService]} />
      {p.none ? <p>{p.none}</p> : null}
      <form method='post' action={p.action} novalidate>
        <StepFields csrf={p.csrf} version={p.version} />
        {p.licenseNumber
          ? (
            <Input
              id='licenseNumber'
              name='licenseNumber'
              label={p.licenseNumber.label}
              hint={p.licenseNumber.hint}
              value={p.licenseNumber.value}
              width='20'
              spellcheck={false}
              errorMessage={p.licenseNumber.error}
            />
          )
          : null}
        {p.reissueReason ? <Choice name='reissueReason' field={p.reissueReason} /> : null}
        {p.reissueReasonText
          ? (
            <Textarea
              id='reissueReasonText'
              name='reissueReasonText'
              label={p.reissueReasonText.label}
              hint={p.reissueReasonText.hint}
              value={p.reissueReasonText.value}
              maxlength={500}
              rows={4}
              errorMessage={p.reissueReasonText.error}
            />
          )
          : null}
        {p.duplicateCause ? <Choice name='duplicateCause' field={p.duplicateCause} /> : null}
        {p.activitySubtypes
          ? (
            <Checkboxes
              idPrefix='activitySubtypes'
              name='activitySubtypes'
              legend={p.activitySubtypes.legend}
              hint={p.activitySubtypes.hint}
              items={p.activitySubtypes.items}
              errorMessage={p.activitySubtypes.error}
            />
          )
          : null}
        <Button>{p.submitText}</Button>
      </form>
    </StepFrame>
  )
}

function Choice(props: { name: string; field: ChoiceField }) {
  return (
    <Radios
      idPrefix={props.name}
      name={props.name}
      legend={props.field.legend}
      hint={props.field.hint}
      items={props.field.items}
      errorMessage={props.field.error}
    />
  )
}
