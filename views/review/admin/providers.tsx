/** Who provides each regulation's service: the catalog's regulations, a select per row, one save. */
import type { T } from '../../../src/i18n.ts'
import { BackLink } from '../../components/back-link.tsx'
import { Button } from '../../components/button.tsx'
import { CsrfField } from '../../components/csrf-field.tsx'
import { type ErrorItem, ErrorSummary } from '../../components/error-summary.tsx'
import type { FieldError } from '../../components/field.tsx'
import { NotificationBanner } from '../../components/notification-banner.tsx'
import { Table } from '../../components/table.tsx'
import { CellSelect } from './_cell-select.tsx'

/** One regulation's row, already translated; `selected` is the organisation shown chosen. */
export interface ProviderRowView {
  readonly fieldId: string
  readonly fieldName: string
  readonly code: string
  readonly service: string
  readonly region: string
  /** Names the row after the select's label, for screen readers. */
  readonly labelContext: string
  readonly organizations: ReadonlyArray<{ value: string; text: string; selected: boolean }>
  readonly error?: FieldError | undefined
}

/** Props of ProvidersPage. */
export interface ProvidersPageProps {
  readonly t: T
  readonly lang: string
  readonly csrf: string
  readonly banner?: string | undefined
  readonly rows: readonly ProviderRowView[]
  readonly errorList: readonly ErrorItem[]
}

/** Renders the page. */
export function ProvidersPage(p: ProvidersPageProps) {
  const { t } = p
  return (
    <>
      <BackLink href={`/${p.lang}/admin`} text={t('identity:admin.title')} />
      <ErrorSummary titleText={t('form.errorSummaryTitle')} errorList={p.errorList} />
      {p.banner
        ? (
          <NotificationBanner type='success' titleText={t('review:providers.saved.title')}>
            <p>{p.banner}</p>
          </NotificationBanner>
        )
        : null}
      <h1 class='heading-l'>{t('review:providers.title')}</h1>
      <p>{t('review:providers.lead')}</p>
      <form id='providers-form' method='post' action={`/${p.lang}/admin/providers`} novalidate>
        <CsrfField token={p.csrf} />
        <Table
          caption={t('review:providers.caption')}
          captionHidden
          head={['code', 'region', 'service'].map((k) => t(`review:providers.columns.${k}`))}
          rows={p.rows.map((r) => [
            r.code,
            r.region,
            // The service's name is long: the select goes under it, as wide as the name.
            <>
              <p>{r.service}</p>
              <CellSelect
                id={r.fieldId}
                name={r.fieldName}
                label={t('review:providers.columns.provider')}
                labelContext={r.labelContext}
                errorMessage={r.error}
                items={r.organizations}
              />
            </>,
          ])}
        />
        <Button>{t('review:providers.submit')}</Button>
      </form>
    </>
  )
}
