/** The kiosks: how the protection works, the registration form for this device, the list. */
import type { T } from '../../../src/i18n.ts'
import { Button } from '../../components/button.tsx'
import { CsrfField } from '../../components/csrf-field.tsx'
import { type ErrorItem, ErrorSummary } from '../../components/error-summary.tsx'
import type { FieldError } from '../../components/field.tsx'
import { Input } from '../../components/input.tsx'
import { Select } from '../../components/select.tsx'
import { Table } from '../../components/table.tsx'
import { QualityNav, type QualityNavProps } from './_nav.tsx'

/** A registered kiosk as listed. */
export interface KioskItem {
  readonly name: string
  readonly provider: string
  readonly limits: string
  readonly active: boolean
  readonly openHref: string
  readonly revokeAction: string
}

/** Props of KiosksPage. */
export interface KiosksPageProps {
  readonly t: T
  readonly nav: QualityNavProps
  readonly action: string
  readonly csrf: string
  readonly providers: ReadonlyArray<{ value: string; text: string; selected?: boolean }>
  readonly values: Readonly<Record<string, string>>
  readonly errorList: readonly ErrorItem[]
  readonly errors: Readonly<Record<string, FieldError | undefined>>
  readonly kiosks: readonly KioskItem[]
}

/** Renders the page. */
export function KiosksPage(p: KiosksPageProps) {
  const { t } = p
  return (
    <>
      <ErrorSummary titleText={t('form.errorSummaryTitle')} errorList={p.errorList} />
      <h1 class='heading-l'>{t('survey:kiosks.title')}</h1>
      <QualityNav {...p.nav} />
      <p>{t('survey:kiosks.lead')}</p>
      <p class='inset'>{t('survey:kiosks.tradeOff')}</p>
      <h2 class='heading-m'>{t('survey:kiosks.list')}</h2>
      {p.kiosks.length
        ? (
          <Table
            caption={t('survey:kiosks.list')}
            captionHidden
            head={['name', 'provider', 'limits', 'status', 'action'].map((c) =>
              t(`survey:kiosks.columns.${c}`)
            )}
            rows={p.kiosks.map((k) => [
              k.name,
              k.provider,
              k.limits,
              t(k.active ? 'survey:kiosks.active' : 'survey:kiosks.revoked'),
              k.active
                ? (
                  <form method='post' action={k.revokeAction}>
                    <CsrfField token={p.csrf} />
                    <a href={k.openHref}>{t('survey:kiosks.open')}</a>{' '}
                    <button type='submit' class='link-button'>{t('survey:kiosks.revoke')}</button>
                  </form>
                )
                : '',
            ])}
          />
        )
        : <p>{t('survey:kiosks.none')}</p>}
      <h2 class='heading-m'>{t('survey:kiosks.new')}</h2>
      <form method='post' action={p.action} novalidate>
        <CsrfField token={p.csrf} />
        <Select
          id='providerId'
          name='providerId'
          label={t('survey:kiosks.provider')}
          items={p.providers}
          errorMessage={p.errors['providerId']}
        />
        <Input
          id='name'
          name='name'
          label={t('survey:kiosks.name.label')}
          hint={t('survey:kiosks.name.hint')}
          value={p.values['name']}
          maxlength={100}
          errorMessage={p.errors['name']}
        />
        <Input
          id='minIntervalSeconds'
          name='minIntervalSeconds'
          inputmode='numeric'
          width='5'
          label={t('survey:kiosks.interval.label')}
          hint={t('survey:kiosks.interval.hint')}
          value={p.values['minIntervalSeconds']}
          errorMessage={p.errors['minIntervalSeconds']}
        />
        <Input
          id='maxPerHour'
          name='maxPerHour'
          inputmode='numeric'
          width='5'
          label={t('survey:kiosks.perHour.label')}
          hint={t('survey:kiosks.perHour.hint')}
          value={p.values['maxPerHour']}
          errorMessage={p.errors['maxPerHour']}
        />
        <Button>{t('survey:kiosks.submit')}</Button>
      </form>
    </>
  )
}
