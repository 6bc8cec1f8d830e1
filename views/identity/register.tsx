/** Applicant registration: type, IIN or BIN, password, optional contacts. */
import type { T } from '../../src/i18n.ts'
import { Button } from '../components/button.tsx'
import { Radios } from '../components/choices.tsx'
import { CsrfField } from '../components/csrf-field.tsx'
import { type ErrorItem, ErrorSummary } from '../components/error-summary.tsx'
import type { FieldError } from '../components/field.tsx'
import { Input } from '../components/input.tsx'

/** Props of RegisterPage. */
export interface RegisterPageProps {
  readonly t: T
  readonly lang: string
  readonly csrf: string
  readonly values: Readonly<Record<string, string>>
  readonly errorList: readonly ErrorItem[]
  readonly errors: Readonly<Record<string, FieldError | undefined>>
}

const TYPES = ['individual', 'sole_proprietor', 'legal_entity'] as const

/** Renders the registration form. */
export function RegisterPage(p: RegisterPageProps) {
  const { t, values, errors } = p
  return (
    <div class='narrow'>
      <ErrorSummary titleText={t('form.errorSummaryTitle')} errorList={p.errorList} />
      <h1 class='heading-l'>{t('identity:register.title')}</h1>
      <p>{t('identity:register.lead')}</p>
      <p class='inset body-s'>{t('identity:registry.localNotice')}</p>
      <form method='post' action={`/${p.lang}/register`} novalidate>
        <CsrfField token={p.csrf} />
        <Radios
          idPrefix='type'
          name='type'
          legend={t('identity:register.typeLegend')}
          errorMessage={errors['type']}
          items={TYPES.map((type) => ({
            value: type,
            text: t(`identity:register.types.${type}`),
            hint: t(`identity:register.types.${type}Hint`),
            checked: values['type'] === type,
          }))}
        />
        <Input
          id='iinOrBin'
          name='iinOrBin'
          label={t('identity:register.iinOrBinLabel')}
          hint={t('identity:register.iinOrBinHint')}
          value={values['iinOrBin']}
          inputmode='numeric'
          autocomplete='off'
          spellcheck={false}
          width='20'
          errorMessage={errors['iinOrBin']}
        />
        <Input
          id='password'
          name='password'
          type='password'
          label={t('identity:register.passwordLabel')}
          hint={t('identity:register.passwordHint')}
          autocomplete='new-password'
          width='20'
          errorMessage={errors['password']}
        />
        <Input
          id='email'
          name='email'
          type='email'
          label={t('identity:register.emailLabel')}
          hint={t('identity:register.emailHint')}
          value={values['email']}
          autocomplete='email'
          spellcheck={false}
          errorMessage={errors['email']}
        />
        <Input
          id='phone'
          name='phone'
          type='tel'
          label={t('identity:register.phoneLabel')}
          hint={t('identity:register.phoneHint')}
          value={values['phone']}
          autocomplete='tel'
          width='20'
          errorMessage={errors['phone']}
        />
        <Button>{t('identity:register.submit')}</Button>
      </form>
    </div>
  )
}
