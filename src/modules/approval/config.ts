/**
 * Configuration of approvals: which organisation is the interested authority of a kind in a
 * region (the regulation names a kind, e.g. the consumer-protection agency's territorial unit),
 * and per route what silence means and whether the executor may choose the authorities.
 */
import { recordAudit } from '../audit/index.ts'
import { findPolicy, insertAuthorityRouteIfAbsent, insertPolicyIfAbsent } from './config-repo.ts'
import { listOrganizations } from '../identity/index.ts'
import type { ApprovalDeps, Authority } from './types.ts'

/** What silence means and who picks the authorities, for one route. */
export interface ApprovalPolicy {
  /** `wait`: notify and escalate, the step waits; `deemed_agreed`: silence is consent. */
  readonly silence: 'wait' | 'deemed_agreed'
  /** `mapped`: the route's mapped authorities; `executor`: the executor may choose others. */
  readonly authorityChoice: 'mapped' | 'executor'
  readonly source: string | null
}

/** The policy when a route has none configured: wait and escalate, mapped authorities only. */
export const defaultPolicy: ApprovalPolicy = {
  silence: 'wait',
  authorityChoice: 'mapped',
  source: null,
}

/** The policy of a route. */
export async function policyOf(
  deps: Pick<ApprovalDeps, 'db'>,
  regulationId: string,
  subService: string,
): Promise<ApprovalPolicy> {
  const row = await findPolicy(deps.db.kysely, regulationId, subService)
  if (!row) return defaultPolicy
  return { silence: row.silence, authorityChoice: row.authority_choice, source: row.source }
}

/** The organisations that can be asked. */
export function authorityOrganizations(deps: ApprovalDeps): Promise<Authority[]> {
  return deps.authorities?.() ?? listOrganizations(deps, 'authority')
}

/** One row of the routing table. */
export interface AuthorityRoute {
  readonly kind: string
  readonly region: string
  readonly organizationId: string
}

/** One route's policy, as configured. */
export interface RoutePolicy extends ApprovalPolicy {
  readonly regulationId: string
  readonly subService: string
}

/** The demo: Aktobe's consumer-protection unit approves Aktobe grain licenses (SERVICES.md §2.1). */
export const demoAuthorityRoutes: readonly AuthorityRoute[] = [
  {
    kind: 'consumer-protection',
    region: 'aktobe',
    organizationId: 'org-aktobe-consumer-protection',
  },
]

/** The demo policy: wait and escalate; "territorial units" lets the executor pick the unit. */
export const demoPolicies: readonly RoutePolicy[] = [
  {
    regulationId: 'aktobe-grain-license',
    subService: 'issue',
    silence: 'wait',
    authorityChoice: 'executor',
    source: '000 L105-116',
  },
]

/** Adds routing rows and policies that are not configured yet (audited); returns how many. */
export async function configureApprovals(
  deps: Pick<ApprovalDeps, 'db' | 'clock'>,
  input: { routes: readonly AuthorityRoute[]; policies: readonly RoutePolicy[] },
): Promise<number> {
  const now = deps.clock.now()
  const at = now.toISOString()
  return await deps.db.kysely.transaction().execute(async (trx) => {
    const audit = { db: trx, dialect: deps.db.dialect, now }
    let added = 0
    for (const r of input.routes) {
      const row = {
        kind: r.kind,
        region: r.region,
        organization_id: r.organizationId,
        created_at: at,
      }
      if (!(await insertAuthorityRouteIfAbsent(trx, row))) continue
      added++
      await recordAudit(audit, {
        action: 'approval_authority_mapped',
        entityType: 'approval_authority_route',
        entityId: `${r.kind}:${r.region}`,
        actorRole: 'system',
        details: { ...r },
      })
    }
    for (const p of input.policies) {
      const row = {
        regulation_id: p.regulationId,
        sub_service: p.subService,
        silence: p.silence,
        authority_choice: p.authorityChoice,
        source: p.source,
        created_at: at,
      }
      if (!(await insertPolicyIfAbsent(trx, row))) continue
      added++
      await recordAudit(audit, {
        action: 'approval_policy_set',
        entityType: 'approval_policy',
        entityId: `${p.regulationId}:${p.subService}`,
        actorRole: 'system',
        details: { ...p },
      })
    }
    return added
  })
}

/** Loads the demo routing and policy unless present; returns how many rows it added. */
export function loadApprovalDemo(deps: Pick<ApprovalDeps, 'db' | 'clock'>): Promise<number> {
  return configureApprovals(deps, { routes: demoAuthorityRoutes, policies: demoPolicies })
}
