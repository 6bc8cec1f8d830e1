/** Test set-up shared by the catalog's database tests: a migrated, synced database. */
import type { Db } from '../../db/connect.ts'
import { fixedClock } from '../../lib/clock.ts'
import type { CatalogDeps } from './deps.ts'
import { syncCatalog } from './sync.ts'

/** Catalog deps over `db` with a fixed clock, the 13 data files already stored. */
export async function syncedDeps(
  db: Db,
  now = '2026-03-02T05:00:00Z',
): Promise<CatalogDeps & { clock: ReturnType<typeof fixedClock> }> {
  const deps = { db, clock: fixedClock(now) }
  await syncCatalog(deps)
  return deps
}

/** A deep copy of a data file or definition, to break in a test. */
export function copyOf<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}
