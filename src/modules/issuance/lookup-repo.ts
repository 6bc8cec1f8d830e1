/** Queries over `issuance_lookup_counts`. */
import type { Db } from './repo.ts'

/** Counts one look-up of a client in a window; returns the count so far, this one included. */
export async function countLookup(db: Db, client: string, windowStart: string): Promise<number> {
  const row = await db.insertInto('issuance_lookup_counts')
    .values({ client, window_start: windowStart, count: 1 })
    .onConflict((oc) =>
      oc.columns(['client', 'window_start']).doUpdateSet((eb) => ({
        count: eb('issuance_lookup_counts.count', '+', 1),
      }))
    )
    .returning('count').executeTakeFirstOrThrow()
  return Number(row.count)
}

/** Forgets the counts of windows that started before `before`; returns how many. */
export async function deleteLookupsBefore(db: Db, before: string): Promise<number> {
  const result = await db.deleteFrom('issuance_lookup_counts').where('window_start', '<', before)
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}
