/**
 * Hand-offs forward (a signed decision, a license deemed issued) are rows first, written in
 * the transaction of the change, then delivered to the callback wired in `src/app.ts`. Until
 * a callback is wired, or while it fails, the row stays pending and the job retries it, so
 * nothing handed forward is lost; a claim (an atomic update) keeps two instances from
 * delivering the same row at once.
 */
import { newId } from '../../lib/ids.ts'
import type { Db } from './repo.ts'
import type { HandoffRow } from './tables.ts'
import type { DecisionSigned, DeemedIssued, ReviewDeps } from './types.ts'

const CLAIM_MS = 60_000

/** Records a hand-off to deliver. */
export async function insertHandoff(
  db: Db,
  caseId: string,
  kind: HandoffRow['kind'],
  payload: DecisionSigned | DeemedIssued,
  now: Date,
): Promise<void> {
  await db.insertInto('review_handoffs').values({
    id: newId(),
    case_id: caseId,
    kind,
    payload: JSON.stringify(payload),
    created_at: now.toISOString(),
    claimed_until: null,
    attempts: 0,
    last_error: null,
    delivered_at: null,
  }).execute()
}

/** Delivers the pending hand-offs of one case, or of every case; returns how many were delivered. */
export async function deliverPending(deps: ReviewDeps, caseId?: string): Promise<number> {
  const kinds = wiredKinds(deps)
  if (kinds.length === 0) return 0
  const now = deps.clock.now().toISOString()
  let q = deps.db.kysely.selectFrom('review_handoffs').selectAll()
    .where('delivered_at', 'is', null).where('kind', 'in', kinds)
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
  if (caseId) q = q.where('case_id', '=', caseId)
  let delivered = 0
  for (const row of await q.orderBy('created_at').limit(50).execute()) {
    if (await deliver(deps, row)) delivered++
  }
  return delivered
}

/** Hand-offs not delivered yet, oldest first (for the case page and the operators). */
export function findPendingHandoffs(db: Db, caseId: string): Promise<HandoffRow[]> {
  return db.selectFrom('review_handoffs').selectAll().where('case_id', '=', caseId)
    .where('delivered_at', 'is', null).orderBy('created_at').execute()
}

function wiredKinds(deps: ReviewDeps): HandoffRow['kind'][] {
  const kinds: HandoffRow['kind'][] = []
  if (deps.onDecisionSigned) kinds.push('decision_signed')
  if (deps.onDeemedIssued) kinds.push('deemed_issued')
  return kinds
}

async function deliver(deps: ReviewDeps, row: HandoffRow): Promise<boolean> {
  const db = deps.db.kysely
  const now = deps.clock.now()
  const claimed = await db.updateTable('review_handoffs')
    .set({
      claimed_until: new Date(now.getTime() + CLAIM_MS).toISOString(),
      attempts: row.attempts + 1,
    })
    .where('id', '=', row.id).where('delivered_at', 'is', null).where('attempts', '=', row.attempts)
    .executeTakeFirst()
  if (Number(claimed.numUpdatedRows) !== 1) return false
  try {
    const payload = JSON.parse(row.payload)
    if (row.kind === 'decision_signed') await deps.onDecisionSigned?.(payload)
    else await deps.onDeemedIssued?.(payload)
    await db.updateTable('review_handoffs').set({ delivered_at: deps.clock.now().toISOString() })
      .where('id', '=', row.id).execute()
    return true
  } catch (error) {
    deps.logger?.error('hand-off failed', { handoff: row.id, kind: row.kind, error })
    await db.updateTable('review_handoffs').set({ last_error: String(error).slice(0, 500) })
      .where('id', '=', row.id).execute()
    return false
  }
}
