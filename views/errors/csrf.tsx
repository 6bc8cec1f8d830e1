/**
 * The 403 page for a form whose token was stale (the session ended, the server restarted
 * with a new secret). It offers the same form back with a fresh token, so what the person
 * typed is not lost. When the request came from another site it offers nothing.
 */
import { Button } from '../components/button.tsx'
import { CsrfField } from '../components/csrf-field.tsx'

/** Props of CsrfPage; strings already translated. */
export interface CsrfPageProps {
  readonly heading: string
  readonly body: string
  readonly resend?: {
    readonly action: string
    readonly token: string
    readonly fields: ReadonlyArray<readonly [string, string]>
    readonly intro: string
    readonly buttonText: string
  } | undefined
  readonly backHref: string
  readonly backText: string
}

/** Renders the body of the 403 page. */
export function CsrfPage(p: CsrfPageProps) {
  return (
    <div class='narrow'>
      <h1 class='heading-l'>{p.heading}</h1>
      <p>{p.body}</p>
      {p.resend
        ? (
          <form method='post' action={p.resend.action}>
            <CsrfField token={p.resend.token} />
            {p.resend.fields.map(([name, value]) => (
              <input type='hidden' name={name} value={value} />
            ))}
            <p>{p.resend.intro}</p>
            <Button>{p.resend.buttonText}</Button>
          </form>
        )
        : null}
      <p>
        <a href={p.backHref}>{p.backText}</a>
      </p>
    </div>
  )
}
