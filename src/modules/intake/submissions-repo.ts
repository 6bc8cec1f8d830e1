/** Queries over `intake_submissions`, `intake_number_sequences` and `intake_status_attempts`. */
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/database.ts'

type Db = Kysely<Database> | Transaction<Database>

/**
 * Claims a send form's key. On PostgreSQL a concurrent claim of the same key waits for the
 * first transaction and then finds the row taken; answers false when the key was taken.
 */
export async function claimSubmissionKey(
  db: Db,
  row: { key: string; application_id: string; created_at: string },
): Promise<boolean> {
  const inserted = await db.insertInto('intake_submissions').values(row)
    .onConflict((oc) => oc.column('key').doNothing()).returning('key').executeTakeFirst()
  return inserted !== undefined
}

/** The application a send form's key submitted, if any. */
export async function findSubmission(
  db: Db,
  key: string,
): Promise<{ application_id: string } | undefined> {
  return await db.selectFrom('intake_submissions').select('application_id').where('key', '=', key)
    .executeTakeFirst()
}

/** The next number in a region's sequence for a year, counted in the caller's transaction. */
export async function nextSequence(db: Db, region: string, year: number): Promise<number> {
  await db.insertInto('intake_number_sequences').values({ region, year, last: 0 })
    .onConflict((oc) => oc.columns(['region', 'year']).doNothing()).execute()
  const row = await db.updateTable('intake_number_sequences')
    .set((eb) => ({ last: eb('last', '+', 1) }))
    .where('region', '=', region).where('year', '=', year)
    .returning('last').executeTakeFirstOrThrow()
  return Number(row.last)
}

/** Counts one status look-up from an address in a window; answers the count so far. */
export async function countStatusAttempt(
  db: Db,
  address: string,
  windowStart: string,
): Promise<number> {
  const row = await db.insertInto('intake_status_attempts')
    .values({ address, window_start: windowStart, count: 1 })
    .onConflict((oc) =>
      oc.columns(['address', 'window_start']).doUpdateSet((eb) => ({
        count: eb('intake_status_attempts.count', '+', 1),
      }))
    )
    .returning('count').executeTakeFirstOrThrow()
  return Number(row.count)
}

/** Forgets look-up counts of windows that ended before `before`. */
export async function deleteStatusAttemptsBefore(db: Db, before: string): Promise<void> {
  await db.deleteFrom('intake_status_attempts').where('window_start', '<', before).execute()
}
