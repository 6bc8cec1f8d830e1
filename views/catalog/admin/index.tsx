/** The catalog administration: regulations with their versions, and the MCI per year. */
import type { Lang, T } from '../../../src/i18n.ts'
import type { MciValue } from '../../../src/modules/catalog/index.ts'
import { Button } from '../../components/button.tsx'
import { CsrfField } from '../../components/csrf-field.tsx'
import { ErrorSummary } from '../../components/error-summary.tsx'
import type { FieldError } from '../../components/field.tsx'
import { Input } from '../../components/input.tsx'
import { NotificationBanner } from '../../components/notification-banner.tsx'
import { Table } from '../../components/table.tsx'
import { formatDate, formatTenge } from '../format.ts'

/** One regulation row; strings already in the page language. */
export interface AdminRegulationRow {
  readonly code: string
  readonly name: string
  readonly versions: ReadonlyArray<{ version: number; effectiveFrom: string; inForce: boolean }>
  readonly addHref: string
}

/** Props of AdminCatalogPage. */
export interface AdminCatalogPageProps {
  readonly t: T
  readonly lang: Lang
  readonly saved: 'mci' | 'version' | undefined
  readonly regulations: readonly AdminRegulationRow[]
  readonly mci: readonly MciValue[]
  readonly csrfToken: string
  readonly mciForm: {
    readonly year: string
    readonly valueTenge: string
    readonly errors: Partial<Record<'year' | 'valueTenge', FieldError>>
  }
}

/** Renders the page body. */
export function AdminCatalogPage(p: AdminCatalogPageProps) {
  const { t, lang } = p
  const errors = p.mciForm.errors
  return (
    <>
      <ErrorSummary
        titleText={t('form.errorSummaryTitle')}
        errorList={(['year', 'valueTenge'] as const).flatMap((k) =>
          errors[k] ? [{ text: errors[k].text, href: `#mci-${k}` }] : []
        )}
      />
      {p.saved
        ? (
          <NotificationBanner type='success' titleText={t('catalog:admin.saved.title')}>
            <p>{t(`catalog:admin.saved.${p.saved}`)}</p>
          </NotificationBanner>
        )
        : null}
      <h1 class='heading-l'>{t('catalog:admin.title')}</h1>
      <Table
        caption={t('catalog:admin.regulations.title')}
        head={['code', 'name', 'versions', 'actions'].map((k) =>
          t(`catalog:admin.regulations.${k}`)
        )}
        rows={p.regulations.map((r) => [
          r.code,
          r.name,
          <ul>
            {r.versions.map((v) => (
              <li>
                {t('catalog:admin.regulations.versionItem', {
                  version: v.version,
                  date: formatDate(v.effectiveFrom),
                })}
                {v.inForce
                  ? (
                    <>
                      <strong class='tag tag--green'>
                        {t('catalog:admin.regulations.inForce')}
                      </strong>
                    </>
                  )
                  : null}
              </li>
            ))}
          </ul>,
          <a href={r.addHref}>
            {t('catalog:admin.regulations.addVersion')}
            <span class='visually-hidden'>: {r.code}</span>
          </a>,
        ])}
      />
      <Table
        caption={t('catalog:admin.mci.title')}
        head={[
          t('catalog:admin.mci.year'),
          t('catalog:admin.mci.value'),
          t('catalog:admin.mci.updated'),
        ]}
        numeric={[1]}
        rows={p.mci.map((
          m,
        ) => [String(m.year), formatTenge(lang, m.valueTenge), formatDate(m.updatedAt)])}
      />
      <form method='post' action={`/${lang}/admin/catalog/mci`} novalidate>
        <CsrfField token={p.csrfToken} />
        <h2 class='heading-m'>{t('catalog:admin.mci.formTitle')}</h2>
        <Input
          id='mci-year'
          name='year'
          label={t('catalog:admin.mci.year')}
          hint={t('catalog:admin.mci.yearHint')}
          value={p.mciForm.year}
          width='5'
          inputmode='numeric'
          errorMessage={errors.year}
        />
        <Input
          id='mci-valueTenge'
          name='valueTenge'
          label={t('catalog:admin.mci.value')}
          hint={t('catalog:admin.mci.valueHint')}
          value={p.mciForm.valueTenge}
          width='10'
          inputmode='numeric'
          errorMessage={errors.valueTenge}
        />
        <Button>{t('catalog:admin.mci.submit')}</Button>
      </form>
    </>
  )
}
