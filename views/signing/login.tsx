/**
 * EDS login: the applicant signs a one-time challenge with their authentication (AUTH) key,
 * through NCALayer, as a file made by any tool, or (demo CA only, and said plainly) with the
 * demo AUTH key of an account after its IIN/BIN and password.
 */
import type { T } from '../../src/i18n.ts'
import { type ErrorItem, ErrorSummary } from '../components/error-summary.tsx'
import type { FieldError } from '../components/field.tsx'
import { Input } from '../components/input.tsx'
import { DemoForm, NcaLayerForm, UploadForm } from './methods.tsx'
import { ncaLayerMessages } from './sign.tsx'

/** Props of EdsLoginPage. */
export interface EdsLoginPageProps {
  readonly t: T
  readonly lang: string
  readonly csrf: string
  readonly nonce: string
  readonly challengeText: string
  readonly challengeHref: string
  readonly base64: string
  readonly action: string
  readonly scriptSrc: string
  readonly demo: boolean
  readonly login: string
  readonly errorList: readonly ErrorItem[]
  readonly errors: {
    readonly ncalayer?: FieldError | undefined
    readonly upload?: FieldError | undefined
    readonly login?: FieldError | undefined
    readonly password?: FieldError | undefined
  }
}

/** Renders the EDS login page. */
export function EdsLoginPage(p: EdsLoginPageProps) {
  const { t } = p
  const base = { action: p.action, csrf: p.csrf, nonce: p.nonce }
  return (
    <div class='narrow'>
      <ErrorSummary titleText={t('form.errorSummaryTitle')} errorList={p.errorList} />
      <h1>{t('signing:login.title')}</h1>
      <p class='lead'>{t('signing:login.lead')}</p>
      <h2>{t('signing:login.challenge.heading')}</h2>
      <p>{t('signing:login.challenge.hint')}</p>
      <p class='reference'>{p.challengeText}</p>
      <NcaLayerForm
        {...base}
        heading={t('signing:login.ncalayer.heading')}
        hint={t('signing:login.ncalayer.hint')}
        button={t('signing:login.ncalayer.button')}
        base64={p.base64}
        keyType='AUTHENTICATION'
        messages={ncaLayerMessages(t)}
        error={p.errors.ncalayer}
      />
      <UploadForm
        {...base}
        heading={t('signing:login.upload.heading')}
        steps={
          <ol>
            <li>
              <a href={p.challengeHref} download>{t('signing:login.upload.download')}</a>
            </li>
            <li>{t('signing:login.upload.sign')}</li>
            <li>{t('signing:login.upload.send')}</li>
          </ol>
        }
        label={t('signing:page.upload.label')}
        hint={t('signing:page.upload.hint')}
        button={t('signing:login.upload.button')}
        error={p.errors.upload}
      />
      {p.demo ? <DemoLogin {...p} /> : null}
      <p>
        <a href={`/${p.lang}/login`}>{t('signing:login.passwordLogin')}</a>
      </p>
      <script src={p.scriptSrc} defer></script>
    </div>
  )
}

function DemoLogin(p: EdsLoginPageProps) {
  const { t } = p
  return (
    <DemoForm
      action={p.action}
      csrf={p.csrf}
      nonce={p.nonce}
      heading={t('signing:login.demo.heading')}
      warning={t('signing:login.demo.warning')}
      button={t('signing:login.demo.button')}
    >
      <Input
        id='demo-login'
        name='login'
        label={t('signing:login.demo.login')}
        hint={t('identity:login.loginHint')}
        value={p.login}
        autocomplete='username'
        inputmode='numeric'
        spellcheck={false}
        width='20'
        errorMessage={p.errors.login}
      />
      <Input
        id='demo-password'
        name='password'
        type='password'
        label={t('signing:login.demo.password')}
        autocomplete='current-password'
        width='20'
        errorMessage={p.errors.password}
      />
    </DemoForm>
  )
}
