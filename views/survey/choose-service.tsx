/** A GET form with one radio group: which service (kiosk, paper entry). */
import { Button } from '../components/button.tsx'
import { type ChoiceItem, Radios } from '../components/choices.tsx'
import { type ErrorItem, ErrorSummary } from '../components/error-summary.tsx'
import type { FieldError } from '../components/field.tsx'
import { NotificationBanner } from '../components/notification-banner.tsx'

/** Props of ChooseServicePage; strings already translated. */
export interface ChooseServicePageProps {
  readonly action: string
  readonly legend: string
  readonly lines: readonly string[]
  readonly items: readonly ChoiceItem[]
  readonly submit: string
  readonly errorTitle: string
  readonly errorList: readonly ErrorItem[]
  readonly error?: FieldError | undefined
  readonly banner?: { readonly title: string; readonly text: string } | undefined
}

/** Renders the page; the legend is the page's heading. */
export function ChooseServicePage(p: ChooseServicePageProps) {
  return (
    <div class='narrow'>
      <ErrorSummary titleText={p.errorTitle} errorList={p.errorList} />
      {p.banner
        ? <NotificationBanner titleText={p.banner.title}>{p.banner.text}</NotificationBanner>
        : null}
      <form method='get' action={p.action} novalidate>
        <Radios
          idPrefix='service'
          name='service'
          legend={p.legend}
          isPageHeading
          hint={p.lines.length ? p.lines.join(' ') : undefined}
          items={p.items}
          errorMessage={p.error}
        />
        <Button>{p.submit}</Button>
      </form>
    </div>
  )
}
