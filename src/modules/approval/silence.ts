/**
 * Silence: an authority that has not answered by its deadline. The job claims each such
 * request once (a conditional update, so several instances never handle one twice), tells the
 * executor who sent it and the provider's head, and records in the audit trail what the
 * route's policy makes of it: wait and escalate (the default), or deemed agreed where a
 * regulation says so, which may settle the round. It also retries rounds whose step could not
 * be completed at the time (a paused case).
 */
import { recordAudit } from '../audit/index.ts'
import { type ApprovalPolicy, policyOf } from './config.ts'
import { insertNotifications } from './conclusions-repo.ts'
import { noticesOf } from './notify.ts'
import {
  claimSilence,
  findDecidableRounds,
  findRound,
  findSilent,
  findUnfinishedRounds,
  updateRequestAtVersion,
} from './repo.ts'
import { settleRound } from './settle.ts'
import type { RequestRow, RoundRow } from './tables.ts'
import type { ApprovalDeps } from './types.ts'

/** Handles the requests silent past their deadline; returns how many it handled. */
export async function runApprovalSilence(deps: ApprovalDeps, limit = 100): Promise<number> {
  const now = deps.clock.now()
  let handled = 0
  for (const request of await findSilent(deps.db.kysely, now.toISOString(), limit)) {
    const round = await findRound(deps.db.kysely, request.round_id)
    if (!round) continue
    const policy = await policyOf(deps, round.regulation_id, round.sub_service)
    if (!(await handleSilence(deps, request, round, policy, now))) continue
    handled++
    if (policy.silence === 'deemed_agreed') await settleRound(deps, round.id)
  }
  const rounds = [
    ...(await findDecidableRounds(deps.db.kysely, limit)),
    ...(await findUnfinishedRounds(deps.db.kysely, limit)),
  ]
  for (const round of rounds) {
    if ((await settleRound(deps, round.id)) === 'completed') handled++
  }
  return handled
}

async function handleSilence(
  deps: ApprovalDeps,
  request: RequestRow,
  round: RoundRow,
  policy: ApprovalPolicy,
  now: Date,
): Promise<boolean> {
  const at = now.toISOString()
  const deemed = policy.silence === 'deemed_agreed'
  return await deps.db.kysely.transaction().execute(async (trx) => {
    if (!(await claimSilence(trx, request.id, at))) return false
    if (
      deemed &&
      !(await updateRequestAtVersion(trx, request.id, request.version, {
        outcome: 'deemed_agreed',
      }))
    ) {
      // Answered between the read and the claim: the answer stands, the claim is rolled back.
      throw new SilenceRace()
    }
    const kind = deemed ? 'deemed_agreed' : 'overdue'
    await insertNotifications(
      trx,
      noticesOf(request, kind, at, { account: round.sent_by, head: true }),
    )
    await recordAudit({ db: trx, dialect: deps.db.dialect, now }, {
      action: deemed ? 'approval_deemed_agreed' : 'approval_silence_escalated',
      entityType: 'approval_request',
      entityId: request.id,
      actorRole: 'system',
      organizationId: request.provider_id,
      details: {
        case: request.case_id,
        authority: request.organization_id,
        dueAt: request.due_at,
        policy: policy.silence,
        source: policy.source,
      },
    })
    return true
  }).catch((error) => {
    if (error instanceof SilenceRace) return false
    throw error
  })
}

class SilenceRace extends Error {
  override name = 'SilenceRace'
}
