/** The executor sends the draft: one request per authority, in one audited transaction. */
import { newId } from '../../lib/ids.ts'
import { recordAudit } from '../audit/index.ts'
import type { CaseSummary } from '../review/index.ts'
import { organizationNames } from '../identity/index.ts'
import {
  assertSendable,
  type AuthorityChoice,
  openRoundOf,
  readChoice,
  requestDue,
  type SendOptions,
  sendOptions,
} from './dispatch.ts'
import { ApprovalConflictError } from './errors.ts'
import { findRequestsOfCase, insertRequest, markRoundSent } from './repo.ts'
import { buildSnapshot } from './snapshot.ts'
import type { NewRequestRow } from './tables.ts'
import type { Actor, ApprovalDeps } from './types.ts'

/** What the executor posted. */
export interface SendInput {
  readonly caseId: string
  readonly actor: Actor
  readonly authorities: readonly string[]
  readonly documents: readonly string[]
}

/** Sent, or the form's errors (locale keys) with the options to show the form again. */
export type SendResult =
  | { ok: true; requestIds: string[] }
  | { ok: false; errors: Record<string, string>; options: SendOptions }

/** Sends the open round of a case; throws ApprovalNotFoundError / ApprovalConflictError. */
export async function sendForApproval(deps: ApprovalDeps, input: SendInput): Promise<SendResult> {
  const { summary, round } = await openRoundOf(deps, input.caseId, input.actor.organizationId)
  assertSendable(summary, round)
  const options = await sendOptions(deps, round)
  const choice = readChoice(options, input)
  if (!choice.ok) return { ok: false, errors: choice.errors, options }
  const now = deps.clock.now()
  const rows = await requestRows(deps, options, summary, choice, now)
  await deps.db.kysely.transaction().execute(async (trx) => {
    if (!(await markRoundSent(trx, round.id, now.toISOString(), input.actor.accountId))) {
      throw new ApprovalConflictError('sent', `Round "${round.id}" was sent`)
    }
    for (const row of rows) await insertRequest(trx, row)
    await recordAudit({ db: trx, dialect: deps.db.dialect, now }, {
      action: 'approval_requests_sent',
      entityType: 'case',
      entityId: summary.id,
      actorId: input.actor.accountId,
      actorRole: 'executor',
      organizationId: summary.organizationId,
      details: {
        round: round.id,
        requests: rows.map((r) => ({ id: r.id, authority: r.organization_id, dueAt: r.due_at })),
        documents: choice.documentIds,
        decision: summary.decision,
      },
    })
  })
  return { ok: true, requestIds: rows.map((r) => r.id) }
}

async function requestRows(
  deps: ApprovalDeps,
  options: SendOptions,
  summary: CaseSummary,
  choice: { authorities: AuthorityChoice[]; documentIds: string[] },
  now: Date,
): Promise<NewRequestRow[]> {
  const { round } = options
  const names = await organizationNames(deps, [summary.organizationId])
  const snapshot = JSON.stringify(buildSnapshot({
    summary,
    application: options.application!,
    regulation: options.regulation,
    sub: options.sub,
    stepId: round.step_id,
    providerName: names.get(summary.organizationId) ?? { kk: '', ru: '' },
    documentIds: choice.documentIds,
  }))
  const due = await requestDue(deps, options, now)
  const earlier = await findRequestsOfCase(deps.db.kysely, summary.id)
  return choice.authorities.map((a) => ({
    id: newId(),
    round_id: round.id,
    case_id: summary.id,
    case_number: summary.number,
    provider_id: summary.organizationId,
    organization_id: a.id,
    authority_kind: a.kind,
    authority_name_kk: a.name.kk,
    authority_name_ru: a.name.ru,
    snapshot,
    sent_at: now.toISOString(),
    due_at: due,
    previous_request_id: earlier.filter((r) => r.organization_id === a.id).at(-1)?.id ?? null,
    version: 1,
  }))
}
