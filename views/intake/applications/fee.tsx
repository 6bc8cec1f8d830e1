/** The fee step: the amount, and either "Pay" (portal) or the paper receipt (office), or "paid". */
import { Button } from '../../components/button.tsx'
import { CsrfField } from '../../components/csrf-field.tsx'
import type { ErrorItem } from '../../components/error-summary.tsx'
import type { FieldError } from '../../components/field.tsx'
import { Input } from '../../components/input.tsx'
import { SummaryList } from '../../components/summary-list.tsx'
import { StepFrame } from '../_frame.tsx'

/** Props of FeePage; strings already translated. */
export interface FeePageProps {
  readonly caption: string
  readonly title: string
  readonly errorTitle: string
  readonly errors: readonly ErrorItem[]
  readonly lead: string
  readonly rows: ReadonlyArray<{ key: string; value: string }>
  readonly message?: string | undefined
  /** "Pay" through the gateway (portal). */
  readonly pay?: { action: string; text: string; hint: string } | undefined
  /** The paper receipt form (office). */
  readonly receipt?: {
    action: string
    number: { label: string; value: string; error?: FieldError | undefined }
    paidOn: { label: string; hint: string; value: string; error?: FieldError | undefined }
    submitText: string
  } | undefined
  readonly csrf: string
  readonly continueHref: string
  readonly continueText: string
  readonly back: { href: string; text: string }
}

/** Renders the fee step. */
export function FeePage(p: FeePageProps) {
  return (
    <StepFrame
      back={p.back}
      caption={p.caption}
      title={p.title}
      errorTitle={p.errorTitle}
      errors={p.errors}
    >
      <p>{p.lead}</p>
      <SummaryList rows={p.rows} />
      {p.message ? <p class='inset'>{p.message}</p> : null}
      {p.pay
        ? (
          <form method='post' action={p.pay.action}>
            <CsrfField token={p.csrf} />
            <p class='hint'>{p.pay.hint}</p>
            <Button>{p.pay.text}</Button>
          </form>
        )
        : null}
      {p.receipt
        ? (
          <form method='post' action={p.receipt.action} novalidate>
            <CsrfField token={p.csrf} />
            <Input
              id='receiptNumber'
              name='receiptNumber'
              label={p.receipt.number.label}
              value={p.receipt.number.value}
              width='20'
              spellcheck={false}
              errorMessage={p.receipt.number.error}
            />
            <Input
              id='paidOn'
              name='paidOn'
              type='date'
              label={p.receipt.paidOn.label}
              hint={p.receipt.paidOn.hint}
              value={p.receipt.paidOn.value}
              width='10'
              errorMessage={p.receipt.paidOn.error}
            />
            <Button>{p.receipt.submitText}</Button>
          </form>
        )
        : <Button href={p.continueHref} variant='secondary'>{p.continueText}</Button>}
    </StepFrame>
  )
}
