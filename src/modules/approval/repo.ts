/** Queries over `approval_rounds` and `approval_requests`. */
import type { Kysely, Transaction, Updateable } from 'kysely'
import type { Database } from '../../db/database.ts'
import type {
  ApprovalRequestsTable,
  NewRequestRow,
  NewRoundRow,
  RequestRow,
  RoundRow,
} from './tables.ts'

/** The database or an open transaction. */
export type Db = Kysely<Database> | Transaction<Database>

/** Inserts a round; false when this visit of the step has one already (a repeated call). */
export async function insertRound(db: Db, row: NewRoundRow): Promise<boolean> {
  const result = await db.insertInto('approval_rounds').values(row)
    .onConflict((oc) => oc.columns(['case_id', 'step_id', 'entered_at']).doNothing())
    .executeTakeFirst()
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0
}

/** Closes the case's earlier rounds that were never settled (the case left their step). */
export async function closeOpenRounds(db: Db, caseId: string, at: string): Promise<void> {
  await db.updateTable('approval_rounds').set({ closed_at: at })
    .where('case_id', '=', caseId).where('settled_at', 'is', null).where('closed_at', 'is', null)
    .execute()
}

/** A round by id. */
export function findRound(db: Db, id: string): Promise<RoundRow | undefined> {
  return db.selectFrom('approval_rounds').selectAll().where('id', '=', id).executeTakeFirst()
}

/** The open round of a case at a step (its step not completed, nor closed), the latest first. */
export function findOpenRound(db: Db, caseId: string, stepId?: string) {
  let q = db.selectFrom('approval_rounds').selectAll().where('case_id', '=', caseId)
    .where('closed_at', 'is', null).where('completed_at', 'is', null)
  if (stepId) q = q.where('step_id', '=', stepId)
  return q.orderBy('entered_at', 'desc').executeTakeFirst()
}

/** Every round of a case, oldest first. */
export function findRoundsOfCase(db: Db, caseId: string): Promise<RoundRow[]> {
  return db.selectFrom('approval_rounds').selectAll().where('case_id', '=', caseId)
    .orderBy('entered_at').execute()
}

/** Marks a round as sent, once: false when someone sent it first. */
export async function markRoundSent(db: Db, id: string, at: string, by: string): Promise<boolean> {
  const r = await db.updateTable('approval_rounds').set({ sent_at: at, sent_by: by })
    .where('id', '=', id).where('sent_at', 'is', null).where('closed_at', 'is', null)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

/** Claims the settling of a round with its outcome: true for exactly one caller. */
export async function claimSettlement(
  db: Db,
  id: string,
  outcome: 'consent' | 'objection',
  at: string,
): Promise<boolean> {
  const r = await db.updateTable('approval_rounds').set({ outcome, settled_at: at })
    .where('id', '=', id).where('settled_at', 'is', null).where('closed_at', 'is', null)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

/** Records how a settled round ended on the case: completed by approval, or moved otherwise. */
export async function finishRound(
  db: Db,
  id: string,
  patch: { completed_at: string } | { closed_at: string },
): Promise<void> {
  await db.updateTable('approval_rounds').set(patch).where('id', '=', id).execute()
}

/** Settled rounds whose step is not yet completed on the case (a retry is due). */
export function findUnfinishedRounds(db: Db, limit: number): Promise<RoundRow[]> {
  return db.selectFrom('approval_rounds').selectAll().where('settled_at', 'is not', null)
    .where('completed_at', 'is', null).where('closed_at', 'is', null)
    .orderBy('settled_at').limit(limit).execute()
}

/** Sent rounds not yet settled whose answers decide them (an objection, or nobody waiting). */
export function findDecidableRounds(db: Db, limit: number): Promise<RoundRow[]> {
  return db.selectFrom('approval_rounds as o').selectAll('o').where('o.sent_at', 'is not', null)
    .where('o.settled_at', 'is', null).where('o.closed_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb.exists(
          eb.selectFrom('approval_requests as q').select('q.id').whereRef('q.round_id', '=', 'o.id')
            .where('q.outcome', '=', 'objection').where('q.withdrawn_at', 'is', null),
        ),
        eb.not(eb.exists(
          eb.selectFrom('approval_requests as q').select('q.id').whereRef('q.round_id', '=', 'o.id')
            .where('q.outcome', 'is', null).where('q.withdrawn_at', 'is', null),
        )),
      ])
    )
    .orderBy('o.sent_at').limit(limit).execute()
}

/** Inserts a request. */
export async function insertRequest(db: Db, row: NewRequestRow): Promise<void> {
  await db.insertInto('approval_requests').values(row).execute()
}

/** A request by id. */
export function findRequest(db: Db, id: string): Promise<RequestRow | undefined> {
  return db.selectFrom('approval_requests').selectAll().where('id', '=', id).executeTakeFirst()
}

/** The requests of a round, by authority name. */
export function findRequestsOfRound(db: Db, roundId: string): Promise<RequestRow[]> {
  return db.selectFrom('approval_requests').selectAll().where('round_id', '=', roundId)
    .orderBy('authority_name_kk').execute()
}

/** The requests of a case, oldest first. */
export function findRequestsOfCase(db: Db, caseId: string): Promise<RequestRow[]> {
  return db.selectFrom('approval_requests').selectAll().where('case_id', '=', caseId)
    .orderBy('sent_at').orderBy('authority_name_kk').execute()
}

/**
 * The optimistic lock: applies `patch` and bumps the version only if the request is still at
 * `version` and not withdrawn. False means someone changed it first; nothing was written.
 */
export async function updateRequestAtVersion(
  db: Db,
  id: string,
  version: number,
  patch: Updateable<ApprovalRequestsTable>,
): Promise<boolean> {
  const r = await db.updateTable('approval_requests').set({ ...patch, version: version + 1 })
    .where('id', '=', id).where('version', '=', version).where('withdrawn_at', 'is', null)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

/** Withdraws the round's requests still waiting for an answer; returns their ids. */
export async function withdrawWaiting(
  db: Db,
  roundId: string,
  at: string,
  reason: 'objection_elsewhere' | 'case_moved',
): Promise<string[]> {
  const waiting = await db.selectFrom('approval_requests').select('id')
    .where('round_id', '=', roundId).where('outcome', 'is', null)
    .where('withdrawn_at', 'is', null).execute()
  if (!waiting.length) return []
  const ids = waiting.map((w) => w.id)
  await db.updateTable('approval_requests')
    .set((eb) => ({ withdrawn_at: at, withdraw_reason: reason, version: eb('version', '+', 1) }))
    .where('id', 'in', ids).where('outcome', 'is', null).where('withdrawn_at', 'is', null)
    .execute()
  return ids
}

/** Requests past their deadline with no answer whose silence nobody has handled yet. */
export function findSilent(db: Db, now: string, limit: number): Promise<RequestRow[]> {
  return db.selectFrom('approval_requests').selectAll().where('due_at', '<=', now)
    .where('outcome', 'is', null).where('withdrawn_at', 'is', null)
    .where('silence_at', 'is', null).orderBy('due_at').limit(limit).execute()
}

/** Claims the handling of a request's silence: true for exactly one caller. */
export async function claimSilence(db: Db, id: string, at: string): Promise<boolean> {
  const r = await db.updateTable('approval_requests').set({ silence_at: at })
    .where('id', '=', id).where('silence_at', 'is', null).where('outcome', 'is', null)
    .where('withdrawn_at', 'is', null).executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}
