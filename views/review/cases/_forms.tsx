/** The form of the current step, by its kind, and the pause and reassignment forms. */
import type { StepKind } from '../../../src/modules/catalog/index.ts'
import { Button } from '../../components/button.tsx'
import { CsrfField } from '../../components/csrf-field.tsx'
import { Select } from '../../components/select.tsx'
import { Textarea } from '../../components/textarea.tsx'
import {
  CommentField,
  FileField,
  type FormContext,
  type Option,
  OutcomeField,
  StepForm,
  value,
} from './_fields.tsx'
import {
  CompletenessForm,
  DecisionForm,
  InspectionForm,
  TestResultForm,
  TestScheduleForm,
} from './_decision-forms.tsx'

/** What the step form needs besides the form context. */
export interface StepFormProps {
  readonly f: FormContext
  readonly kind: StepKind
  readonly outcomes: readonly Option[]
  readonly candidates: readonly Option[]
  readonly grounds: readonly Option[]
  readonly groundsReference: string | undefined
  readonly missing: readonly Option[]
  readonly checklist: ReadonlyArray<{ id: string; text: string; hint?: string }>
}

/** The form for the current step's kind. */
export function CurrentStepForm(p: StepFormProps) {
  const { f, kind } = p
  const t = f.t
  switch (kind) {
    case 'assign':
      return (
        <StepForm f={f} button={t('review:forms.buttons.assign')}>
          <Select
            id='assignee'
            name='assignee'
            label={t('review:forms.assignee')}
            errorMessage={f.errors['assignee']}
            items={[
              { value: '', text: t('review:forms.choose') },
              ...p.candidates.map((o) => ({ ...o, selected: value(f, 'assignee') === o.value })),
            ]}
          />
          <CommentField f={f} />
        </StepForm>
      )
    case 'check_completeness':
      return <CompletenessForm {...p} />
    case 'inspection':
      return <InspectionForm {...p} />
    case 'test_schedule':
      return <TestScheduleForm {...p} />
    case 'test':
      return <TestResultForm {...p} />
    case 'draft_decision':
    case 'finalize':
    case 'issue':
      return <DecisionForm {...p} />
    default:
      return (
        <StepForm f={f} button={t(`review:forms.buttons.${kind}`)} files>
          <OutcomeField f={f} legend={t('review:forms.outcome')} options={p.outcomes} />
          <CommentField f={f} />
          <FileField f={f} />
        </StepForm>
      )
  }
}

/** Pause (with a reason) or resume the clocks. */
export function PauseForm(p: { f: FormContext; resume: boolean }) {
  const { f } = p
  const t = f.t
  if (p.resume) {
    return <StepForm f={f} button={t('review:pause.resume')} variant='secondary'>{null}</StepForm>
  }
  return (
    <StepForm f={f} button={t('review:pause.pause')} variant='secondary'>
      <Textarea
        id='pauseReason'
        name='pauseReason'
        label={t('review:pause.reason')}
        hint={t('review:pause.reasonHint')}
        rows={3}
        value={value(f, 'pauseReason')}
        errorMessage={f.errors['pauseReason']}
      />
    </StepForm>
  )
}

/** Give the step to another officer of its role. */
export function ReassignForm(p: { f: FormContext; candidates: readonly Option[] }) {
  const { f } = p
  const t = f.t
  return (
    <form method='post' action={f.href}>
      <CsrfField token={f.csrf} />
      <input type='hidden' name='version' value={String(f.version)} />
      <Select
        id='reassignee'
        name='reassignee'
        label={t('review:reassign.label')}
        errorMessage={f.errors['reassignee']}
        items={[{ value: '', text: t('review:forms.choose') }, ...p.candidates]}
      />
      <Button variant='secondary'>{t('review:reassign.button')}</Button>
    </form>
  )
}
