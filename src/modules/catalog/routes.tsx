/**
 * The public catalog pages, `/:lang/services` and `/:lang/services/:id`: no sign-in, plain GET,
 * every input accepted (an unknown filter is ignored, an unknown id or version is a 404).
 */
import { Hono } from 'hono'
import { ServicesPage } from '../../../views/catalog/services/index.tsx'
import { ServicePage } from '../../../views/catalog/services/show.tsx'
import type { AppEnv } from '../../http/env.ts'
import type { AccessRules } from '../../http/access.ts'
import { languages, resources } from '../../i18n.ts'
import { regions, sectors } from './definition.ts'
import type { CatalogDeps } from './deps.ts'
import { findServiceDetail, type ServiceDetail } from './detail.ts'
import { documentGroups } from './lookup.ts'
import { listQuery } from './schema.ts'
import { capQuery, MAX_QUERY_LENGTH } from './search.ts'
import { listRegulations } from './service.ts'
import type { Region } from './types.ts'

/** Who may use each catalog route (merged into the app's access matrix). */
export const access: AccessRules = {
  'GET /:lang/services': 'public',
  'GET /:lang/services/:id': 'public',
  'GET /:lang/admin/catalog': ['administrator'],
  'POST /:lang/admin/catalog/mci': ['administrator'],
  'GET /:lang/admin/catalog/:id/versions/new': ['administrator'],
  'POST /:lang/admin/catalog/:id/versions/new': ['administrator'],
  'GET /api/v1/services': 'public',
  'GET /api/v1/services/:id': 'public',
}

// A Russian speaker may type the Kazakh name of a region and the other way round.
const regionNames = Object.fromEntries(
  regions.map((r) => [r, languages.map((l) => resources[l].catalog.regions[r])]),
) as Record<Region, string[]>

/** The public pages, mounted at `/services` in the `/:lang` sub-app. */
export function catalogPages(deps: CatalogDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>()

  routes.get('/', async (c) => {
    const { t, lang } = c.var
    const query = listQuery.parse(c.req.query())
    const q = capQuery(query.q ?? '')
    const items = await listRegulations(deps, { ...query, q, regionNames })
    return c.render(
      <ServicesPage
        t={t}
        lang={lang}
        query={{ q, region: query.region, sector: query.sector }}
        regions={regions}
        sectors={sectors}
        maxQueryLength={MAX_QUERY_LENGTH}
        items={items}
        filtered={Boolean(q.trim() || query.region || query.sector)}
      />,
      { title: t('catalog:list.title') },
    )
  })

  routes.get('/:id', async (c) => {
    const { t, lang } = c.var
    const detail = await findServiceDetail(deps, c.req.param('id'), c.req.query('version'))
    const base = `/${lang}/services/${detail.shown.regulationId}`
    const link = (v: { version: number; effectiveFrom: string }) => ({
      version: v.version,
      effectiveFrom: v.effectiveFrom,
      href: `${base}?version=${v.version}`,
    })
    return c.render(
      <ServicePage
        t={t}
        lang={lang}
        shown={detail.shown}
        inForce={detail.inForce ? { ...link(detail.inForce), href: base } : undefined}
        versions={detail.versions.map(link)}
        year={detail.year}
        subServices={subServicesOf(detail, lang)}
      />,
      { title: detail.shown.definition.name[lang] },
    )
  })

  return routes
}

function subServicesOf(detail: ServiceDetail, lang: string) {
  const current = detail.inForce?.id === detail.shown.id
  const id = detail.shown.regulationId
  return detail.shown.definition.subServices.map((s) => ({
    kind: s.kind,
    groups: documentGroups(s),
    feeTenge: detail.fees.find((f) => f.kind === s.kind)?.tenge,
    // Applications always use the version in force, so only its page offers "Apply".
    applyHref: current ? `/${lang}/applications/new?service=${id}&kind=${s.kind}` : undefined,
  }))
}
