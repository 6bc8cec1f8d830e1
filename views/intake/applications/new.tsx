/** "Apply": the service, its sub-service and who applies, before a draft exists. */
import { Button } from '../../components/button.tsx'
import { Radios } from '../../components/choices.tsx'
import { CsrfField } from '../../components/csrf-field.tsx'
import type { ErrorItem } from '../../components/error-summary.tsx'
import type { FieldError } from '../../components/field.tsx'
import { SummaryList } from '../../components/summary-list.tsx'
import { StepFrame } from '../_frame.tsx'

/** Props of StartPage; strings already translated. */
export interface StartPageProps {
  readonly title: string
  readonly caption: string
  readonly lead: string
  readonly errorTitle: string
  readonly errors: readonly ErrorItem[]
  readonly action: string
  readonly csrf: string
  readonly service: string
  readonly startKey: string
  readonly kinds: {
    legend: string
    items: ReadonlyArray<{ value: string; text: string; checked: boolean }>
  }
  readonly kindError?: FieldError | undefined
  readonly applicant: ReadonlyArray<{ key: string; value: string }>
  readonly applicantTitle: string
  /** Text shown instead of the form when this counter cannot apply for the service. */
  readonly unavailable?: string | undefined
  readonly submitText: string
  readonly back: { href: string; text: string }
}

/** Renders the start page. */
export function StartPage(p: StartPageProps) {
  return (
    <StepFrame
      back={p.back}
      caption={p.caption}
      title={p.title}
      errorTitle={p.errorTitle}
      errors={p.errors}
    >
      <p>{p.lead}</p>
      <h2 class='heading-m'>{p.applicantTitle}</h2>
      <SummaryList rows={p.applicant} />
      {p.unavailable
        ? <p class='warning'>{p.unavailable}</p>
        : (
          <form method='post' action={p.action} novalidate>
            <CsrfField token={p.csrf} />
            <input type='hidden' name='service' value={p.service} />
            <input type='hidden' name='startKey' value={p.startKey} />
            <Radios
              idPrefix='kind'
              name='kind'
              legend={p.kinds.legend}
              items={p.kinds.items}
              errorMessage={p.kindError}
            />
            <Button>{p.submitText}</Button>
          </form>
        )}
    </StepFrame>
  )
}
