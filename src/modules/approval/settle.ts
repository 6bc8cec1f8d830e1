/**
 * Settling a round and completing the approval step through review. An objection decides at
 * once (the requests still waiting are withdrawn); consent needs every request consented or
 * deemed agreed. Exactly one caller claims the settling (a conditional update, with its audit
 * entry); the step is then completed by review's `completeStep` (its own transaction, optimistic
 * lock and audit entry). If that cannot happen now (the case is paused, or moved under us) the
 * silence job retries; a case that left the step some other way closes the round.
 */
import { recordAudit } from '../audit/index.ts'
import { ActionConflictError, CaseChangedError, completeStep, getCase } from '../review/index.ts'
import { findConclusionsOf } from './conclusions-repo.ts'
import {
  claimSettlement,
  findRequestsOfRound,
  findRound,
  finishRound,
  withdrawWaiting,
} from './repo.ts'
import type { RequestRow, RoundRow } from './tables.ts'
import type { Actor, ApprovalDeps } from './types.ts'

/** Where a round stands after an attempt to settle it. */
export type SettleResult = 'pending' | 'completed' | 'waiting' | 'closed'

/** The outcome the answers decide, or null while it is still open. */
export function decidedOutcome(requests: readonly RequestRow[]): 'consent' | 'objection' | null {
  const active = requests.filter((r) => !r.withdrawn_at)
  if (!active.length) return null
  if (active.some((r) => r.outcome === 'objection')) return 'objection'
  return active.every((r) => r.outcome === 'consent' || r.outcome === 'deemed_agreed')
    ? 'consent'
    : null
}

/** Settles the round if the answers decide it, and completes the step; safe to repeat. */
export async function settleRound(
  deps: ApprovalDeps,
  roundId: string,
  actor?: Actor,
): Promise<SettleResult> {
  let round = await findRound(deps.db.kysely, roundId)
  if (!round || round.completed_at || round.closed_at) return 'closed'
  if (!round.settled_at) {
    const outcome = decidedOutcome(await findRequestsOfRound(deps.db.kysely, roundId))
    if (!outcome) return 'pending'
    await claim(deps, round, outcome, actor)
    round = (await findRound(deps.db.kysely, roundId))!
  }
  return await completeOnCase(deps, round, actor)
}

async function claim(
  deps: ApprovalDeps,
  round: RoundRow,
  outcome: 'consent' | 'objection',
  actor: Actor | undefined,
): Promise<void> {
  const now = deps.clock.now()
  await deps.db.kysely.transaction().execute(async (trx) => {
    if (!(await claimSettlement(trx, round.id, outcome, now.toISOString()))) return
    const withdrawn = outcome === 'objection'
      ? await withdrawWaiting(trx, round.id, now.toISOString(), 'objection_elsewhere')
      : []
    await recordAudit({ db: trx, dialect: deps.db.dialect, now }, {
      action: 'approval_round_settled',
      entityType: 'case',
      entityId: round.case_id,
      actorId: actor?.accountId ?? null,
      actorRole: actor ? 'authority_reviewer' : 'system',
      organizationId: round.provider_id,
      details: { round: round.id, outcome, withdrawn },
    })
  })
}

/** Completes the approval step with the round's outcome, retrying a lost optimistic lock. */
async function completeOnCase(
  deps: ApprovalDeps,
  round: RoundRow,
  actor: Actor | undefined,
): Promise<SettleResult> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const summary = await getCase(deps.review, round.case_id)
    const atStep = summary?.state === 'active' && summary.currentStepId === round.step_id &&
      summary.stepKind === 'approval'
    if (!summary || !atStep) {
      await finishRound(deps.db.kysely, round.id, { closed_at: deps.clock.now().toISOString() })
      return 'closed'
    }
    if (summary.pausedAt) return 'waiting'
    try {
      await completeStep(deps.review, {
        caseId: round.case_id,
        expectedVersion: summary.version,
        outcome: round.outcome!,
        actor: actor ?? systemActor(deps),
        ...(await stepFacts(deps, round)),
      })
    } catch (error) {
      if (error instanceof CaseChangedError) continue
      if (error instanceof ActionConflictError) return 'waiting'
      throw error
    }
    await finishRound(deps.db.kysely, round.id, { completed_at: deps.clock.now().toISOString() })
    return 'completed'
  }
  return 'waiting'
}

/** What review keeps on the transition, and the objections the reasoned refusal cites. */
async function stepFacts(deps: ApprovalDeps, round: RoundRow) {
  const requests = await findRequestsOfRound(deps.db.kysely, round.id)
  const conclusions = await findConclusionsOf(deps.db.kysely, requests.map((r) => r.id))
  const items = requests.map((r) => {
    const c = conclusions.find((x) => x.id === r.conclusion_id)
    return {
      request: r.id,
      authority: {
        id: r.organization_id,
        name: { kk: r.authority_name_kk, ru: r.authority_name_ru },
      },
      outcome: r.withdrawn_at ? 'withdrawn' : r.outcome,
      conclusion: c
        ? { id: c.id, text: c.text, requirementsNotMet: JSON.parse(c.requirements) }
        : null,
      dueAt: r.due_at,
      answeredAt: r.answered_at,
      onTime: r.answered_at && r.due_at ? r.answered_at <= r.due_at : null,
    }
  })
  const objections = items.filter((i) => i.outcome === 'objection')
  return {
    data: { round: round.id, requests: items },
    decisionData: { approval: { round: round.id, outcome: round.outcome, objections } },
  }
}

/** The system, acting for a silent authority whose silence the route deems agreement. */
function systemActor(deps: ApprovalDeps): Actor & { organizationId: undefined } {
  return {
    accountId: 'system',
    roles: new Set(['authority_reviewer']),
    organizationId: undefined,
    name: {
      kk: deps.translator('kk')('approval:system.actor'),
      ru: deps.translator('ru')('approval:system.actor'),
    },
  }
}
