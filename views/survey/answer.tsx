/** The survey page: the regulation's questionnaire title, the service, and the form. */
import type { Child } from 'hono/jsx'
import { type ErrorItem, ErrorSummary } from '../components/error-summary.tsx'
import { NotificationBanner } from '../components/notification-banner.tsx'
import { Questionnaire, type QuestionnaireProps } from './_questionnaire.tsx'

/** Props of SurveyPage; strings already translated. */
export interface SurveyPageProps {
  /** The questionnaire's title as the regulation words it. */
  readonly heading: string
  /** "Service: …", and for a kiosk "Service provider: …". */
  readonly lines: readonly string[]
  readonly intro: string
  readonly errorTitle: string
  readonly errorList: readonly ErrorItem[]
  /** A banner above the form (paper entry saved, a kiosk asking to wait). */
  readonly banner?: { readonly title: string; readonly text: string } | undefined
  readonly note?: Child
  readonly form: QuestionnaireProps
}

/** Renders the page. */
export function SurveyPage(p: SurveyPageProps) {
  return (
    <div class='narrow'>
      <ErrorSummary titleText={p.errorTitle} errorList={p.errorList} />
      {p.banner
        ? <NotificationBanner titleText={p.banner.title}>{p.banner.text}</NotificationBanner>
        : null}
      <h1 class='heading-l'>{p.heading}</h1>
      {p.lines.map((line) => <p class='lead'>{line}</p>)}
      {p.note}
      <p>{p.intro}</p>
      <Questionnaire {...p.form} />
    </div>
  )
}
