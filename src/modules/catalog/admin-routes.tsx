/**
 * Catalog administration (role `administrator`): `/:lang/admin/catalog` lists regulations with
 * their versions and the MCI per year; a version is added at `/:id/versions/new`, an MCI value
 * set at `/mci`. Every change goes through the services, which write the audit trail.
 */
import { type Context, Hono } from 'hono'
import type { AppEnv } from '../../http/env.ts'
import { ForbiddenError, NotFoundError } from '../../lib/errors.ts'
import {
  type Errors,
  fieldError,
  fieldErrors,
  renderAdmin,
  renderNewVersion,
} from './admin-pages.tsx'
import type { CatalogDeps } from './deps.ts'
import { setMciValue } from './mci.ts'
import { mciForm, versionForm } from './schema.ts'
import { listRegulationVersions } from './service.ts'
import { addRegulationVersion } from './versions.ts'

type Ctx = Context<AppEnv>

/** The administration routes, mounted at `/admin/catalog` in the `/:lang` sub-app. */
export function catalogAdmin(deps: CatalogDeps): Hono<AppEnv> {
  const admin = new Hono<AppEnv>()
  // Deny by default even before the app-wide access matrix runs.
  admin.use(async (c, next) => {
    if (!c.var.user?.roles.has('administrator')) throw new ForbiddenError('Administrators only')
    await next()
  })

  admin.get('/', (c) => renderAdmin(c, deps, { year: '', valueTenge: '' }, {}))

  admin.post('/mci', async (c) => {
    const body = await c.req.parseBody()
    const values = { year: text(body.year), valueTenge: text(body.valueTenge) }
    const parsed = mciForm.safeParse(values)
    if (!parsed.success) return renderAdmin(c, deps, values, fieldErrors(c, parsed.error), 422)
    await setMciValue(deps, { ...parsed.data, ...actor(c) })
    return c.redirect(`/${c.var.lang}/admin/catalog?saved=mci`, 303)
  })

  admin.get('/:id/versions/new', async (c) => {
    const latest = (await versionsOf(deps, c.req.param('id'))).at(-1)!
    const definition = JSON.stringify(latest.definition, null, 2)
    return renderNewVersion(c, latest, { effectiveFrom: '', definition }, {}, [])
  })

  admin.post('/:id/versions/new', async (c) => {
    const latest = (await versionsOf(deps, c.req.param('id'))).at(-1)!
    const body = await c.req.parseBody()
    const values = { effectiveFrom: text(body.effectiveFrom), definition: text(body.definition) }
    const parsed = versionForm.safeParse(values)
    const errors: Errors<'effectiveFrom' | 'definition'> = parsed.success
      ? {}
      : fieldErrors(c, parsed.error)
    const json = parseJson(values.definition)
    if (!json.ok && !errors.definition) {
      const detail = c.var.t('catalog:admin.version.errors.json', { detail: json.error })
      errors.definition = fieldError(c, detail)
    }
    if (!parsed.success || !json.ok) return renderNewVersion(c, latest, values, errors, [], 422)
    const result = await addRegulationVersion(deps, {
      regulationId: latest.regulationId,
      effectiveFrom: parsed.data.effectiveFrom,
      definition: json.value,
      ...actor(c),
    })
    if (!result.ok) return renderNewVersion(c, latest, values, {}, result.errors, 422)
    return c.redirect(`/${c.var.lang}/admin/catalog?saved=version`, 303)
  })

  return admin
}

async function versionsOf(deps: CatalogDeps, id: string) {
  const versions = await listRegulationVersions(deps, id)
  if (!versions.length) throw new NotFoundError(`No regulation "${id.slice(0, 80)}"`)
  return versions
}

function actor(c: Ctx) {
  return {
    actorId: c.var.user?.accountId ?? null,
    ip: c.var.clientAddress,
    requestId: c.var.requestId,
  }
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

function parseJson(source: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(source) }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) }
  }
}
