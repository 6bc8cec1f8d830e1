/**
 * Adding a version of a regulation. The new version gets the next number and the effective
 * date the administrator chose; its definition's own `id` must name the same regulation, while
 * its `version` and `effectiveFrom` are overwritten (a copy of the previous version carries the
 * previous ones). A past effective date is allowed: cases keep the version id they were
 * submitted under, so only applications submitted from now on can use the new version.
 */
import { z } from 'zod'
import { recordAudit } from '../audit/index.ts'
import { newId } from '../../lib/ids.ts'
import { NotFoundError } from '../../lib/errors.ts'
import type { Regulation } from './definition.ts'
import type { CatalogDeps } from './deps.ts'
import type { CatalogActor } from './mci.ts'
import { findMaxVersion, insertVersionIfAbsent } from './repo.ts'
import { listRegulationVersions } from './service.ts'
import type { RegulationVersion } from './snapshot.ts'
import { validateRegulation } from './validate.ts'

/** What to add. `definition` is the parsed JSON, not yet validated. */
export interface NewRegulationVersion extends CatalogActor {
  readonly regulationId: string
  readonly effectiveFrom: string
  readonly definition: unknown
}

/** The stored version, or every problem found (nothing is stored then). */
export type AddVersionResult =
  | { ok: true; value: RegulationVersion }
  | { ok: false; errors: string[] }

const ATTEMPTS = 5

/** Validates and stores the next version; throws NotFoundError for an unknown regulation. */
export async function addRegulationVersion(
  deps: CatalogDeps,
  input: NewRegulationVersion,
): Promise<AddVersionResult> {
  if ((await listRegulationVersions(deps, input.regulationId)).length === 0) {
    throw new NotFoundError(`Unknown regulation "${input.regulationId}"`)
  }
  const errors = inputErrors(input)
  if (errors.length) return { ok: false, errors }
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const result = await deps.db.kysely.transaction().execute((trx) => tryInsert(deps, trx, input))
    if (result) return result
  }
  throw new Error(
    `Could not number a new version of "${input.regulationId}": too many concurrent saves`,
  )
}

function inputErrors(input: NewRegulationVersion): string[] {
  const errors: string[] = []
  if (!z.iso.date().safeParse(input.effectiveFrom).success) {
    errors.push(`effectiveFrom "${input.effectiveFrom}" is not a date as YYYY-MM-DD`)
  }
  const def = input.definition
  if (!def || typeof def !== 'object' || Array.isArray(def)) {
    errors.push('the definition must be a JSON object')
  } else if ('id' in def && def.id !== input.regulationId) {
    errors.push(`the definition is for regulation "${String(def.id)}", not "${input.regulationId}"`)
  }
  return errors
}

async function tryInsert(
  deps: CatalogDeps,
  trx: Parameters<typeof findMaxVersion>[0],
  input: NewRegulationVersion,
): Promise<AddVersionResult | undefined> {
  const version = (await findMaxVersion(trx, input.regulationId)) + 1
  const candidate = {
    ...(input.definition as object),
    id: input.regulationId,
    version,
    effectiveFrom: input.effectiveFrom,
  }
  const checked = validateRegulation(candidate)
  if (!checked.ok) return checked
  const now = deps.clock.now()
  const row = {
    id: newId(),
    regulation_id: input.regulationId,
    version,
    effective_from: input.effectiveFrom,
    definition: JSON.stringify(checked.value),
    created_at: now.toISOString(),
    created_by: input.actorId,
  }
  if (!(await insertVersionIfAbsent(trx, row))) return undefined
  await recordAudit({ db: trx, dialect: deps.db.dialect, now }, {
    action: 'catalog.version.add',
    entityType: 'catalog_regulation_version',
    entityId: row.id,
    actorId: input.actorId,
    actorRole: 'administrator',
    ip: input.ip ?? null,
    requestId: input.requestId ?? null,
    details: { regulationId: input.regulationId, version, effectiveFrom: input.effectiveFrom },
  })
  return { ok: true, value: toVersion(row, checked.value) }
}

function toVersion(
  row: { id: string; created_at: string; created_by: string | null },
  def: Regulation,
): RegulationVersion {
  return {
    id: row.id,
    regulationId: def.id,
    version: def.version,
    effectiveFrom: def.effectiveFrom,
    createdAt: row.created_at,
    createdBy: row.created_by,
    definition: def,
  }
}
