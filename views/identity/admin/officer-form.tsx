/** A new officer: login, name, organisation, initial password and roles. */
import type { T } from '../../../src/i18n.ts'
import { BackLink } from '../../components/back-link.tsx'
import { Button } from '../../components/button.tsx'
import { Checkboxes } from '../../components/choices.tsx'
import { CsrfField } from '../../components/csrf-field.tsx'
import { type ErrorItem, ErrorSummary } from '../../components/error-summary.tsx'
import type { FieldError } from '../../components/field.tsx'
import { Input } from '../../components/input.tsx'
import { Select } from '../../components/select.tsx'

/** Props of NewOfficerPage. */
export interface NewOfficerPageProps {
  readonly t: T
  readonly lang: string
  readonly csrf: string
  readonly organizations: ReadonlyArray<{ value: string; text: string }>
  readonly roles: readonly string[]
  readonly values: Readonly<Record<string, string>>
  readonly checkedRoles: readonly string[]
  readonly errorList: readonly ErrorItem[]
  readonly errors: Readonly<Record<string, FieldError | undefined>>
}

/** Renders the form. */
export function NewOfficerPage(p: NewOfficerPageProps) {
  const { t, values, errors } = p
  return (
    <div class='narrow'>
      <BackLink href={`/${p.lang}/admin/officers`} text={t('identity:admin.officers')} />
      <ErrorSummary titleText={t('form.errorSummaryTitle')} errorList={p.errorList} />
      <h1 class='heading-l'>{t('identity:admin.newOfficer')}</h1>
      <form method='post' action={`/${p.lang}/admin/officers`} novalidate>
        <CsrfField token={p.csrf} />
        <Input
          id='login'
          name='login'
          label={t('identity:admin.loginLabel')}
          hint={t('identity:admin.loginHint')}
          value={values['login']}
          spellcheck={false}
          width='20'
          errorMessage={errors['login']}
        />
        <Input
          id='displayName'
          name='displayName'
          label={t('identity:admin.displayName')}
          value={values['displayName']}
          errorMessage={errors['displayName']}
        />
        <Input
          id='iin'
          name='iin'
          label={t('identity:admin.iinLabel')}
          hint={t('identity:admin.iinHint')}
          value={values['iin']}
          inputmode='numeric'
          spellcheck={false}
          width='20'
          errorMessage={errors['iin']}
        />
        <Select
          id='organizationId'
          name='organizationId'
          label={t('identity:admin.organization')}
          errorMessage={errors['organizationId']}
          items={[{ value: '', text: t('identity:admin.chooseOrganization') }, ...p.organizations]
            .map((o) => ({
              ...o,
              selected: values['organizationId'] === o.value,
            }))}
        />
        <Input
          id='password'
          name='password'
          type='password'
          label={t('identity:admin.passwordLabel')}
          hint={t('identity:register.passwordHint')}
          autocomplete='new-password'
          width='20'
          errorMessage={errors['password']}
        />
        <Checkboxes
          idPrefix='roles'
          name='roles'
          legend={t('identity:admin.rolesLegend')}
          small
          items={p.roles.map((r) => ({
            value: r,
            text: t(`roles.${r}`),
            checked: p.checkedRoles.includes(r),
          }))}
        />
        <Button>{t('identity:admin.create')}</Button>
      </form>
    </div>
  )
}
