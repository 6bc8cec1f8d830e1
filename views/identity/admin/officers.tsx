/** Officers: a filter by organisation and the list. */
import type { T } from '../../../src/i18n.ts'
import { BackLink } from '../../components/back-link.tsx'
import { Button } from '../../components/button.tsx'
import { Select } from '../../components/select.tsx'
import { Table } from '../../components/table.tsx'
import { Tag } from '../../components/tag.tsx'

/** One officer, already formatted. */
export interface OfficerRowView {
  readonly href: string
  readonly name: string
  readonly login: string
  readonly organization: string
  readonly roles: string
  readonly disabled: boolean
}

/** Props of OfficersPage. */
export interface OfficersPageProps {
  readonly t: T
  readonly lang: string
  readonly organizations: ReadonlyArray<{ value: string; text: string; selected?: boolean }>
  readonly officers: readonly OfficerRowView[]
}

/** Renders the page. */
export function OfficersPage(p: OfficersPageProps) {
  const { t } = p
  return (
    <>
      <BackLink href={`/${p.lang}/admin`} text={t('identity:admin.title')} />
      <h1 class='heading-l'>{t('identity:admin.officers')}</h1>
      <p>
        <a href={`/${p.lang}/admin/officers/new`}>{t('identity:admin.newOfficer')}</a>
      </p>
      <form method='get' action={`/${p.lang}/admin/officers`}>
        <Select
          id='org'
          name='org'
          label={t('identity:admin.organization')}
          items={[{ value: '', text: t('identity:admin.allOrganizations') }, ...p.organizations]}
        />
        <Button variant='secondary'>{t('identity:admin.filter')}</Button>
      </form>
      <Table
        caption={t('identity:admin.caption')}
        captionHidden
        head={[
          t('identity:admin.displayName'),
          t('identity:admin.loginLabel'),
          t('identity:admin.organization'),
          t('identity:account.roles'),
          t('identity:admin.status'),
        ]}
        rows={p.officers.map((o) => [
          <a href={o.href}>{o.name}</a>,
          <code>{o.login}</code>,
          o.organization,
          o.roles,
          o.disabled
            ? <Tag text={t('identity:admin.disabled')} colour='red' />
            : <Tag text={t('identity:admin.active')} colour='green' />,
        ])}
      />
    </>
  )
}
