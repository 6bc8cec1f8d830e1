/**
 * All regulation versions, parsed once and kept in memory per database. Every read first asks
 * the database for a cheap signature (row count and newest `created_at`); rows are only ever
 * added, so an unchanged signature means the cached versions are current, and a version added
 * by another instance is seen on the next request.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/database.ts'
import type { Regulation } from './definition.ts'
import type { CatalogDeps } from './deps.ts'
import { CatalogValidationError } from './errors.ts'
import { findAllVersions, findVersionSignature } from './repo.ts'
import { searchableText } from './search.ts'
import type { RegulationVersionRow } from './tables.ts'
import { validateRegulation } from './validate.ts'

/** One stored version of a regulation with its validated definition. */
export interface RegulationVersion {
  /** The row id; a case stores it and keeps this version to the end. */
  readonly id: string
  readonly regulationId: string
  readonly version: number
  /** ISO date from which new applications use this version. */
  readonly effectiveFrom: string
  readonly createdAt: string
  readonly createdBy: string | null
  readonly definition: Regulation
}

/** The parsed catalog at one moment. */
export interface Snapshot {
  readonly signature: string
  readonly byId: ReadonlyMap<string, RegulationVersion>
  /** Versions of each regulation, by ascending version number. */
  readonly byRegulation: ReadonlyMap<string, readonly RegulationVersion[]>
  /** Normalized names, provider and code of each version, for search. */
  readonly searchText: ReadonlyMap<string, string>
}

const cache = new WeakMap<Kysely<Database>, Snapshot>()

/** The current snapshot, reloaded when another version has been stored since the last one. */
export async function loadSnapshot(deps: CatalogDeps): Promise<Snapshot> {
  const db = deps.db.kysely
  const signature = await findVersionSignature(db)
  const cached = cache.get(db)
  if (cached?.signature === signature) return cached
  const fresh = buildSnapshot(signature, await findAllVersions(db))
  cache.set(db, fresh)
  return fresh
}

/** Parses every row; throws one error listing every broken version. */
export function buildSnapshot(signature: string, rows: readonly RegulationVersionRow[]): Snapshot {
  const byId = new Map<string, RegulationVersion>()
  const byRegulation = new Map<string, RegulationVersion[]>()
  const searchText = new Map<string, string>()
  const problems: string[] = []
  for (const row of rows) {
    const parsed = parseVersionRow(row)
    if (!parsed.ok) {
      problems.push(...parsed.errors)
      continue
    }
    byId.set(row.id, parsed.value)
    byRegulation.set(row.regulation_id, [
      ...(byRegulation.get(row.regulation_id) ?? []),
      parsed.value,
    ])
    searchText.set(row.id, searchableText(parsed.value.definition))
  }
  if (problems.length) throw new CatalogValidationError(problems)
  for (const list of byRegulation.values()) list.sort((a, b) => a.version - b.version)
  return { signature, byId, byRegulation, searchText }
}

/** A stored row as a version: its JSON must be a valid regulation matching the row's columns. */
export function parseVersionRow(
  row: RegulationVersionRow,
): { ok: true; value: RegulationVersion } | { ok: false; errors: string[] } {
  const label = `regulation "${row.regulation_id}" version ${row.version} (stored row ${row.id})`
  let raw: unknown
  try {
    raw = JSON.parse(row.definition)
  } catch (error) {
    return { ok: false, errors: [`${label}: the definition is not JSON: ${String(error)}`] }
  }
  const result = validateRegulation(raw)
  if (!result.ok) return result
  const def = result.value
  const mismatch = (
    [['id', def.id, row.regulation_id], ['version', def.version, row.version], [
      'effectiveFrom',
      def.effectiveFrom,
      row.effective_from,
    ]] as const
  ).filter(([, a, b]) => a !== b).map(([k, a, b]) => `${label}: ${k} "${a}" differs from "${b}"`)
  if (mismatch.length) return { ok: false, errors: mismatch }
  return { ok: true, value: toVersion(row, def) }
}

function toVersion(row: RegulationVersionRow, definition: Regulation): RegulationVersion {
  return {
    id: row.id,
    regulationId: row.regulation_id,
    version: row.version,
    effectiveFrom: row.effective_from,
    createdAt: row.created_at,
    createdBy: row.created_by,
    definition,
  }
}
