/** One officer: details, roles, password reset, and disabling. */
import type { T } from '../../../src/i18n.ts'
import { BackLink } from '../../components/back-link.tsx'
import { Button } from '../../components/button.tsx'
import { Checkboxes } from '../../components/choices.tsx'
import { CsrfField } from '../../components/csrf-field.tsx'
import { NotificationBanner } from '../../components/notification-banner.tsx'
import { SummaryList } from '../../components/summary-list.tsx'

/** Props of OfficerPage. */
export interface OfficerPageProps {
  readonly t: T
  readonly lang: string
  readonly csrf: string
  readonly id: string
  readonly rows: ReadonlyArray<{ key: string; value: string }>
  readonly roles: readonly string[]
  readonly heldRoles: readonly string[]
  readonly disabled: boolean
  readonly notice?: string | undefined
  readonly temporaryPassword?: string | undefined
}

/** Renders the page. */
export function OfficerPage(p: OfficerPageProps) {
  const { t } = p
  const base = `/${p.lang}/admin/officers/${p.id}`
  return (
    <>
      <BackLink href={`/${p.lang}/admin/officers`} text={t('identity:admin.officers')} />
      {p.notice
        ? (
          <NotificationBanner titleText={t('identity:admin.saved')} type='success'>
            {p.notice}
          </NotificationBanner>
        )
        : null}
      {p.temporaryPassword
        ? (
          <NotificationBanner titleText={t('identity:admin.resetPassword')} type='success'>
            <p>{t('identity:admin.temporaryPassword')}</p>
            <p>
              <code class='reference'>{p.temporaryPassword}</code>
            </p>
          </NotificationBanner>
        )
        : null}
      <h1 class='heading-l'>{p.rows[0]?.value}</h1>
      <SummaryList rows={p.rows} />
      <form method='post' action={`${base}/roles`}>
        <CsrfField token={p.csrf} />
        <Checkboxes
          idPrefix='roles'
          name='roles'
          legend={t('identity:admin.rolesLegend')}
          small
          items={p.roles.map((r) => ({
            value: r,
            text: t(`roles.${r}`),
            checked: p.heldRoles.includes(r),
          }))}
        />
        <Button variant='secondary'>{t('identity:admin.grant')}</Button>
      </form>
      <form method='post' action={`${base}/password`}>
        <CsrfField token={p.csrf} />
        <Button variant='secondary'>{t('identity:admin.resetPassword')}</Button>
      </form>
      <form method='post' action={`${base}/status`}>
        <CsrfField token={p.csrf} />
        <input type='hidden' name='disabled' value={p.disabled ? 'false' : 'true'} />
        <Button variant={p.disabled ? 'secondary' : 'warning'}>
          {p.disabled ? t('identity:admin.enable') : t('identity:admin.disable')}
        </Button>
      </form>
    </>
  )
}
