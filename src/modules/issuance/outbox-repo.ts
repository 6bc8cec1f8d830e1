/** Queries over `issuance_outbox`. */
import type { Insertable } from 'kysely'
import type { Db } from './repo.ts'
import type { OutboxRow, OutboxTable } from './tables.ts'

/** Adds a message to send. */
export async function insertOutbox(db: Db, row: Insertable<OutboxTable>): Promise<void> {
  await db.insertInto('issuance_outbox').values(row).execute()
}

/** Unsent messages due by `now` and not held by another sender, oldest first. */
export function findDueOutbox(db: Db, now: string, limit: number): Promise<OutboxRow[]> {
  return db.selectFrom('issuance_outbox').selectAll()
    .where('sent_at', 'is', null).where('next_attempt_at', '<=', now)
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
    .orderBy('next_attempt_at').orderBy('id').limit(limit).execute()
}

/**
 * Holds a message for one sender until `until`: only if nobody has claimed it since it was
 * read (the attempt count is the guard). True when this sender holds it.
 */
export async function claimOutbox(db: Db, row: OutboxRow, until: string): Promise<boolean> {
  const result = await db.updateTable('issuance_outbox')
    .set({ claimed_until: until, attempts: row.attempts + 1 })
    .where('id', '=', row.id).where('attempts', '=', row.attempts).where('sent_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** Records that a message was accepted by the mail server. */
export async function markOutboxSent(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('issuance_outbox').set({
    sent_at: at,
    claimed_until: null,
    last_error: null,
  })
    .where('id', '=', id).execute()
}

/** Records a failed attempt and when to try again. */
export async function markOutboxFailed(
  db: Db,
  id: string,
  input: { error: string; retryAt: string },
): Promise<void> {
  await db.updateTable('issuance_outbox')
    .set({
      claimed_until: null,
      last_error: input.error.slice(0, 500),
      next_attempt_at: input.retryAt,
    })
    .where('id', '=', id).execute()
}

/** The newest messages, sent or not, for the administrators' page. */
export function findOutbox(
  db: Db,
  input: { unsentOnly: boolean; limit: number; offset: number },
): Promise<OutboxRow[]> {
  let q = db.selectFrom('issuance_outbox').selectAll()
  if (input.unsentOnly) q = q.where('sent_at', 'is', null)
  return q.orderBy('created_at', 'desc').orderBy('id').limit(input.limit).offset(input.offset)
    .execute()
}
