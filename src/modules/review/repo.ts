/** Queries over `review_cases`, `review_case_terms` and `review_providers`. */
import type { Kysely, Transaction, Updateable } from 'kysely'
import type { Database } from '../../db/database.ts'
import type { CaseRow, NewCaseRow, ReviewCasesTable } from './tables.ts'

/** The database or an open transaction. */
export type Db = Kysely<Database> | Transaction<Database>

/**
 * Runs `fn` in a transaction: a new one, or the caller's when `db` already is one (intake hands
 * a case over inside its own transaction, and SQLite has a single connection).
 */
export function inTransaction<T>(
  db: Kysely<Database>,
  fn: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn)
}

/** The organisation that provides a regulation's service, if mapped. */
export async function findProvider(db: Db, regulationId: string): Promise<string | undefined> {
  const row = await db.selectFrom('review_providers').select('organization_id')
    .where('regulation_id', '=', regulationId).executeTakeFirst()
  return row?.organization_id
}

/** Maps a regulation to its provider unless it is mapped already; true when inserted. */
export async function insertProviderIfAbsent(
  db: Db,
  row: { regulation_id: string; organization_id: string; created_at: string },
): Promise<boolean> {
  const result = await db.insertInto('review_providers').values(row)
    .onConflict((oc) => oc.column('regulation_id').doNothing()).returning('regulation_id')
    .executeTakeFirst()
  return result !== undefined
}

/** Regulation ids an organisation provides. */
export async function findRegulationsOf(db: Db, organizationId: string): Promise<string[]> {
  const rows = await db.selectFrom('review_providers').select('regulation_id')
    .where('organization_id', '=', organizationId).orderBy('regulation_id').execute()
  return rows.map((r) => r.regulation_id)
}

/** A case by id. */
export function findCase(db: Db, id: string): Promise<CaseRow | undefined> {
  return db.selectFrom('review_cases').selectAll().where('id', '=', id).executeTakeFirst()
}

/** Cases by id (for the cabinet's progress list). */
export function findCases(db: Db, ids: readonly string[]): Promise<CaseRow[]> {
  if (ids.length === 0) return Promise.resolve([])
  return db.selectFrom('review_cases').selectAll().where('id', 'in', [...ids]).execute()
}

/** Inserts a case; false when a case with that id exists (a repeated hand-off). */
export async function insertCase(db: Db, row: NewCaseRow): Promise<boolean> {
  const result = await db.insertInto('review_cases').values(row)
    .onConflict((oc) => oc.column('id').doNothing()).returning('id').executeTakeFirst()
  return result !== undefined
}

/** Inserts the search terms of a case. */
export async function insertTerms(
  db: Db,
  organizationId: string,
  caseId: string,
  terms: readonly string[],
): Promise<void> {
  if (terms.length === 0) return
  await db.insertInto('review_case_terms')
    .values(terms.map((term) => ({ organization_id: organizationId, term, case_id: caseId })))
    .onConflict((oc) => oc.doNothing()).execute()
}

/**
 * The optimistic lock: applies `patch` and bumps the version only if the case is still at
 * `version`. False means someone else changed it first; nothing was written.
 */
export async function updateCaseAtVersion(
  db: Db,
  id: string,
  version: number,
  patch: Updateable<ReviewCasesTable>,
): Promise<boolean> {
  const result = await db.updateTable('review_cases').set({ ...patch, version: version + 1 })
    .where('id', '=', id).where('version', '=', version).executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}
