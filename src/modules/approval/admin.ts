/**
 * The administrator's side of approval configuration: the routing table (a kind of interested
 * authority in a region → an organisation of kind `authority`) and each route's policy (what
 * silence means, who chooses the authorities). Every change is audited in its transaction; a
 * round already open keeps the authorities it was sent to.
 */
import { recordAudit } from '../audit/index.ts'
import { listAllRegulations, type Regulation, type Text } from '../catalog/index.ts'
import { listOrganizations, type OrganizationSummary } from '../identity/index.ts'
import { type ApprovalPolicy, type AuthorityRoute, defaultPolicy } from './config.ts'
import type { Db } from './repo.ts'
import type { PolicyRow } from './tables.ts'
import type { ApprovalDeps } from './types.ts'

/** The administrator making the change, for the audit trail. */
export interface AdminActor {
  readonly accountId: string
  readonly ip: string | null
  readonly requestId: string | null
}

/** A route (regulation and sub-service) with an approval step, and its policy now. */
export interface PolicyRoute {
  readonly regulationId: string
  readonly code: string
  readonly regulation: Text
  readonly region: string
  readonly subService: string
  readonly subServiceName: Text
  readonly policy: ApprovalPolicy
}

/** Everything the administration page shows and checks against. */
export interface ApprovalSettings {
  /** The routing table as configured, by kind and region. */
  readonly routes: readonly AuthorityRoute[]
  /** Kinds the catalog's regulations name, with the regions they are needed in. */
  readonly kinds: ReadonlyArray<{ kind: string; name: Text; regions: readonly string[] }>
  /** Regions of the catalog's regulations. */
  readonly regions: readonly string[]
  readonly authorities: readonly OrganizationSummary[]
  readonly policies: readonly PolicyRoute[]
}

type Deps = Pick<ApprovalDeps, 'db' | 'clock'>

/** Reads the routing table, the policies of every route with an approval step, and the choices. */
export async function approvalSettings(deps: Deps): Promise<ApprovalSettings> {
  const [all, routes, policies, authorities] = await Promise.all([
    listAllRegulations(deps),
    deps.db.kysely.selectFrom('approval_authority_routes').selectAll().orderBy('kind')
      .orderBy('region').execute(),
    deps.db.kysely.selectFrom('approval_policies').selectAll().execute(),
    listOrganizations(deps, 'authority'),
  ])
  // Every version counts: an older one still in force may name a kind or a step the latest lacks.
  const definitions = all.flatMap((versions) => versions.map((v) => v.definition))
  return {
    routes: routes.map((r) => ({
      kind: r.kind,
      region: r.region,
      organizationId: r.organization_id,
    })),
    kinds: kindsOf(definitions),
    regions: [...new Set(all.map((v) => v.at(-1)!.definition.region))].sort(),
    authorities,
    policies: policyRoutes(definitions, policies),
  }
}

function kindsOf(definitions: readonly Regulation[]): ApprovalSettings['kinds'] {
  const kinds = new Map<string, { kind: string; name: Text; regions: Set<string> }>()
  for (const r of definitions) {
    for (const a of r.interestedAuthorities) {
      const entry = kinds.get(a.kind) ?? { kind: a.kind, name: a.name, regions: new Set() }
      kinds.set(a.kind, { ...entry, name: a.name, regions: entry.regions.add(r.region) })
    }
  }
  return [...kinds.values()].map((k) => ({ ...k, regions: [...k.regions].sort() }))
}

function policyRoutes(definitions: readonly Regulation[], rows: readonly PolicyRow[]) {
  const out = new Map<string, PolicyRoute>()
  for (const r of definitions) {
    for (const s of r.subServices.filter((s) => s.route.steps.some((x) => x.kind === 'approval'))) {
      const row = rows.find((p) => p.regulation_id === r.id && p.sub_service === s.kind)
      out.set(`${r.id}:${s.kind}`, {
        regulationId: r.id,
        code: r.code,
        regulation: r.name,
        region: r.region,
        subService: s.kind,
        subServiceName: s.name,
        policy: row
          ? { silence: row.silence, authorityChoice: row.authority_choice, source: row.source }
          : defaultPolicy,
      })
    }
  }
  return [...out.values()]
}

/** Why a routing row was refused. */
export type RouteProblem = 'unknown_kind' | 'unknown_region' | 'unknown_organization'

/** Adds or replaces one row of the routing table; `changed` is false when it was already so. */
export async function setAuthorityRoute(
  deps: Deps,
  route: AuthorityRoute,
  actor: AdminActor,
): Promise<{ ok: true; changed: boolean } | { ok: false; problems: RouteProblem[] }> {
  const settings = await approvalSettings(deps)
  const problems: RouteProblem[] = [
    ...(settings.kinds.some((k) => k.kind === route.kind) ? [] : ['unknown_kind' as const]),
    ...(settings.regions.includes(route.region) ? [] : ['unknown_region' as const]),
    ...(settings.authorities.some((a) => a.id === route.organizationId)
      ? []
      : ['unknown_organization' as const]),
  ]
  if (problems.length) return { ok: false, problems }
  const now = deps.clock.now()
  const changed = await deps.db.kysely.transaction().execute(async (trx) => {
    const previous = await trx.selectFrom('approval_authority_routes').select('organization_id')
      .where('kind', '=', route.kind).where('region', '=', route.region).executeTakeFirst()
    if (previous?.organization_id === route.organizationId) return false
    const row = { organization_id: route.organizationId, created_at: now.toISOString() }
    await trx.insertInto('approval_authority_routes')
      .values({ kind: route.kind, region: route.region, ...row })
      .onConflict((oc) => oc.columns(['kind', 'region']).doUpdateSet(row)).execute()
    await audit(deps, trx, now, actor, {
      action: previous ? 'approval_authority_changed' : 'approval_authority_mapped',
      entityType: 'approval_authority_route',
      entityId: `${route.kind}:${route.region}`,
      details: { ...route, previous: previous?.organization_id ?? null },
    })
    return true
  })
  return { ok: true, changed }
}

/** The policy an administrator chose for one route. */
export interface PolicyChoice {
  readonly regulationId: string
  readonly subService: string
  readonly silence: ApprovalPolicy['silence']
  readonly authorityChoice: ApprovalPolicy['authorityChoice']
}

/**
 * Sets the policies of routes with an approval step, all or none. A changed policy loses its
 * `source`: the legal text cited no longer says what the administrator chose.
 */
export async function setPolicies(
  deps: Deps,
  choices: readonly PolicyChoice[],
  actor: AdminActor,
): Promise<{ ok: true; changed: number } | { ok: false; unknown: PolicyChoice[] }> {
  const { policies } = await approvalSettings(deps)
  const current = new Map(policies.map((p) => [`${p.regulationId}:${p.subService}`, p.policy]))
  const unknown = choices.filter((c) => !current.has(`${c.regulationId}:${c.subService}`))
  if (unknown.length) return { ok: false, unknown }
  const now = deps.clock.now()
  const changed = choices.filter((c) => {
    const p = current.get(`${c.regulationId}:${c.subService}`)!
    return p.silence !== c.silence || p.authorityChoice !== c.authorityChoice
  })
  await deps.db.kysely.transaction().execute(async (trx) => {
    for (const c of changed) {
      const previous = current.get(`${c.regulationId}:${c.subService}`)!
      await writePolicy(deps, trx, now, c, actor, previous)
    }
  })
  return { ok: true, changed: changed.length }
}

async function writePolicy(
  deps: Deps,
  trx: Db,
  now: Date,
  c: PolicyChoice,
  actor: AdminActor,
  previous: ApprovalPolicy,
) {
  const values = {
    silence: c.silence,
    authority_choice: c.authorityChoice,
    source: null,
    created_at: now.toISOString(),
  }
  await trx.insertInto('approval_policies')
    .values({ regulation_id: c.regulationId, sub_service: c.subService, ...values })
    .onConflict((oc) => oc.columns(['regulation_id', 'sub_service']).doUpdateSet(values))
    .execute()
  await audit(deps, trx, now, actor, {
    action: 'approval_policy_set',
    entityType: 'approval_policy',
    entityId: `${c.regulationId}:${c.subService}`,
    details: { ...c, previous },
  })
}

function audit(
  deps: Deps,
  trx: Db,
  now: Date,
  actor: AdminActor,
  event: { action: string; entityType: string; entityId: string; details: object },
) {
  return recordAudit({ db: trx, dialect: deps.db.dialect, now }, {
    ...event,
    details: { ...event.details },
    actorId: actor.accountId,
    actorRole: 'administrator',
    ip: actor.ip,
    requestId: actor.requestId,
  })
}
