/** The login page: IIN/BIN or officer login, and password. */
import type { T } from '../../src/i18n.ts'
import { Button } from '../components/button.tsx'
import { CsrfField } from '../components/csrf-field.tsx'
import { type ErrorItem, ErrorSummary } from '../components/error-summary.tsx'
import type { FieldError } from '../components/field.tsx'
import { Input } from '../components/input.tsx'
import { NotificationBanner } from '../components/notification-banner.tsx'

/** Props of LoginPage. */
export interface LoginPageProps {
  readonly t: T
  readonly lang: string
  readonly csrf: string
  readonly login: string
  readonly next?: string | undefined
  readonly resume?: string | undefined
  readonly notice?: string | undefined
  readonly errorList: readonly ErrorItem[]
  readonly loginError?: FieldError | undefined
  readonly passwordError?: FieldError | undefined
}

/** Renders the login form. */
export function LoginPage(p: LoginPageProps) {
  const { t } = p
  return (
    <div class='narrow'>
      <ErrorSummary titleText={t('form.errorSummaryTitle')} errorList={p.errorList} />
      {p.notice
        ? <NotificationBanner titleText={t('identity:login.title')}>{p.notice}</NotificationBanner>
        : null}
      <h1 class='heading-l'>{t('identity:login.title')}</h1>
      <p>{t('identity:login.lead')}</p>
      <form method='post' action={`/${p.lang}/login`} novalidate>
        <CsrfField token={p.csrf} />
        {p.next ? <input type='hidden' name='next' value={p.next} /> : null}
        {p.resume ? <input type='hidden' name='resume' value={p.resume} /> : null}
        <Input
          id='login'
          name='login'
          label={t('identity:login.loginLabel')}
          hint={t('identity:login.loginHint')}
          value={p.login}
          autocomplete='username'
          spellcheck={false}
          width='20'
          errorMessage={p.loginError}
        />
        <Input
          id='password'
          name='password'
          type='password'
          label={t('identity:login.passwordLabel')}
          autocomplete='current-password'
          width='20'
          errorMessage={p.passwordError}
        />
        <Button>{t('identity:login.submit')}</Button>
      </form>
      <p>
        <a href={`/${p.lang}/login/eds`}>{t('signing:loginLink')}</a>
      </p>
      <p>
        {t('identity:login.noAccount')}{' '}
        <a href={`/${p.lang}/register`}>{t('identity:login.registerLink')}</a>
      </p>
    </div>
  )
}
