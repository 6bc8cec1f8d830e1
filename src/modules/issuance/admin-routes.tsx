/**
 * The registry for administrators, mounted at `/admin/licenses`: the list, one license with its
 * history and status changes (suspend, resume, terminate, each with a reason), and the e-mail
 * outbox. A refused change re-renders the page with 422 (no reason) or 409 (not allowed now).
 */
import { type Context, Hono } from 'hono'
import { RegistryPage } from '../../../views/issuance/admin/index.tsx'
import type { AppEnv } from '../../http/env.ts'
import { fieldErrors } from '../../http/forms.ts'
import { seeOther } from '../../http/htmx.ts'
import { normalizeForSearch } from '../catalog/index.ts'
import type { IssuanceDeps } from './deps.ts'
import { kindTitle, shortDate, statusLabel } from './format.ts'
import { changeStatus, type StatusAction } from './registry.ts'
import { findLicenses } from './registry-repo.ts'
import { renderLicense } from './admin-license.tsx'
import { outboxPage } from './admin-outbox.tsx'
import { registryQuery, statusForm } from './schema.ts'
import { STATUS_COLOURS } from './verify-routes.tsx'

const PAGE = 50
const STATUSES = ['active', 'duplicate_issued', 'reissued', 'suspended', 'terminated'] as const
const ACTIONS: Record<string, StatusAction> = {
  suspension: 'suspend',
  resumption: 'resume',
  termination: 'terminate',
}

/** The administration routes of the registry. */
export function adminRoutes(deps: IssuanceDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.get('/', (c) => registry(deps, c))
  app.get('/outbox', (c) => outboxPage(deps, c))
  app.get('/:id', (c) => renderLicense(deps, c, c.req.param('id'), {}))
  for (const [path, action] of Object.entries(ACTIONS)) {
    app.post(`/:id/${path}`, async (c) => {
      const id = c.req.param('id')
      const body = await c.req.parseBody()
      const parsed = statusForm.safeParse(body)
      if (!parsed.success) {
        const errors = fieldErrors(parsed.error, c.var.t)
        return renderLicense(deps, c, id, { action, errors, reason: String(body['reason'] ?? '') })
      }
      const user = c.var.user!
      const result = await changeStatus(deps, {
        licenseId: id,
        action,
        reason: parsed.data.reason,
        expectedVersion: parsed.data.version,
        actor: { accountId: user.accountId, name: user.displayName },
      })
      if (!result.ok) {
        return renderLicense(deps, c, id, {
          action,
          refusal: result.refusal,
          reason: parsed.data.reason,
        })
      }
      return seeOther(c, `/${c.var.lang}/admin/licenses/${id}?done=${action}`)
    })
  }
  return app
}

async function registry(deps: IssuanceDeps, c: Context<AppEnv>) {
  const { t, lang } = c.var
  const query = registryQuery.parse(c.req.query())
  const page = query.page ?? 1
  const q = query.q ?? ''
  const rows = await findLicenses(deps.db.kysely, {
    q: normalizeForSearch(q).trim(),
    status: query.status,
    limit: PAGE,
    offset: (page - 1) * PAGE,
  })
  const base = `/${lang}/admin/licenses`
  const link = (n: number) => {
    const params = new URLSearchParams({ q, status: query.status ?? '', page: String(n) })
    return `${base}?${params}`
  }
  return c.render(
    <RegistryPage
      back={{ href: `/${lang}/admin`, text: t('identity:admin.title') }}
      title={t('issuance:admin.title')}
      outbox={{ href: `${base}/outbox`, text: t('issuance:outbox.title') }}
      action={base}
      search={{ label: t('issuance:admin.search'), hint: t('issuance:admin.searchHint'), value: q }}
      status={{
        label: t('issuance:admin.status'),
        items: [
          { value: '', text: t('issuance:admin.allStatuses') },
          ...STATUSES.map((s) => ({
            value: s,
            text: statusLabel(t, s),
            selected: s === query.status,
          })),
        ],
      }}
      submit={t('issuance:admin.filter')}
      caption={t('issuance:admin.caption')}
      head={[
        t('issuance:list.number'),
        t('issuance:list.holder'),
        t('issuance:list.document'),
        t('issuance:list.issuedOn'),
        t('issuance:admin.status'),
      ]}
      empty={t('issuance:admin.empty')}
      rows={rows.slice(0, PAGE).map((r) => ({
        href: `${base}/${r.id}`,
        number: r.number,
        holder: lang === 'kk' ? r.holder_name_kk : r.holder_name_ru,
        kind: kindTitle(t, r.kind),
        issuedOn: shortDate(r.issued_at),
        status: { text: statusLabel(t, r.status), colour: STATUS_COLOURS[r.status] },
      }))}
      pagination={{
        label: t('issuance:admin.pages'),
        previous: page > 1
          ? { href: link(page - 1), text: t('issuance:admin.previous') }
          : undefined,
        next: rows.length > PAGE
          ? { href: link(page + 1), text: t('issuance:admin.next') }
          : undefined,
      }}
    />,
    { title: t('issuance:admin.title') },
  )
}
