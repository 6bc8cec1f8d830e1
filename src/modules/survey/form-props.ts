/**
 * The questionnaire's props from a catalog wording, the page's language, the person's input
 * and errors: the two questions in the regulation's exact words, the answers in its words,
 * and the accessibility questions while switched on.
 */
import type { Survey } from '../catalog/index.ts'
import type { QuestionnaireProps } from '../../../views/survey/_questionnaire.tsx'
import type { ErrorItem } from '../../../views/components/error-summary.tsx'
import type { T } from '../../i18n.ts'
import { errorItems, fieldError, type FieldErrors } from '../../http/forms.ts'
import { accessibilityOptions, MAX_COMMENT } from './schema.ts'

/** What the form builder needs. */
export interface FormInput {
  readonly t: T
  readonly lang: 'kk' | 'ru'
  readonly survey: Survey
  readonly action: string
  readonly csrf: string
  readonly values: Readonly<Record<string, unknown>>
  readonly errors: FieldErrors
  readonly accessibilityOn: boolean
  readonly hidden?: ReadonlyArray<readonly [string, string]>
}

/** Field order on the page, for the error summary. */
export const FIELD_ORDER = [
  'service',
  'answeredOn',
  'channel',
  'q1',
  'q2',
  ...Object.keys(accessibilityOptions),
  'comment',
  'formKey',
]

/** The questionnaire's props. */
export function questionnaireProps(f: FormInput): QuestionnaireProps {
  const { t, survey, lang } = f
  const value = (name: string) => (typeof f.values[name] === 'string' ? String(f.values[name]) : '')
  const answers = survey.answers.map((a, i) => ({ value: String(i + 1), text: a[lang] }))
  const question = (name: 'q1' | 'q2', index: 0 | 1) => ({
    name,
    legend: survey.questions[index][lang],
    items: answers.map((a) => ({ ...a, checked: value(name) === a.value })),
    error: fieldError(f.errors, name, t),
  })
  const optional = (name: keyof typeof accessibilityOptions) => ({
    name,
    legend: t(`survey:form.accessibility.${name}.legend`),
    items: accessibilityOptions[name].map((o) => ({
      value: o,
      text: t(`survey:form.accessibility.${name}.options.${o}`),
      checked: value(name) === o,
    })),
    error: fieldError(f.errors, name, t),
  })
  return {
    action: f.action,
    csrf: f.csrf,
    hidden: f.hidden ?? [],
    questions: [question('q1', 0), question('q2', 1)],
    accessibility: f.accessibilityOn
      ? {
        title: t('survey:form.accessibility.title'),
        questions: (Object.keys(accessibilityOptions) as Array<keyof typeof accessibilityOptions>)
          .map(optional),
      }
      : null,
    comment: {
      label: t('survey:form.comment.label'),
      hint: t('survey:form.comment.hint'),
      // A comment over the limit comes back cut, with a message saying so.
      value: value('comment').slice(0, MAX_COMMENT),
      maxlength: MAX_COMMENT,
      error: fieldError(f.errors, 'comment', t),
    },
    submit: t('survey:form.submit'),
  }
}

/** The error summary's items in page order. */
export function summaryOf(errors: FieldErrors): ErrorItem[] {
  return errorItems(errors, FIELD_ORDER)
}
