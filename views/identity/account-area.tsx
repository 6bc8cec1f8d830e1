/** The account links at the right of the header: sign in, or the person's name and sign out. */
import { CsrfField } from '../components/csrf-field.tsx'

/** Props of AccountArea; strings already translated. */
export type AccountAreaProps =
  | { readonly signedIn: false; readonly loginHref: string; readonly loginText: string }
  | {
    readonly signedIn: true
    readonly name: string
    readonly accountHref: string
    readonly label: string
    readonly logoutAction: string
    readonly logoutText: string
    readonly csrf: string
  }

/** Renders the account area. */
export function AccountArea(p: AccountAreaProps) {
  if (!p.signedIn) {
    return (
      <div class='account'>
        <a href={p.loginHref}>{p.loginText}</a>
      </div>
    )
  }
  return (
    <div class='account'>
      <span class='visually-hidden'>{p.label}</span>
      <a href={p.accountHref}>{p.name}</a>
      <form method='post' action={p.logoutAction}>
        <CsrfField token={p.csrf} />
        <button type='submit' class='link-button'>{p.logoutText}</button>
      </form>
    </div>
  )
}
