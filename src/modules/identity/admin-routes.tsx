/** Administration of organisations and officers (role `administrator`). */
import { type Context, Hono } from 'hono'
import { AdminIndexPage } from '../../../views/identity/admin/index.tsx'
import { NewOfficerPage } from '../../../views/identity/admin/officer-form.tsx'
import { OfficerPage } from '../../../views/identity/admin/officer.tsx'
import { OfficersPage } from '../../../views/identity/admin/officers.tsx'
import { OrganizationsPage } from '../../../views/identity/admin/organizations.tsx'
import type { AccessRules } from '../../http/access.ts'
import type { AppEnv, Role } from '../../http/env.ts'
import { errorItems, fieldError, type FieldErrors, validForm } from '../../http/forms.ts'
import { seeOther } from '../../http/htmx.ts'
import type { IdentityRouteDeps } from './http-deps.ts'
import {
  createOfficer,
  createOrganization,
  officerRoles,
  resetPassword,
  setAccountDisabled,
  setRoles,
} from './officers.ts'
import {
  findAccountById,
  findActiveRoles,
  findOfficers,
  findOrganization,
  findOrganizations,
} from './repo.ts'
import { requestMeta } from './routes.tsx'
import { parseIin } from './iin.ts'
import { officerForm, organizationForm, statusForm } from './schema.ts'

const ADMIN = ['administrator'] as const

/** Who may use the administration routes. */
export const access: AccessRules = {
  'GET /:lang/admin': ADMIN,
  'GET /:lang/admin/organizations': ADMIN,
  'POST /:lang/admin/organizations': ADMIN,
  'GET /:lang/admin/officers': ADMIN,
  'GET /:lang/admin/officers/new': ADMIN,
  'POST /:lang/admin/officers': ADMIN,
  'GET /:lang/admin/officers/:id': ADMIN,
  'POST /:lang/admin/officers/:id/roles': ADMIN,
  'POST /:lang/admin/officers/:id/password': ADMIN,
  'POST /:lang/admin/officers/:id/status': ADMIN,
}

const REGIONS = ['aktobe', 'east-kazakhstan', 'zhambyl', 'almaty'] as const
type C = Context<AppEnv>

/** Extra administration sections other modules add to the start page (e.g. the catalog). */
export interface AdminSection {
  readonly path: string
  readonly key: string
}

/** The administration routes, mounted at `/admin`. */
export function adminRoutes(
  deps: IdentityRouteDeps,
  sections: readonly AdminSection[] = [],
): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  app.get('/', (c) => {
    const { t, lang } = c.var
    const links = [
      { href: `/${lang}/admin/organizations`, text: t('identity:admin.organizations') },
      { href: `/${lang}/admin/officers`, text: t('identity:admin.officers') },
      ...sections.map((s) => ({ href: `/${lang}/admin${s.path}`, text: t(s.key) })),
    ]
    return c.render(<AdminIndexPage heading={t('identity:admin.title')} links={links} />, {
      title: t('identity:admin.title'),
    })
  })

  app.get('/organizations', (c) => renderOrganizations(deps, c, {}, {}))

  app.post(
    '/organizations',
    validForm(
      organizationForm,
      (c, values, errors) => renderOrganizations(deps, c, values, errors),
    ),
    async (c) => {
      const f = c.req.valid('form')
      await createOrganization(deps, c.var.user!, {
        kind: f.kind,
        nameKk: f.nameKk,
        nameRu: f.nameRu,
        region: f.region || null,
      }, requestMeta(c))
      return seeOther(c, `/${c.var.lang}/admin/organizations`)
    },
  )

  app.get('/officers', async (c) => {
    const { t, lang } = c.var
    const orgs = await findOrganizations(deps.db.kysely)
    const orgFilter = c.req.query('org')
    const names = new Map(orgs.map((o) => [o.id, lang === 'kk' ? o.name_kk : o.name_ru]))
    const rows = await findOfficers(
      deps.db.kysely,
      orgFilter && names.has(orgFilter) ? orgFilter : undefined,
    )
    const officers = await Promise.all(rows.map(async (o) => ({
      href: `/${lang}/admin/officers/${o.id}`,
      name: o.display_name,
      login: o.login,
      organization: names.get(o.organization_id ?? '') ?? '',
      roles: (await findActiveRoles(deps.db.kysely, o.id)).map((r) => t(`roles.${r}`)).join(', ') ||
        t('identity:admin.noRoles'),
      disabled: o.disabled_at !== null,
    })))
    return c.render(
      <OfficersPage
        t={t}
        lang={lang}
        officers={officers}
        organizations={orgs.map((o) => ({
          value: o.id,
          text: names.get(o.id)!,
          selected: o.id === orgFilter,
        }))}
      />,
      { title: t('identity:admin.officers') },
    )
  })

  app.get('/officers/new', (c) => renderNewOfficer(deps, c, {}, {}, []))

  app.post(
    '/officers',
    validForm(
      officerForm,
      (c, values, errors) => renderNewOfficer(deps, c, values, errors, asList(values['roles'])),
    ),
    async (c) => {
      const { t } = c.var
      const f = c.req.valid('form')
      const roles = asList(f.roles) as Role[]
      if (!(await findOrganization(deps.db.kysely, f.organizationId))) {
        return renderNewOfficer(deps, c, f, {
          organizationId: t('identity:admin.errors.organizationRequired'),
        }, roles)
      }
      const typedIin = (f.iin ?? '').replace(/[\s-]/g, '')
      const iin = typedIin ? parseIin(typedIin, { today: deps.clock.now() }) : undefined
      if (iin && !iin.ok) {
        return renderNewOfficer(
          deps,
          c,
          f,
          { iin: t(`identity:validation.iin.${iin.error}`) },
          roles,
        )
      }
      const result = await createOfficer(
        deps,
        c.var.user!,
        { ...f, roles, iin: iin?.iin ?? null },
        requestMeta(c),
      )
      if (!result.ok) {
        const key = result.field === 'login'
          ? `identity:admin.errors.${result.error}`
          : `identity:validation.password.${result.error}`
        return renderNewOfficer(deps, c, f, { [result.field]: t(key) }, roles)
      }
      return seeOther(c, `/${c.var.lang}/admin/officers/${result.accountId}?saved=1`)
    },
  )

  app.get(
    '/officers/:id',
    (c) =>
      renderOfficer(deps, c, c.req.query('saved') ? c.var.t('identity:admin.saved') : undefined),
  )

  app.post('/officers/:id/roles', async (c) => {
    const body = await c.req.parseBody({ all: true })
    const roles = asList(body['roles']) as Role[]
    const ok = await setRoles(
      deps,
      c.var.user!,
      { accountId: c.req.param('id'), roles },
      requestMeta(c),
    )
    if (!ok) return c.notFound()
    return seeOther(c, `/${c.var.lang}/admin/officers/${c.req.param('id')}?saved=1`)
  })

  app.post('/officers/:id/password', async (c) => {
    const temporary = await resetPassword(deps, c.var.user!, c.req.param('id'), requestMeta(c))
    if (!temporary) return c.notFound()
    return renderOfficer(deps, c, undefined, temporary)
  })

  app.post('/officers/:id/status', validForm(statusForm, (c) => c.notFound()), async (c) => {
    const disabled = c.req.valid('form').disabled === 'true'
    const ok = await setAccountDisabled(
      deps,
      c.var.user!,
      c.req.param('id'),
      disabled,
      requestMeta(c),
    )
    if (!ok) return c.notFound()
    return seeOther(c, `/${c.var.lang}/admin/officers/${c.req.param('id')}?saved=1`)
  })

  return app
}

function asList(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value]
  return list.filter((v): v is string => typeof v === 'string').slice(0, 20)
}

async function renderOrganizations(
  deps: IdentityRouteDeps,
  c: C,
  values: Record<string, unknown>,
  errors: FieldErrors,
) {
  const { t, lang } = c.var
  const orgs = await findOrganizations(deps.db.kysely)
  const hasErrors = Object.keys(errors).length > 0
  if (hasErrors) c.status(422)
  return c.render(
    <OrganizationsPage
      t={t}
      lang={lang}
      csrf={c.var.csrfToken()}
      organizations={orgs.map((o) => ({
        name: lang === 'kk' ? o.name_kk : o.name_ru,
        kind: t(`identity:admin.kinds.${o.kind}`),
        region: o.region ? t(`regions.${o.region}`) : '',
        officersHref: `/${lang}/admin/officers?org=${o.id}`,
      }))}
      regions={REGIONS.map((r) => ({ value: r, text: t(`regions.${r}`) }))}
      values={keep(values, ['kind', 'nameKk', 'nameRu', 'region'])}
      errorList={errorItems(errors, ['kind', 'nameKk', 'nameRu'])}
      errors={{
        kind: fieldError(errors, 'kind', t),
        nameKk: fieldError(errors, 'nameKk', t),
        nameRu: fieldError(errors, 'nameRu', t),
      }}
    />,
    { title: t('identity:admin.organizations'), hasErrors },
  )
}

async function renderNewOfficer(
  deps: IdentityRouteDeps,
  c: C,
  values: Record<string, unknown>,
  errors: FieldErrors,
  roles: readonly string[],
) {
  const { t, lang } = c.var
  const orgs = await findOrganizations(deps.db.kysely)
  const hasErrors = Object.keys(errors).length > 0
  if (hasErrors) c.status(422)
  const fields = ['login', 'displayName', 'iin', 'organizationId', 'password']
  return c.render(
    <NewOfficerPage
      t={t}
      lang={lang}
      csrf={c.var.csrfToken()}
      organizations={orgs.map((o) => ({
        value: o.id,
        text: lang === 'kk' ? o.name_kk : o.name_ru,
      }))}
      roles={officerRoles}
      values={keep(values, fields)}
      checkedRoles={roles}
      errorList={errorItems(errors, fields)}
      errors={Object.fromEntries(fields.map((f) => [f, fieldError(errors, f, t)]))}
    />,
    { title: t('identity:admin.newOfficer'), hasErrors },
  )
}

async function renderOfficer(
  deps: IdentityRouteDeps,
  c: C,
  notice?: string,
  temporaryPassword?: string,
) {
  const { t, lang } = c.var
  const account = await findAccountById(deps.db.kysely, c.req.param('id') ?? '')
  if (!account || account.kind !== 'officer') return c.notFound()
  const org = account.organization_id
    ? await findOrganization(deps.db.kysely, account.organization_id)
    : undefined
  const rows = [
    { key: t('identity:admin.displayName'), value: account.display_name },
    { key: t('identity:admin.loginLabel'), value: account.login },
    { key: t('identity:admin.iin'), value: account.iin ?? t('identity:admin.noIin') },
    {
      key: t('identity:admin.organization'),
      value: org ? (lang === 'kk' ? org.name_kk : org.name_ru) : '',
    },
    {
      key: t('identity:admin.status'),
      value: t(account.disabled_at ? 'identity:admin.disabled' : 'identity:admin.active'),
    },
  ]
  if (temporaryPassword) c.header('Cache-Control', 'no-store')
  return c.render(
    <OfficerPage
      t={t}
      lang={lang}
      csrf={c.var.csrfToken()}
      id={account.id}
      rows={rows}
      roles={officerRoles}
      heldRoles={await findActiveRoles(deps.db.kysely, account.id)}
      disabled={account.disabled_at !== null}
      notice={notice}
      temporaryPassword={temporaryPassword}
    />,
    { title: account.display_name },
  )
}

function keep(values: Record<string, unknown>, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    fields.map((f) => [f, typeof values[f] === 'string' ? String(values[f]).slice(0, 300) : '']),
  )
}
