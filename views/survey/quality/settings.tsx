/** The survey settings: the optional accessibility questions on or off. */
import type { T } from '../../../src/i18n.ts'
import { Button } from '../../components/button.tsx'
import { Radios } from '../../components/choices.tsx'
import { CsrfField } from '../../components/csrf-field.tsx'
import { type ErrorItem, ErrorSummary } from '../../components/error-summary.tsx'
import type { FieldError } from '../../components/field.tsx'
import { NotificationBanner } from '../../components/notification-banner.tsx'
import { QualityNav, type QualityNavProps } from './_nav.tsx'

/** Props of SettingsPage. */
export interface SettingsPageProps {
  readonly t: T
  readonly nav: QualityNavProps
  readonly action: string
  readonly csrf: string
  readonly on: boolean
  readonly saved: boolean
  readonly errorList: readonly ErrorItem[]
  readonly error?: FieldError | undefined
}

/** Renders the page. */
export function SettingsPage(p: SettingsPageProps) {
  const { t } = p
  return (
    <>
      <ErrorSummary titleText={t('form.errorSummaryTitle')} errorList={p.errorList} />
      {p.saved
        ? (
          <NotificationBanner titleText={t('survey:settings.title')} type='success'>
            {t('survey:settings.saved')}
          </NotificationBanner>
        )
        : null}
      <h1 class='heading-l'>{t('survey:settings.title')}</h1>
      <QualityNav {...p.nav} />
      <form method='post' action={p.action} novalidate>
        <CsrfField token={p.csrf} />
        <Radios
          idPrefix='accessibility'
          name='accessibility'
          legend={t('survey:settings.accessibility.legend')}
          hint={t('survey:settings.accessibility.hint')}
          errorMessage={p.error}
          items={[
            { value: 'on', text: t('survey:settings.accessibility.on'), checked: p.on },
            { value: 'off', text: t('survey:settings.accessibility.off'), checked: !p.on },
          ]}
        />
        <Button>{t('survey:settings.submit')}</Button>
      </form>
    </>
  )
}
