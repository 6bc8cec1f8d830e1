/** Organisations: the list, and a form to add one. */
import type { T } from '../../../src/i18n.ts'
import { BackLink } from '../../components/back-link.tsx'
import { Button } from '../../components/button.tsx'
import { Radios } from '../../components/choices.tsx'
import { CsrfField } from '../../components/csrf-field.tsx'
import { type ErrorItem, ErrorSummary } from '../../components/error-summary.tsx'
import type { FieldError } from '../../components/field.tsx'
import { Input } from '../../components/input.tsx'
import { Select } from '../../components/select.tsx'
import { Table } from '../../components/table.tsx'

/** One organisation, already formatted. */
export interface OrganizationView {
  readonly name: string
  readonly kind: string
  readonly region: string
  readonly officersHref: string
}

/** Props of OrganizationsPage. */
export interface OrganizationsPageProps {
  readonly t: T
  readonly lang: string
  readonly csrf: string
  readonly organizations: readonly OrganizationView[]
  readonly regions: ReadonlyArray<{ value: string; text: string }>
  readonly values: Readonly<Record<string, string>>
  readonly errorList: readonly ErrorItem[]
  readonly errors: Readonly<Record<string, FieldError | undefined>>
}

const KINDS = ['provider', 'authority', 'psc', 'administration'] as const

/** Renders the page. */
export function OrganizationsPage(p: OrganizationsPageProps) {
  const { t } = p
  return (
    <>
      <BackLink href={`/${p.lang}/admin`} text={t('identity:admin.title')} />
      <ErrorSummary titleText={t('form.errorSummaryTitle')} errorList={p.errorList} />
      <h1 class='heading-l'>{t('identity:admin.organizations')}</h1>
      <Table
        caption={t('identity:admin.captionOrganizations')}
        captionHidden
        head={[
          t('identity:admin.nameRu'),
          t('identity:admin.kindLegend'),
          t('identity:admin.region'),
        ]}
        rows={p.organizations.map((o) => [<a href={o.officersHref}>{o.name}</a>, o.kind, o.region])}
      />
      <h2 class='heading-m'>{t('identity:admin.newOrganization')}</h2>
      <form method='post' action={`/${p.lang}/admin/organizations`} novalidate>
        <CsrfField token={p.csrf} />
        <Radios
          idPrefix='kind'
          name='kind'
          legend={t('identity:admin.kindLegend')}
          small
          errorMessage={p.errors['kind']}
          items={KINDS.map((k) => ({
            value: k,
            text: t(`identity:admin.kinds.${k}`),
            checked: p.values['kind'] === k,
          }))}
        />
        <Input
          id='nameKk'
          name='nameKk'
          label={t('identity:admin.nameKk')}
          value={p.values['nameKk']}
          errorMessage={p.errors['nameKk']}
        />
        <Input
          id='nameRu'
          name='nameRu'
          label={t('identity:admin.nameRu')}
          value={p.values['nameRu']}
          errorMessage={p.errors['nameRu']}
        />
        <Select
          id='region'
          name='region'
          label={t('identity:admin.region')}
          items={[{ value: '', text: t('identity:admin.noRegion') }, ...p.regions].map((r) => ({
            ...r,
            selected: p.values['region'] === r.value,
          }))}
        />
        <Button>{t('identity:admin.create')}</Button>
      </form>
    </>
  )
}
