/**
 * One license in the registry: its facts, its history (issue, re-issue, duplicates, suspension,
 * termination, each with who and why), its documents, and the status changes still allowed,
 * each a form with a required reason.
 */
import type { T } from '../../../src/i18n.ts'
import { BackLink } from '../../components/back-link.tsx'
import { Button } from '../../components/button.tsx'
import { CsrfField } from '../../components/csrf-field.tsx'
import { ErrorSummary } from '../../components/error-summary.tsx'
import type { FieldError } from '../../components/field.tsx'
import { NotificationBanner } from '../../components/notification-banner.tsx'
import { SummaryList, type SummaryRow } from '../../components/summary-list.tsx'
import { Table } from '../../components/table.tsx'
import { Textarea } from '../../components/textarea.tsx'

/** One allowed status change. */
export interface StatusFormView {
  readonly action: 'suspend' | 'resume' | 'terminate'
  readonly href: string
  readonly reason: string
  readonly error?: FieldError | undefined
}

/** Props of LicenseAdminPage. */
export interface LicenseAdminProps {
  readonly t: T
  readonly back: string
  readonly heading: string
  readonly rows: readonly SummaryRow[]
  readonly history: ReadonlyArray<readonly [string, string, string, string]>
  readonly documents: ReadonlyArray<{ readonly href: string; readonly text: string }>
  readonly forms: readonly StatusFormView[]
  readonly version: number
  readonly csrfToken: string
  readonly errors: ReadonlyArray<{ readonly text: string; readonly href: string }>
  readonly done?: string | undefined
}

/** Renders the page. */
export function LicenseAdminPage(p: LicenseAdminProps) {
  const { t } = p
  return (
    <>
      <BackLink href={p.back} text={t('issuance:admin.title')} />
      <ErrorSummary titleText={t('form.errorSummaryTitle')} errorList={p.errors} />
      {p.done ? <NotificationBanner titleText={p.done} type='success' /> : null}
      <h1 class='heading-l'>{p.heading}</h1>
      <SummaryList rows={p.rows} />
      <h2 class='heading-m'>{t('issuance:admin.history')}</h2>
      <Table
        caption={t('issuance:admin.history')}
        captionHidden
        head={[
          t('issuance:admin.when'),
          t('issuance:admin.event'),
          t('issuance:admin.who'),
          t('issuance:admin.reason'),
        ]}
        rows={p.history}
      />
      <h2 class='heading-m'>{t('issuance:admin.documents')}</h2>
      <ul>
        {p.documents.map((d) => (
          <li>
            <a href={d.href}>{d.text}</a>
          </li>
        ))}
      </ul>
      {p.forms.map((f) => (
        <form method='post' action={f.href}>
          <CsrfField token={p.csrfToken} />
          <input type='hidden' name='version' value={String(p.version)} />
          <h2 class='heading-m'>{t(`issuance:admin.actions.${f.action}`)}</h2>
          <Textarea
            id={`reason-${f.action}`}
            name='reason'
            label={t('issuance:admin.reasonLabel')}
            hint={t(`issuance:admin.reasonHint.${f.action}`)}
            value={f.reason}
            errorMessage={f.error}
            rows={3}
            maxlength={2000}
          />
          <Button variant={f.action === 'resume' ? 'secondary' : 'warning'}>
            {t(`issuance:admin.buttons.${f.action}`)}
          </Button>
        </form>
      ))}
    </>
  )
}
