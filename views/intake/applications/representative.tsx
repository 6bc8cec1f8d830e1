/** The representative step (office, PSC): none, or a person with a notarized power of attorney. */
import { Button } from '../../components/button.tsx'
import { Radios } from '../../components/choices.tsx'
import type { ErrorItem } from '../../components/error-summary.tsx'
import type { FieldError } from '../../components/field.tsx'
import { Input } from '../../components/input.tsx'
import { SummaryList } from '../../components/summary-list.tsx'
import { StepFields, StepFrame } from '../_frame.tsx'

/** Props of RepresentativePage; strings already translated. */
export interface RepresentativePageProps {
  readonly caption: string
  readonly title: string
  readonly errorTitle: string
  readonly errors: readonly ErrorItem[]
  readonly notice?: string | undefined
  readonly lead: string
  readonly current?: ReadonlyArray<{ key: string; value: string }> | undefined
  readonly currentTitle: string
  readonly action: string
  readonly csrf: string
  readonly version: number
  readonly has: {
    legend: string
    items: ReadonlyArray<{ value: string; text: string; checked: boolean }>
    error?: FieldError | undefined
  }
  readonly iin: { label: string; hint: string; value: string; error?: FieldError | undefined }
  readonly poa: { label: string; hint: string; value: string; error?: FieldError | undefined }
  readonly submitText: string
  readonly back: { href: string; text: string }
}

/** Renders the representative step. */
export function RepresentativePage(p: RepresentativePageProps) {
  return (
    <StepFrame
      back={p.back}
      caption={p.caption}
      title={p.title}
      errorTitle={p.errorTitle}
      errors={p.errors}
      notice={p.notice ? <p class='warning'>{p.notice}</p> : null}
    >
      <p>{p.lead}</p>
      {p.current
        ? (
          <>
            <h2 class='heading-m'>{p.currentTitle}</h2>
            <SummaryList rows={p.current} />
          </>
        )
        : null}
      <form method='post' action={p.action} novalidate>
        <StepFields csrf={p.csrf} version={p.version} />
        <Radios
          idPrefix='hasRepresentative'
          name='hasRepresentative'
          legend={p.has.legend}
          items={p.has.items}
          errorMessage={p.has.error}
          small
        />
        <Input
          id='representativeIin'
          name='representativeIin'
          label={p.iin.label}
          hint={p.iin.hint}
          value={p.iin.value}
          inputmode='numeric'
          autocomplete='off'
          spellcheck={false}
          width='20'
          errorMessage={p.iin.error}
        />
        <Input
          id='poaNumber'
          name='poaNumber'
          label={p.poa.label}
          hint={p.poa.hint}
          value={p.poa.value}
          autocomplete='off'
          spellcheck={false}
          width='20'
          errorMessage={p.poa.error}
        />
        <Button>{p.submitText}</Button>
      </form>
    </StepFrame>
  )
}
