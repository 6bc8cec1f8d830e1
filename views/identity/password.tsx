/** Change one's own password. */
import type { T } from '../../src/i18n.ts'
import { BackLink } from '../components/back-link.tsx'
import { Button } from '../components/button.tsx'
import { CsrfField } from '../components/csrf-field.tsx'
import { type ErrorItem, ErrorSummary } from '../components/error-summary.tsx'
import type { FieldError } from '../components/field.tsx'
import { Input } from '../components/input.tsx'

/** Props of PasswordPage. */
export interface PasswordPageProps {
  readonly t: T
  readonly lang: string
  readonly csrf: string
  readonly login: string
  readonly errorList: readonly ErrorItem[]
  readonly errors: Readonly<Record<string, FieldError | undefined>>
}

/** Renders the password form. */
export function PasswordPage(p: PasswordPageProps) {
  const { t } = p
  return (
    <div class='narrow'>
      <BackLink href={`/${p.lang}/account`} text={t('identity:account.title')} />
      <ErrorSummary titleText={t('form.errorSummaryTitle')} errorList={p.errorList} />
      <h1 class='heading-l'>{t('identity:password.title')}</h1>
      <form method='post' action={`/${p.lang}/account/password`} novalidate>
        <CsrfField token={p.csrf} />
        <input type='hidden' name='username' value={p.login} autocomplete='username' />
        <Input
          id='currentPassword'
          name='currentPassword'
          type='password'
          label={t('identity:password.currentLabel')}
          autocomplete='current-password'
          width='20'
          errorMessage={p.errors['currentPassword']}
        />
        <Input
          id='newPassword'
          name='newPassword'
          type='password'
          label={t('identity:password.nextLabel')}
          hint={t('identity:password.nextHint')}
          autocomplete='new-password'
          width='20'
          errorMessage={p.errors['newPassword']}
        />
        <Button>{t('identity:password.submit')}</Button>
      </form>
    </div>
  )
}
