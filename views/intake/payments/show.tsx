/**
 * The LOCAL STAND-IN for the e-government payment gateway: clearly labelled, so nobody takes it
 * for the real ЭҮТШ / ПШЭП. "Confirm" makes the stand-in call our callback as a gateway would.
 */
import { Button, ButtonGroup } from '../../components/button.tsx'
import { CsrfField } from '../../components/csrf-field.tsx'
import { SummaryList } from '../../components/summary-list.tsx'

/** Props of PaymentStandInPage; strings already translated. */
export interface PaymentStandInPageProps {
  readonly label: string
  readonly title: string
  readonly explanation: string
  readonly rows: ReadonlyArray<{ key: string; value: string }>
  readonly confirm?: { action: string; text: string } | undefined
  readonly message?: string | undefined
  readonly csrf: string
  readonly cancel: { href: string; text: string }
}

/** Renders the stand-in page. */
export function PaymentStandInPage(p: PaymentStandInPageProps) {
  return (
    <div class='narrow stand-in'>
      <p class='warning'>{p.label}</p>
      <h1 class='heading-l'>{p.title}</h1>
      <p>{p.explanation}</p>
      <SummaryList rows={p.rows} />
      {p.message ? <p class='inset'>{p.message}</p> : null}
      <ButtonGroup>
        {p.confirm
          ? (
            <form method='post' action={p.confirm.action}>
              <CsrfField token={p.csrf} />
              <Button>{p.confirm.text}</Button>
            </form>
          )
          : null}
        <Button href={p.cancel.href} variant='secondary'>{p.cancel.text}</Button>
      </ButtonGroup>
    </div>
  )
}
