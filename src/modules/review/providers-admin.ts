/**
 * The administrator's side of `review_providers`: which organisation provides each regulation's
 * service. A change applies to applications submitted after it; a registered case keeps the
 * organisation copied into it at registration, so nothing here touches `review_cases`.
 */
import { recordAudit } from '../audit/index.ts'
import { listAllRegulations, type Text } from '../catalog/index.ts'
import { listOrganizations, type OrganizationSummary } from '../identity/index.ts'
import { type Db, findProvider, inTransaction } from './repo.ts'
import type { ReviewDeps } from './types.ts'

/** The administrator making the change, for the audit trail. */
export interface AdminActor {
  readonly accountId: string
  readonly ip: string | null
  readonly requestId: string | null
}

/** One regulation and the organisation chosen to provide its service. */
export interface ProviderChoice {
  readonly regulationId: string
  readonly organizationId: string
}

/** Why a choice was refused: no such regulation, or no such organisation of kind `provider`. */
export type ProviderProblem = 'unknown_regulation' | 'unknown_organization'

/** The outcome of {@link setProviders}: how many mappings changed, or what was refused. */
export type SetProvidersResult =
  | { readonly ok: true; readonly changed: number }
  | {
    readonly ok: false
    readonly problems: ReadonlyArray<{ regulationId: string; problem: ProviderProblem }>
  }

/** A regulation of the catalog with its mapped provider, for the administration page. */
export interface ProviderSetting {
  readonly regulationId: string
  readonly code: string
  readonly name: Text
  readonly region: string
  readonly organizationId: string | undefined
}

/** Every regulation of the catalog (by code) with its provider, and the organisations to choose. */
export async function providerSettings(
  deps: Pick<ReviewDeps, 'db' | 'clock'>,
): Promise<{ regulations: ProviderSetting[]; organizations: OrganizationSummary[] }> {
  const [all, rows, organizations] = await Promise.all([
    listAllRegulations(deps),
    deps.db.kysely.selectFrom('review_providers').select(['regulation_id', 'organization_id'])
      .execute(),
    listOrganizations(deps, 'provider'),
  ])
  const mapped = new Map(rows.map((r) => [r.regulation_id, r.organization_id]))
  const regulations = all.map((versions) => {
    const r = versions.at(-1)!.definition
    const organizationId = mapped.get(r.id)
    return { regulationId: r.id, code: r.code, name: r.name, region: r.region, organizationId }
  })
  return { regulations, organizations }
}

/** Maps one regulation to a provider organisation (audited); see {@link setProviders}. */
export function setProvider(
  deps: Pick<ReviewDeps, 'db' | 'clock'>,
  choice: ProviderChoice,
  actor: AdminActor,
): Promise<SetProvidersResult> {
  return setProviders(deps, [choice], actor)
}

/**
 * Maps regulations to provider organisations, all or none: every choice is checked first, then
 * the changed ones are written with their audit entries in one transaction. A choice that keeps
 * the current organisation writes nothing.
 */
export async function setProviders(
  deps: Pick<ReviewDeps, 'db' | 'clock'>,
  choices: readonly ProviderChoice[],
  actor: AdminActor,
): Promise<SetProvidersResult> {
  const { regulations, organizations } = await providerSettings(deps)
  const known = new Set(regulations.map((r) => r.regulationId))
  const providers = new Set(organizations.map((o) => o.id))
  const problems = choices.flatMap((c) => {
    const problem: ProviderProblem | undefined = !known.has(c.regulationId)
      ? 'unknown_regulation'
      : providers.has(c.organizationId)
      ? undefined
      : 'unknown_organization'
    return problem ? [{ regulationId: c.regulationId, problem }] : []
  })
  if (problems.length) return { ok: false, problems }
  const now = deps.clock.now()
  const changed = await inTransaction(deps.db.kysely, async (trx) => {
    let count = 0
    for (const c of choices) if (await applyChoice(trx, deps.db.dialect, now, c, actor)) count++
    return count
  })
  return { ok: true, changed }
}

async function applyChoice(
  trx: Db,
  dialect: 'sqlite' | 'postgres',
  now: Date,
  choice: ProviderChoice,
  actor: AdminActor,
): Promise<boolean> {
  const previous = await findProvider(trx, choice.regulationId)
  if (previous === choice.organizationId) return false
  const row = {
    regulation_id: choice.regulationId,
    organization_id: choice.organizationId,
    created_at: now.toISOString(),
  }
  await trx.insertInto('review_providers').values(row).onConflict((oc) =>
    oc.column('regulation_id').doUpdateSet({
      organization_id: row.organization_id,
      created_at: row.created_at,
    })
  ).execute()
  await recordAudit({ db: trx, dialect, now }, {
    action: previous ? 'provider_changed' : 'provider_mapped',
    entityType: 'regulation',
    entityId: choice.regulationId,
    actorId: actor.accountId,
    actorRole: 'administrator',
    organizationId: choice.organizationId,
    ip: actor.ip,
    requestId: actor.requestId,
    details: { previous: previous ?? null, organizationId: choice.organizationId },
  })
  return true
}
