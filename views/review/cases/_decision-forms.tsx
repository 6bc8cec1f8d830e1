/** The forms of the executor's steps that decide something: completeness, inspection, test, draft. */
import { Checkboxes, Radios } from '../../components/choices.tsx'
import { Input } from '../../components/input.tsx'
import { Textarea } from '../../components/textarea.tsx'
import {
  CommentField,
  FileField,
  OutcomeField,
  RefusalFields,
  StepForm,
  value,
  values,
} from './_fields.tsx'
import type { StepFormProps } from './_forms.tsx'

/** Completeness: complete, or a refusal to consider further citing the missing documents. */
export function CompletenessForm(p: StepFormProps) {
  const { f } = p
  const t = f.t
  return (
    <StepForm f={f} button={t('review:forms.buttons.check_completeness')} files>
      <OutcomeField f={f} legend={t('review:forms.completeness')} options={p.outcomes} />
      <h3 class='heading-s'>{t('review:forms.ifIncomplete')}</h3>
      {p.missing.length
        ? (
          <Checkboxes
            idPrefix='missing'
            name='missing'
            legend={t('review:forms.missing')}
            errorMessage={f.errors['missing']}
            items={p.missing.map((d) => ({
              ...d,
              checked: values(f, 'missing').includes(d.value),
            }))}
            small
          />
        )
        : null}
      <Input
        id='missingOther'
        name='missingOther'
        label={t(p.missing.length ? 'review:forms.missingMore' : 'review:forms.missing')}
        value={value(f, 'missingOther')}
        errorMessage={f.errors['missingOther']}
      />
      <Textarea
        id='reason'
        name='reason'
        label={t('review:forms.reason')}
        hint={t('review:forms.reasonHint')}
        value={value(f, 'reason')}
        errorMessage={f.errors['reason']}
      />
      <CommentField f={f} />
      <FileField f={f} />
    </StepForm>
  )
}

/** Pre-licensing inspection against the qualification checklist, with findings. */
export function InspectionForm(p: StepFormProps) {
  const { f } = p
  const t = f.t
  const yesNo = (id: string) => [
    { value: 'met', text: t('review:forms.met'), checked: value(f, `check-${id}`) === 'met' },
    {
      value: 'not_met',
      text: t('review:forms.notMet'),
      checked: value(f, `check-${id}`) === 'not_met',
    },
  ]
  return (
    <StepForm f={f} button={t('review:forms.buttons.inspection')} files>
      <Input
        id='inspectedOn'
        name='inspectedOn'
        type='date'
        width='10'
        label={t('review:forms.inspectedOn')}
        value={value(f, 'inspectedOn')}
        errorMessage={f.errors['inspectedOn']}
      />
      {p.checklist.length === 0 ? <p class='note'>{t('review:forms.noChecklist')}</p> : null}
      {p.checklist.map((item) => (
        <Radios
          idPrefix={`check-${item.id}`}
          name={`check-${item.id}`}
          legend={item.text}
          hint={item.hint}
          errorMessage={f.errors[`check-${item.id}`]}
          items={yesNo(item.id)}
          small
        />
      ))}
      <Textarea
        id='findings'
        name='findings'
        label={t('review:forms.findings')}
        value={value(f, 'findings')}
        errorMessage={f.errors['findings']}
      />
      <OutcomeField f={f} legend={t('review:forms.inspectionOutcome')} options={p.outcomes} />
      <Textarea
        id='reason'
        name='reason'
        label={t('review:forms.reasonIfFailed')}
        value={value(f, 'reason')}
        errorMessage={f.errors['reason']}
      />
      <FileField f={f} />
    </StepForm>
  )
}

/** Test schedule with the notice of the date and place, or a reasoned refusal. */
export function TestScheduleForm(p: StepFormProps) {
  const { f } = p
  const t = f.t
  return (
    <StepForm f={f} button={t('review:forms.buttons.test_schedule')}>
      <OutcomeField f={f} legend={t('review:forms.outcome')} options={p.outcomes} />
      <h3 class='heading-s'>{t('review:forms.ifScheduled')}</h3>
      <Input
        id='testDate'
        name='testDate'
        type='date'
        width='10'
        label={t('review:forms.testDate')}
        value={value(f, 'testDate')}
        errorMessage={f.errors['testDate']}
      />
      <Input
        id='testTime'
        name='testTime'
        width='5'
        inputmode='numeric'
        label={t('review:forms.testTime')}
        hint={t('review:forms.testTimeHint')}
        value={value(f, 'testTime')}
        errorMessage={f.errors['testTime']}
      />
      <Input
        id='place'
        name='place'
        label={t('review:forms.place')}
        value={value(f, 'place')}
        errorMessage={f.errors['place']}
      />
      <h3 class='heading-s'>{t('review:forms.ifRefused')}</h3>
      <RefusalFields f={f} grounds={p.grounds} reference={p.groundsReference} />
    </StepForm>
  )
}

/** Test result: passed, or failed with a reason. */
export function TestResultForm(p: StepFormProps) {
  const { f } = p
  const t = f.t
  return (
    <StepForm f={f} button={t('review:forms.buttons.test')} files>
      <OutcomeField f={f} legend={t('review:forms.testOutcome')} options={p.outcomes} />
      <Input
        id='score'
        name='score'
        width='5'
        inputmode='numeric'
        label={t('review:forms.score')}
        value={value(f, 'score')}
        errorMessage={f.errors['score']}
      />
      <Textarea
        id='reason'
        name='reason'
        label={t('review:forms.reasonIfFailed')}
        value={value(f, 'reason')}
        errorMessage={f.errors['reason']}
      />
      <CommentField f={f} />
      <FileField f={f} />
    </StepForm>
  )
}

/** The draft (or final) decision: grant, or a reasoned refusal citing grounds. */
export function DecisionForm(p: StepFormProps) {
  const { f } = p
  const t = f.t
  const refusing = p.outcomes.some((o) => o.value === 'refuse')
  return (
    <StepForm f={f} button={t(`review:forms.buttons.${p.kind}`)} files>
      <OutcomeField f={f} legend={t('review:forms.decision')} options={p.outcomes} />
      {refusing
        ? (
          <>
            <h3 class='heading-s'>{t('review:forms.ifRefused')}</h3>
            <RefusalFields f={f} grounds={p.grounds} reference={p.groundsReference} />
          </>
        )
        : null}
      <CommentField f={f} />
      <FileField f={f} />
    </StepForm>
  )
}
