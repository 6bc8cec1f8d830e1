/** The hidden form token every POST form carries (see `src/http/csrf.ts`). */

/** Renders `<input type="hidden" name="_csrf">`. */
export function CsrfField(props: { token: string }) {
  return <input type='hidden' name='_csrf' value={props.token} />
}
