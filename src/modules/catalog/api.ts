/**
 * The machine-readable catalog, `GET /api/v1/services` and `/api/v1/services/:id`, for other
 * state systems and the quality team (documented in docs/api.md). Public and cacheable.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../../http/env.ts'
import { languages } from '../../i18n.ts'
import type { CatalogDeps } from './deps.ts'
import { findServiceDetail, type ServiceDetail } from './detail.ts'
import { listQuery } from './schema.ts'
import { capQuery } from './search.ts'
import { listRegulations } from './service.ts'
import type { RegulationVersion } from './snapshot.ts'

const CACHE = 'public, max-age=300'

/** The JSON routes, mounted at `/api/v1`. */
export function catalogApi(deps: CatalogDeps): Hono<AppEnv> {
  const api = new Hono<AppEnv>()

  api.get('/services', async (c) => {
    const query = listQuery.parse(c.req.query())
    const items = await listRegulations(deps, { ...query, q: capQuery(query.q ?? '') })
    c.header('Cache-Control', CACHE)
    return c.json({ count: items.length, items: items.map(summaryOf) })
  })

  api.get('/services/:id', async (c) => {
    const detail = await findServiceDetail(deps, c.req.param('id'), c.req.query('version'))
    c.header('Cache-Control', CACHE)
    return c.json(detailOf(detail))
  })

  return api
}

function linksOf(id: string, version?: number) {
  const query = version === undefined ? '' : `?version=${version}`
  return {
    self: `/api/v1/services/${id}${query}`,
    html: Object.fromEntries(languages.map((l) => [l, `/${l}/services/${id}${query}`])),
  }
}

function summaryOf(v: RegulationVersion) {
  const r = v.definition
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    region: r.region,
    sector: r.sector,
    provider: r.provider.name,
    channels: r.channels,
    subServices: r.subServices.map((s) => s.kind),
    version: v.version,
    effectiveFrom: v.effectiveFrom,
    links: linksOf(r.id),
  }
}

function detailOf(d: ServiceDetail) {
  const id = d.shown.regulationId
  return {
    id,
    version: d.shown.version,
    effectiveFrom: d.shown.effectiveFrom,
    inForce: d.inForce?.id === d.shown.id,
    versionInForce: d.inForce?.version ?? null,
    versions: d.versions.map((v) => ({
      version: v.version,
      effectiveFrom: v.effectiveFrom,
      links: linksOf(id, v.version),
    })),
    fees: {
      year: d.year,
      mciTenge: d.mci?.valueTenge ?? null,
      subServices: d.fees.map((f) => ({ kind: f.kind, mci: f.mci, tenge: f.tenge ?? null })),
    },
    links: linksOf(id, d.shown.version),
    definition: d.shown.definition,
  }
}
