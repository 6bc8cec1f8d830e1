/**
 * The signing page: what is being signed (a readable summary, the SHA-256 and the exact data),
 * then the ways to sign it. NCALayer appears only when `ncalayer.js` runs, the only script any
 * page needs; the file upload and the demo key work with JavaScript off.
 */
import type { T } from '../../src/i18n.ts'
import { type ErrorItem, ErrorSummary } from '../components/error-summary.tsx'
import type { FieldError } from '../components/field.tsx'
import { Input } from '../components/input.tsx'
import { SummaryList } from '../components/summary-list.tsx'
import { DemoForm, NcaLayerForm, UploadForm } from './methods.tsx'

/** Props of SignPage. */
export interface SignPageProps {
  readonly t: T
  readonly csrf: string
  readonly nonce: string
  /** What the document is (its title, or the purpose). */
  readonly caption: string
  readonly summary: ReadonlyArray<{ readonly key: string; readonly value: string }>
  readonly documentHash: string
  /** The canonical JSON: exactly the text that is signed. */
  readonly documentText: string
  readonly documentHref: string
  readonly documentBytes: number
  readonly base64: string
  readonly action: string
  readonly scriptSrc: string
  readonly demo: boolean
  readonly errorList: readonly ErrorItem[]
  readonly errors: {
    readonly ncalayer?: FieldError | undefined
    readonly upload?: FieldError | undefined
    readonly password?: FieldError | undefined
  }
}

/** Renders the signing page. */
export function SignPage(p: SignPageProps) {
  const { t } = p
  const base = { action: p.action, csrf: p.csrf, nonce: p.nonce }
  return (
    <div>
      <ErrorSummary titleText={t('form.errorSummaryTitle')} errorList={p.errorList} />
      <span class='caption'>{p.caption}</span>
      <h1>{t('signing:page.title')}</h1>
      <p class='lead'>{t('signing:page.lead')}</p>
      <h2>{t('signing:page.document.heading')}</h2>
      {p.summary.length ? <SummaryList rows={p.summary} /> : null}
      <p>
        {t('signing:page.document.hash')} <span class='reference'>{p.documentHash}</span>
      </p>
      <details>
        <summary>{t('signing:page.document.exact')}</summary>
        <p class='reference'>{p.documentText}</p>
      </details>
      <NcaLayerForm
        {...base}
        heading={t('signing:page.ncalayer.heading')}
        hint={t('signing:page.ncalayer.hint')}
        button={t('signing:page.ncalayer.button')}
        base64={p.base64}
        keyType='SIGNATURE'
        messages={ncaLayerMessages(t)}
        error={p.errors.ncalayer}
      />
      <UploadForm
        {...base}
        heading={t('signing:page.upload.heading')}
        steps={
          <ol>
            <li>
              <a href={p.documentHref} download>
                {t('signing:page.upload.download', { bytes: p.documentBytes })}
              </a>
            </li>
            <li>{t('signing:page.upload.sign')}</li>
            <li>{t('signing:page.upload.send')}</li>
          </ol>
        }
        label={t('signing:page.upload.label')}
        hint={t('signing:page.upload.hint')}
        button={t('signing:page.upload.button')}
        error={p.errors.upload}
      />
      {p.demo
        ? (
          <DemoForm
            {...base}
            heading={t('signing:page.demo.heading')}
            warning={t('signing:page.demo.warning')}
            button={t('signing:page.demo.button')}
          >
            <Input
              id='demo-password'
              name='password'
              type='password'
              label={t('signing:page.demo.password')}
              hint={t('signing:page.demo.passwordHint')}
              autocomplete='current-password'
              width='20'
              errorMessage={p.errors.password}
            />
          </DemoForm>
        )
        : null}
      <script src={p.scriptSrc} defer></script>
    </div>
  )
}

/** The live-region messages of `ncalayer.js`, translated. */
export function ncaLayerMessages(t: T) {
  return {
    connecting: t('signing:ncalayer.connecting'),
    waiting: t('signing:ncalayer.waiting'),
    sending: t('signing:ncalayer.sending'),
    unavailable: t('signing:ncalayer.unavailable'),
    cancelled: t('signing:ncalayer.cancelled'),
    failed: t('signing:ncalayer.failed'),
  }
}
