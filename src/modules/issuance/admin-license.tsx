/** One license in the registry, for administrators: facts, history, documents, status forms. */
import type { Context } from 'hono'
import type { SummaryRow } from '../../../views/components/summary-list.tsx'
import { LicenseAdminPage } from '../../../views/issuance/admin/show.tsx'
import type { AppEnv } from '../../http/env.ts'
import type { FieldErrors } from '../../http/forms.ts'
import { NotFoundError } from '../../lib/errors.ts'
import type { IssuanceDeps } from './deps.ts'
import { dateText, dateTimeText, kindTitle, statusLabel } from './format.ts'
import { allowedActions, type StatusAction, type StatusRefusal } from './registry.ts'
import { findDocumentsOfLicense, findEvents, findLicense } from './repo.ts'
import type { LicenseEventRow, LicenseRow } from './tables.ts'

/** What a refused change brings back to the page. */
export interface LicenseFormState {
  readonly action?: StatusAction
  readonly errors?: FieldErrors
  readonly refusal?: StatusRefusal
  readonly reason?: string
}

/** Renders the page (422 for form errors, 409 for a refused change, 404 for an unknown id). */
export async function renderLicense(
  deps: IssuanceDeps,
  c: Context<AppEnv>,
  id: string,
  state: LicenseFormState,
) {
  const { t, lang } = c.var
  const license = /^[0-9a-f]{32}$/.test(id) ? await findLicense(deps.db.kysely, id) : undefined
  if (!license) throw new NotFoundError(`No license "${id}"`)
  const events = await findEvents(deps.db.kysely, license.id)
  const docs = await findDocumentsOfLicense(deps.db.kysely, license.id)
  const errors = errorsOf(c, state)
  if (state.errors) c.status(422)
  else if (state.refusal) c.status(409)
  const done = c.req.query('done')
  return c.render(
    <LicenseAdminPage
      t={t}
      back={`/${lang}/admin/licenses`}
      heading={t('issuance:admin.license', { number: license.number })}
      rows={rowsOf(c, license)}
      history={await historyOf(deps, c, events)}
      documents={docs.map((d) => ({
        href: `/${lang}/licenses/${d.id}`,
        text: `${kindTitle(t, d.kind)} ${d.number}${d.copy_no ? ` (${d.copy_no})` : ''}`,
      }))}
      forms={allowedActions(license.status).map((action) => ({
        action,
        href: `/${lang}/admin/licenses/${license.id}/${PATHS[action]}`,
        reason: state.action === action ? state.reason ?? '' : '',
        error: state.action === action && errors.length
          ? { text: errors[0]!.text, prefix: t('form.errorPrefix') }
          : undefined,
      }))}
      version={license.version}
      csrfToken={c.var.csrfToken()}
      errors={errors}
      done={done && ['suspend', 'resume', 'terminate'].includes(done)
        ? t(`issuance:admin.done.${done}`)
        : undefined}
    />,
    {
      title: t('issuance:admin.license', { number: license.number }),
      hasErrors: errors.length > 0,
    },
  )
}

const PATHS: Record<StatusAction, string> = {
  suspend: 'suspension',
  resume: 'resumption',
  terminate: 'termination',
}

function errorsOf(c: Context<AppEnv>, state: LicenseFormState) {
  const { t } = c.var
  if (!state.action) return []
  const href = `#reason-${state.action}`
  if (state.errors) {
    const text = state.errors['reason'] ?? t('issuance:admin.errors.changed')
    return [{ text, href }]
  }
  return state.refusal ? [{ text: t(`issuance:admin.errors.${state.refusal}`), href }] : []
}

function rowsOf(c: Context<AppEnv>, l: LicenseRow): SummaryRow[] {
  const { t, lang } = c.var
  return [
    { key: t('issuance:list.document'), value: kindTitle(t, l.kind) },
    {
      key: t('issuance:admin.status'),
      value: t('issuance:verify.statusSince', {
        status: statusLabel(t, l.status),
        date: dateText(t, l.status_since),
      }),
    },
    { key: t('issuance:list.holder'), value: lang === 'kk' ? l.holder_name_kk : l.holder_name_ru },
    { key: t('issuance:admin.iinOrBin'), value: l.holder_bin ?? l.holder_iin ?? '—' },
    { key: t('issuance:list.issuedOn'), value: dateText(t, l.issued_at) },
    { key: t('issuance:verify.basis'), value: t(`issuance:verify.bases.${l.basis}`) },
  ]
}

async function historyOf(deps: IssuanceDeps, c: Context<AppEnv>, events: LicenseEventRow[]) {
  const { t, lang } = c.var
  const out: Array<readonly [string, string, string, string]> = []
  for (const e of events) {
    const related = e.related_license_id
      ? (await findLicense(deps.db.kysely, e.related_license_id))?.number
      : undefined
    const what = t(`issuance:events.${e.kind}`) + (related ? ` (${related})` : '')
    const who = (lang === 'kk' ? e.actor_name_kk : e.actor_name_ru) ?? t('issuance:system')
    out.push([dateTimeText(e.at), what, who, e.reason ?? ''])
  }
  return out
}
