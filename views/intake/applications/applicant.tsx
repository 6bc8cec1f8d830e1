/** The applicant step: what the registry says (not retyped), and the contacts to confirm. */
import { Button } from '../../components/button.tsx'
import type { ErrorItem } from '../../components/error-summary.tsx'
import type { FieldError } from '../../components/field.tsx'
import { Input } from '../../components/input.tsx'
import { SummaryList } from '../../components/summary-list.tsx'
import { StepFields, StepFrame } from '../_frame.tsx'

/** Props of ApplicantPage; strings already translated. */
export interface ApplicantPageProps {
  readonly caption: string
  readonly title: string
  readonly errorTitle: string
  readonly errors: readonly ErrorItem[]
  readonly notice?: string | undefined
  readonly lead: string
  readonly registryRows: ReadonlyArray<{ key: string; value: string }>
  readonly registryNotice?: string | undefined
  readonly action: string
  readonly csrf: string
  readonly version: number
  readonly phone: { label: string; hint: string; value: string; error?: FieldError | undefined }
  readonly email: { label: string; hint: string; value: string; error?: FieldError | undefined }
  readonly submitText: string
  readonly back: { href: string; text: string }
}

/** Renders the applicant step. */
export function ApplicantPage(p: ApplicantPageProps) {
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
      <SummaryList rows={p.registryRows} />
      {p.registryNotice ? <p class='inset body-s'>{p.registryNotice}</p> : null}
      <form method='post' action={p.action} novalidate>
        <StepFields csrf={p.csrf} version={p.version} />
        <Input
          id='phone'
          name='phone'
          type='tel'
          label={p.phone.label}
          hint={p.phone.hint}
          value={p.phone.value}
          autocomplete='tel'
          width='20'
          errorMessage={p.phone.error}
        />
        <Input
          id='email'
          name='email'
          type='email'
          label={p.email.label}
          hint={p.email.hint}
          value={p.email.value}
          autocomplete='email'
          spellcheck={false}
          errorMessage={p.email.error}
        />
        <Button>{p.submitText}</Button>
      </form>
    </StepFrame>
  )
}
