/** A new application at the counter: the service, the sub-service, and the applicant to look up. */
import { Button } from '../../components/button.tsx'
import { Radios } from '../../components/choices.tsx'
import { CsrfField } from '../../components/csrf-field.tsx'
import type { ErrorItem } from '../../components/error-summary.tsx'
import type { FieldError } from '../../components/field.tsx'
import { Input } from '../../components/input.tsx'
import { Select } from '../../components/select.tsx'
import { StepFrame } from '../_frame.tsx'

type Choice = { value: string; text: string; checked: boolean }

/** Props of OfficeNewPage; strings already translated. */
export interface OfficeNewPageProps {
  readonly caption: string
  readonly title: string
  readonly lead: string
  readonly registryNotice: string
  readonly errorTitle: string
  readonly errors: readonly ErrorItem[]
  readonly action: string
  readonly csrf: string
  readonly startKey: string
  readonly service: {
    label: string
    items: ReadonlyArray<{ value: string; text: string; selected: boolean }>
    error?: FieldError | undefined
  }
  readonly kind: { legend: string; items: readonly Choice[]; error?: FieldError | undefined }
  readonly applicantType: {
    legend: string
    items: readonly Choice[]
    error?: FieldError | undefined
  }
  readonly iinOrBin: { label: string; hint: string; value: string; error?: FieldError | undefined }
  readonly submitText: string
  readonly empty?: string | undefined
  readonly back: { href: string; text: string }
}

/** Renders the page. */
export function OfficeNewPage(p: OfficeNewPageProps) {
  return (
    <StepFrame
      back={p.back}
      caption={p.caption}
      title={p.title}
      errorTitle={p.errorTitle}
      errors={p.errors}
    >
      <p>{p.lead}</p>
      {p.empty
        ? <p class='warning'>{p.empty}</p>
        : (
          <form method='post' action={p.action} novalidate>
            <CsrfField token={p.csrf} />
            <input type='hidden' name='startKey' value={p.startKey} />
            <Select
              id='service'
              name='service'
              label={p.service.label}
              items={p.service.items}
              errorMessage={p.service.error}
            />
            <Radios
              idPrefix='kind'
              name='kind'
              legend={p.kind.legend}
              items={p.kind.items}
              errorMessage={p.kind.error}
              small
            />
            <Radios
              idPrefix='applicantType'
              name='applicantType'
              legend={p.applicantType.legend}
              items={p.applicantType.items}
              errorMessage={p.applicantType.error}
              small
            />
            <Input
              id='iinOrBin'
              name='iinOrBin'
              label={p.iinOrBin.label}
              hint={p.iinOrBin.hint}
              value={p.iinOrBin.value}
              inputmode='numeric'
              autocomplete='off'
              spellcheck={false}
              width='20'
              errorMessage={p.iinOrBin.error}
            />
            <p class='inset body-s'>{p.registryNotice}</p>
            <Button>{p.submitText}</Button>
          </form>
        )}
    </StepFrame>
  )
}
