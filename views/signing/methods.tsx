/**
 * The three ways to sign, shared by the document signing page and the EDS login page:
 * NCALayer (shown only when `ncalayer.js` runs), a signature file made by any tool (works
 * without JavaScript), and the demo key after the password (only when the demo CA is on).
 * Each form carries the page's one-time nonce; strings come translated.
 */
import type { Child } from 'hono/jsx'
import { Button } from '../components/button.tsx'
import { CsrfField } from '../components/csrf-field.tsx'
import {
  describedBy,
  ErrorMessage,
  type FieldError,
  FormGroup,
  Hint,
} from '../components/field.tsx'

/** What every signing form carries. */
export interface FormBase {
  readonly action: string
  readonly csrf: string
  readonly nonce: string
  readonly heading: string
}

/** The messages `ncalayer.js` shows in its live region. */
export interface NcaLayerMessages {
  readonly connecting: string
  readonly waiting: string
  readonly sending: string
  readonly unavailable: string
  readonly cancelled: string
  readonly failed: string
}

/** The NCALayer form; hidden until the script shows it. */
export function NcaLayerForm(
  p: FormBase & {
    readonly hint: string
    readonly button: string
    /** The exact bytes to sign, base64. */
    readonly base64: string
    readonly keyType: 'SIGNATURE' | 'AUTHENTICATION'
    readonly messages: NcaLayerMessages
    readonly error?: FieldError | undefined
  },
) {
  const m = p.messages
  return (
    <section class='ncalayer' data-ncalayer hidden>
      <h2>{p.heading}</h2>
      <p class='hint' id='ncalayer-hint'>{p.hint}</p>
      <form
        method='post'
        action={p.action}
        data-ncalayer-form
        data-document={p.base64}
        data-key-type={p.keyType}
        data-msg-connecting={m.connecting}
        data-msg-waiting={m.waiting}
        data-msg-sending={m.sending}
        data-msg-unavailable={m.unavailable}
        data-msg-cancelled={m.cancelled}
        data-msg-failed={m.failed}
      >
        <CsrfField token={p.csrf} />
        <input type='hidden' name='nonce' value={p.nonce} />
        <input type='hidden' name='method' value='ncalayer' />
        <input type='hidden' name='cms' value='' />
        <FormGroup error={p.error}>
          {p.error ? <ErrorMessage id='ncalayer-button' error={p.error} /> : null}
          <button
            type='submit'
            class='button'
            id='ncalayer-button'
            aria-describedby={describedBy('ncalayer-button', undefined, p.error) ?? 'ncalayer-hint'}
          >
            {p.button}
          </button>
          <p class='hint' id='ncalayer-status' role='status' aria-live='polite'></p>
        </FormGroup>
      </form>
    </section>
  )
}

/** Upload of a detached CMS made by any tool. */
export function UploadForm(
  p: FormBase & {
    readonly steps: Child
    readonly label: string
    readonly hint: string
    readonly button: string
    readonly error?: FieldError | undefined
  },
) {
  const id = 'signature-file'
  return (
    <section>
      <h2>{p.heading}</h2>
      {p.steps}
      <form method='post' action={p.action} enctype='multipart/form-data'>
        <CsrfField token={p.csrf} />
        <input type='hidden' name='nonce' value={p.nonce} />
        <input type='hidden' name='method' value='upload' />
        <FormGroup error={p.error}>
          <label class='label' for={id}>{p.label}</label>
          <Hint id={id}>{p.hint}</Hint>
          {p.error ? <ErrorMessage id={id} error={p.error} /> : null}
          <input
            type='file'
            id={id}
            name='signature'
            accept='.cms,.p7s,.p7b,.sig,.pem,.txt,application/pkcs7-signature'
            aria-describedby={describedBy(id, p.hint, p.error)}
            aria-invalid={p.error ? 'true' : undefined}
          />
        </FormGroup>
        <Button>{p.button}</Button>
      </form>
    </section>
  )
}

/** Signing with the demo key: a plainly labelled demo, after the password. */
export function DemoForm(
  p: FormBase & {
    readonly warning: string
    readonly button: string
    /** The password field and, for login, the IIN/BIN field. */
    readonly children?: Child
  },
) {
  return (
    <section>
      <h2>{p.heading}</h2>
      <p class='warning'>{p.warning}</p>
      <form method='post' action={p.action} novalidate>
        <CsrfField token={p.csrf} />
        <input type='hidden' name='nonce' value={p.nonce} />
        <input type='hidden' name='method' value='demo' />
        {p.children}
        <Button variant='secondary'>{p.button}</Button>
      </form>
    </section>
  )
}
