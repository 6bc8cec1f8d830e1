/**
 * "The license is deemed issued from the day the deadline expires" (Zhambyl, 004 L106-108):
 * the job ends every active case of such a regulation that passed its overall deadline with no
 * signed decision, one transaction per case, records why, and hands it to issuance. The case
 * is claimed by its version, so of several instances (or an officer acting at that moment)
 * exactly one succeeds.
 */
import { newId } from '../../lib/ids.ts'
import { recordAudit } from '../audit/index.ts'
import { type CaseContext, contextOf } from './context.ts'
import { deliverPending, insertHandoff } from './handoffs.ts'
import { insertTransition, nextTransitionSeq } from './history-repo.ts'
import { updateCaseAtVersion } from './repo.ts'
import type { CaseRow } from './tables.ts'
import type { ReviewDeps } from './types.ts'

/** Ends the cases deemed issued by now; returns how many it ended. */
export async function runDeemedIssued(deps: ReviewDeps, limit = 100): Promise<number> {
  const now = deps.clock.now()
  const rows = await deps.db.kysely.selectFrom('review_cases').selectAll()
    .where('deemed_due_at', '<=', now.toISOString()).where('state', '=', 'active')
    .orderBy('deemed_due_at').limit(limit).execute()
  let ended = 0
  for (const row of rows) {
    const ctx = await contextOf(deps, row)
    if (!deemable(ctx)) continue
    if (await endAsDeemed(deps, ctx, now)) {
      ended++
      await deliverPending(deps, row.id)
    }
  }
  return ended
}

function deemable({ row, regulation }: CaseContext): boolean {
  return regulation.deemedIssued.applies && !row.signed_at && !row.paused_at
}

async function endAsDeemed(deps: ReviewDeps, ctx: CaseContext, now: Date): Promise<boolean> {
  const { row, regulation, step } = ctx
  const at = now.toISOString()
  const source = regulation.deemedIssued.source ?? null
  return await deps.db.kysely.transaction().execute(async (trx) => {
    if (!(await updateCaseAtVersion(trx, row.id, row.version, endPatch(at)))) return false
    await insertTransition(trx, {
      id: newId(),
      case_id: row.id,
      seq: await nextTransitionSeq(trx, row.id),
      step_id: step?.id ?? row.current_step_id ?? 'end',
      step_kind: step?.kind ?? row.step_kind ?? 'issue',
      role: 'system',
      actor_account_id: null,
      actor_name_kk: null,
      actor_name_ru: null,
      outcome: 'deemed_issued',
      to_step_id: 'end',
      comment: null,
      data: JSON.stringify({ reason: 'no_decision_by_deadline', dueAt: row.due_at, source }),
      norm: null,
      started_at: row.step_started_at ?? row.submitted_at,
      due_at: row.step_due_at,
      completed_at: at,
      on_time: row.step_due_at ? Number(at <= row.step_due_at) : null,
    })
    await recordAudit({ db: trx, dialect: deps.db.dialect, now }, {
      action: 'case_deemed_issued',
      entityType: 'case',
      entityId: row.id,
      actorRole: 'system',
      organizationId: row.organization_id,
      details: {
        reason: 'no_decision_by_deadline',
        dueAt: row.due_at,
        step: row.current_step_id,
        source,
      },
    })
    await insertHandoff(trx, row.id, 'deemed_issued', {
      caseId: row.id,
      number: row.number,
      dueAt: row.due_at,
      endedAt: at,
      source,
    }, now)
    return true
  })
}

function endPatch(at: string): Partial<CaseRow> {
  return {
    state: 'ended',
    status: 'deemed_issued',
    end_status: 'deemed_issued',
    current_step_id: null,
    step_role: null,
    step_kind: null,
    step_due_at: null,
    assignee_account_id: null,
    actor_key: null,
    deemed_due_at: null,
    next_alert_at: null,
    ended_at: at,
    updated_at: at,
  }
}
