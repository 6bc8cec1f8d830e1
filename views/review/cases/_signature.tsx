/**
 * The head's signature of the decision: ask for a signature request (the signing page opens),
 * then, back here, complete the step once the decision is signed as it stands.
 */
import { type FormContext, StepForm } from './_fields.tsx'

/** Props of SignatureForms. */
export interface SignatureFormsProps {
  readonly state: 'none' | 'pending' | 'signed'
  /** Posts to `signature-request`. */
  readonly request: FormContext
  /** Posts to `signature`. */
  readonly complete: FormContext
}

/** Renders the forms for the signature's state. */
export function SignatureForms(p: SignatureFormsProps) {
  const t = p.request.t
  if (p.state === 'signed') {
    return (
      <>
        <p>{t('review:sign.signed')}</p>
        <StepForm f={p.complete} button={t('review:sign.complete')}>{null}</StepForm>
      </>
    )
  }
  return (
    <>
      {p.state === 'pending' ? <p>{t('review:sign.pending')}</p> : <p>{t('review:sign.intro')}</p>}
      <StepForm
        f={p.request}
        button={t(p.state === 'pending' ? 'review:sign.again' : 'review:sign.start')}
      >
        {null}
      </StepForm>
      {p.state === 'pending'
        ? <StepForm f={p.complete} button={t('review:sign.check')}>{null}</StepForm>
        : null}
    </>
  )
}
