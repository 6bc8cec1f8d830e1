/**
 * Start-up: every regulation data file and every stored version must validate, or start-up
 * stops with a list of every problem (regulation, version, step). Then data-file versions not
 * yet stored are inserted, and missing MCI years seeded. A stored version is never overwritten,
 * even when its data file has changed since: cases submitted under it must keep it. Such a
 * difference is reported so that someone adds the change as a new version.
 */
import { newId } from '../../lib/ids.ts'
import type { Regulation } from './definition.ts'
import type { CatalogDeps } from './deps.ts'
import { CatalogValidationError } from './errors.ts'
import { findAllVersions, insertMciIfAbsent, insertVersionIfAbsent } from './repo.ts'
import { seedMciValues, seedRegulations } from './seeds.ts'
import { parseVersionRow } from './snapshot.ts'
import type { RegulationVersionRow } from './tables.ts'
import { validateRegulation } from './validate.ts'

/** What a sync did. */
export interface SyncReport {
  /** `regulationId@version` of the data-file versions stored now. */
  readonly inserted: string[]
  /** Data-file versions whose stored definition differs from the file (the stored one stays). */
  readonly differing: string[]
}

/** Validates the data files and the stored versions, then stores what is missing. */
export async function syncCatalog(
  deps: CatalogDeps,
  seeds: readonly unknown[] = seedRegulations,
): Promise<SyncReport> {
  const rows = await findAllVersions(deps.db.kysely)
  const regulations = validateAll(seeds, rows)
  const stored = new Map(rows.map((r) => [`${r.regulation_id}@${r.version}`, r.definition]))
  const now = deps.clock.now().toISOString()
  const report: SyncReport = { inserted: [], differing: [] }
  await deps.db.kysely.transaction().execute(async (trx) => {
    for (const r of regulations) {
      const key = `${r.id}@${r.version}`
      const json = JSON.stringify(r)
      const existing = stored.get(key)
      if (existing !== undefined) {
        if (existing !== json) report.differing.push(key)
        continue
      }
      const row = {
        id: newId(),
        regulation_id: r.id,
        version: r.version,
        effective_from: r.effectiveFrom,
        definition: json,
        created_at: now,
        created_by: null,
      }
      if (await insertVersionIfAbsent(trx, row)) report.inserted.push(key)
    }
    for (const m of seedMciValues) {
      await insertMciIfAbsent(trx, {
        year: m.year,
        value_tenge: m.valueTenge,
        updated_at: now,
        updated_by: null,
      })
    }
  })
  return report
}

/** The validated data files; throws listing every problem of the files and of the rows. */
function validateAll(
  seeds: readonly unknown[],
  rows: readonly RegulationVersionRow[],
): Regulation[] {
  const problems: string[] = []
  const regulations: Regulation[] = []
  const seen = new Set<string>()
  for (const seed of seeds) {
    const result = validateRegulation(seed)
    if (!result.ok) {
      problems.push(...result.errors.map((e) => `data file: ${e}`))
      continue
    }
    const key = `${result.value.id}@${result.value.version}`
    if (seen.has(key)) {
      problems.push(
        `data file: regulation "${result.value.id}" version ${result.value.version} appears twice`,
      )
    }
    seen.add(key)
    regulations.push(result.value)
  }
  for (const row of rows) {
    const parsed = parseVersionRow(row)
    if (!parsed.ok) problems.push(...parsed.errors.map((e) => `database: ${e}`))
  }
  if (problems.length) throw new CatalogValidationError(problems)
  return regulations
}
