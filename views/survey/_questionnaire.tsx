/**
 * The questionnaire: the regulation's two questions as plain radios (three ordinal answers
 * each), the optional accessibility questions when the quality team has them on, a comment
 * and one submit button. No script: it works with JavaScript off and stays a few kilobytes.
 */
import type { Child } from 'hono/jsx'
import { Button } from '../components/button.tsx'
import { type ChoiceItem, Radios } from '../components/choices.tsx'
import { CsrfField } from '../components/csrf-field.tsx'
import type { FieldError } from '../components/field.tsx'
import { Textarea } from '../components/textarea.tsx'

/** One radio question. */
export interface Question {
  readonly name: string
  readonly legend: string
  readonly items: readonly ChoiceItem[]
  readonly error?: FieldError | undefined
}

/** Props of Questionnaire; strings already translated. */
export interface QuestionnaireProps {
  readonly action: string
  readonly csrf: string
  readonly hidden?: ReadonlyArray<readonly [string, string]>
  /** Fields before the questions (the date and channel of a paper form). */
  readonly before?: Child
  readonly questions: readonly Question[]
  readonly accessibility: { readonly title: string; readonly questions: readonly Question[] } | null
  readonly comment: {
    readonly label: string
    readonly hint: string
    readonly value: string
    readonly maxlength: number
    readonly error?: FieldError | undefined
  }
  readonly submit: string
}

/** Renders the form. */
export function Questionnaire(p: QuestionnaireProps) {
  return (
    <form method='post' action={p.action} novalidate>
      <CsrfField token={p.csrf} />
      {(p.hidden ?? []).map(([name, value]) => <input type='hidden' name={name} value={value} />)}
      {p.before}
      {p.questions.map((q) => <QuestionField q={q} />)}
      {p.accessibility
        ? (
          <section aria-labelledby='accessibility-title'>
            <h2 class='heading-m' id='accessibility-title'>{p.accessibility.title}</h2>
            {p.accessibility.questions.map((q) => <QuestionField q={q} small />)}
          </section>
        )
        : null}
      <Textarea
        id='comment'
        name='comment'
        label={p.comment.label}
        hint={p.comment.hint}
        value={p.comment.value}
        maxlength={p.comment.maxlength}
        rows={4}
        errorMessage={p.comment.error}
      />
      <Button>{p.submit}</Button>
    </form>
  )
}

function QuestionField(props: { q: Question; small?: boolean }) {
  const { q } = props
  return (
    <Radios
      idPrefix={q.name}
      name={q.name}
      legend={q.legend}
      items={q.items}
      errorMessage={q.error}
      small={props.small ?? false}
    />
  )
}
