/** The authority's conclusion form: consent or a reasoned objection, with optional files. */
import type { T } from '../../src/i18n.ts'
import { Button } from '../components/button.tsx'
import { Radios } from '../components/choices.tsx'
import { CsrfField } from '../components/csrf-field.tsx'
import {
  describedBy,
  ErrorMessage,
  type FieldError,
  FormGroup,
  Hint,
} from '../components/field.tsx'
import { Textarea } from '../components/textarea.tsx'

/** What the form shows: the person's input and the errors of the last attempt. */
export interface ConclusionFormProps {
  readonly t: T
  readonly heading: string
  readonly action: string
  readonly csrf: string
  readonly submitText: string
  readonly values: {
    readonly verdict?: string
    readonly text?: string
    readonly requirements?: string
  }
  readonly errors: Readonly<Record<string, FieldError | undefined>>
}

/** Renders the form (multipart, so files can go with it). */
export function ConclusionForm(p: ConclusionFormProps) {
  const { t } = p
  return (
    <form method='post' action={p.action} enctype='multipart/form-data' novalidate>
      <CsrfField token={p.csrf} />
      <h2 class='heading-m'>{p.heading}</h2>
      <Radios
        idPrefix='verdict'
        name='verdict'
        legend={t('approval:form.verdict')}
        errorMessage={p.errors['verdict']}
        items={(['consent', 'objection'] as const).map((v) => ({
          value: v,
          text: t(`approval:form.verdicts.${v}`),
          checked: p.values.verdict === v,
        }))}
      />
      <Textarea
        id='text'
        name='text'
        label={t('approval:form.text')}
        hint={t('approval:form.textHint')}
        errorMessage={p.errors['text']}
        value={p.values.text}
        rows={6}
        maxlength={8000}
      />
      <Textarea
        id='requirements'
        name='requirements'
        label={t('approval:form.requirements')}
        hint={t('approval:form.requirementsHint')}
        errorMessage={p.errors['requirements']}
        value={p.values.requirements}
        rows={4}
        maxlength={4000}
      />
      <FileField t={t} error={p.errors['attachments']} />
      <Button>{p.submitText}</Button>
    </form>
  )
}

function FileField(props: { t: T; error: FieldError | undefined }) {
  const { t } = props
  const hint = t('approval:form.attachmentsHint')
  return (
    <FormGroup error={props.error}>
      <label class='label' for='attachments'>{t('approval:form.attachments')}</label>
      <Hint id='attachments'>{hint}</Hint>
      {props.error ? <ErrorMessage id='attachments' error={props.error} /> : null}
      <input
        class='file-upload'
        id='attachments'
        name='attachments'
        type='file'
        multiple
        accept='.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png'
        aria-describedby={describedBy('attachments', hint, props.error)}
      />
    </FormGroup>
  )
}
