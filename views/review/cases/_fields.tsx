/** Shared parts of the step forms: the form shell, the outcome radios, refusal fields, a file. */
import type { Child } from 'hono/jsx'
import type { T } from '../../../src/i18n.ts'
import { Button } from '../../components/button.tsx'
import { Checkboxes, Radios } from '../../components/choices.tsx'
import { CsrfField } from '../../components/csrf-field.tsx'
import { ErrorMessage, type FieldError, FormGroup, Hint } from '../../components/field.tsx'
import { Input } from '../../components/input.tsx'
import { Textarea } from '../../components/textarea.tsx'

/** A choice already translated. */
export interface Option {
  readonly value: string
  readonly text: string
  readonly hint?: string
}

/** What every step form gets: where to post, the lock, kept input and field errors. */
export interface FormContext {
  readonly t: T
  readonly csrf: string
  readonly version: number
  readonly href: string
  readonly values: Readonly<Record<string, string | readonly string[]>>
  readonly errors: Readonly<Record<string, FieldError>>
}

/** One kept value as text. */
export function value(f: FormContext, name: string): string {
  const v = f.values[name]
  return typeof v === 'string' ? v : ''
}

/** Kept values of a repeated field. */
export function values(f: FormContext, name: string): readonly string[] {
  const v = f.values[name]
  return v === undefined ? [] : typeof v === 'string' ? [v] : v
}

/** A POST form with the token and the version the page showed. */
export function StepForm(
  p: {
    f: FormContext
    button: string
    files?: boolean
    children?: Child
    variant?: 'primary' | 'secondary' | 'warning'
  },
) {
  return (
    <form
      method='post'
      action={p.f.href}
      enctype={p.files ? 'multipart/form-data' : undefined}
      novalidate
    >
      <CsrfField token={p.f.csrf} />
      <input type='hidden' name='version' value={String(p.f.version)} />
      {p.children}
      <Button variant={p.variant ?? 'primary'}>{p.button}</Button>
    </form>
  )
}

/** The outcome radios (or a hidden field when the step has one outcome). */
export function OutcomeField(p: { f: FormContext; legend: string; options: readonly Option[] }) {
  if (p.options.length === 1) {
    return <input type='hidden' name='outcome' value={p.options[0]!.value} />
  }
  return (
    <Radios
      idPrefix='outcome'
      name='outcome'
      legend={p.legend}
      errorMessage={p.f.errors['outcome']}
      items={p.options.map((o) => ({ ...o, checked: value(p.f, 'outcome') === o.value }))}
    />
  )
}

/** Grounds from the catalog (or the Standard's paragraph when it lists none) and a reason. */
export function RefusalFields(
  p: { f: FormContext; grounds: readonly Option[]; reference: string | undefined },
) {
  const { f } = p
  const t = f.t
  return (
    <>
      {p.grounds.length
        ? (
          <Checkboxes
            idPrefix='grounds'
            name='grounds'
            legend={t('review:forms.grounds')}
            hint={t('review:forms.groundsHint')}
            errorMessage={f.errors['grounds']}
            items={p.grounds.map((g) => ({
              ...g,
              checked: values(f, 'grounds').includes(g.value),
            }))}
            small
          />
        )
        : (
          <Input
            id='groundOther'
            name='groundOther'
            label={t('review:forms.groundOther')}
            hint={p.reference}
            value={value(f, 'groundOther')}
            errorMessage={f.errors['groundOther']}
          />
        )}
      <Textarea
        id='reason'
        name='reason'
        label={t('review:forms.reason')}
        hint={t('review:forms.reasonHint')}
        value={value(f, 'reason')}
        errorMessage={f.errors['reason']}
      />
    </>
  )
}

/** A comment for the history. */
export function CommentField(p: { f: FormContext }) {
  return (
    <Textarea
      id='comment'
      name='comment'
      label={p.f.t('review:forms.comment')}
      rows={3}
      value={value(p.f, 'comment')}
      errorMessage={p.f.errors['comment']}
    />
  )
}

/** An optional file for the history (a scan of a record, an act). */
export function FileField(p: { f: FormContext }) {
  const error = p.f.errors['attachment']
  return (
    <FormGroup error={error}>
      <label class='label' for='attachment'>{p.f.t('review:forms.attachment')}</label>
      <Hint id='attachment'>{p.f.t('review:forms.attachmentHint')}</Hint>
      {error ? <ErrorMessage id='attachment' error={error} /> : null}
      <input
        class='file-upload'
        id='attachment'
        name='attachment'
        type='file'
        accept='application/pdf,image/jpeg,image/png'
        aria-describedby={error ? 'attachment-hint attachment-error' : 'attachment-hint'}
      />
    </FormGroup>
  )
}
