/**
 * Sending a signed conclusion: only when the signing module holds a signature over exactly the
 * document prepared. In one transaction the request takes the conclusion's verdict (at the
 * version the reviewer saw), a correction supersedes the conclusion in force (both are kept),
 * the executor is told, and the audit trail records it. The round is then settled.
 */
import { recordAudit } from '../audit/index.ts'
import { getSignature } from '../signing/index.ts'
import {
  findConclusion,
  insertNotifications,
  markConclusionSent,
  markSuperseded,
} from './conclusions-repo.ts'
import { ApprovalConflictError, ApprovalNotFoundError } from './errors.ts'
import { noticesOf } from './notify.ts'
import { findRound, updateRequestAtVersion } from './repo.ts'
import { requestOf } from './request-access.ts'
import { settleRound } from './settle.ts'
import type { ConclusionRow, RequestRow } from './tables.ts'
import type { Actor, ApprovalDeps } from './types.ts'

/** What the reviewer posted to send a signed conclusion. */
export interface AnswerInput {
  readonly requestId: string
  readonly conclusionId: string
  /** The request version the reviewer's page showed. */
  readonly version: number
  readonly actor: Actor
}

/** Sends the conclusion; throws ApprovalNotFoundError / ApprovalConflictError. */
export async function sendConclusion(deps: ApprovalDeps, input: AnswerInput): Promise<void> {
  const request = await requestOf(deps, input.requestId, input.actor)
  const conclusion = await findConclusion(deps.db.kysely, input.conclusionId)
  if (!conclusion || conclusion.request_id !== request.id) {
    throw new ApprovalNotFoundError(`No conclusion "${input.conclusionId}" of "${request.id}"`)
  }
  assertSendable(request, conclusion)
  const signature = conclusion.signature_request_id
    ? await getSignature(deps, conclusion.signature_request_id)
    : undefined
  if (signature?.status !== 'signed' || signature.documentHash !== conclusion.document_hash) {
    throw new ApprovalConflictError('unsigned', `Conclusion "${conclusion.id}" is not signed`)
  }
  await record(deps, { request, conclusion, input, now: deps.clock.now() })
  await settleRound(deps, request.round_id, input.actor)
}

/** The verdict on the request, the conclusion sent, who is told, the audit entry: one transaction. */
async function record(
  deps: ApprovalDeps,
  p: { request: RequestRow; conclusion: ConclusionRow; input: AnswerInput; now: Date },
): Promise<void> {
  const { request, conclusion, now } = p
  const at = now.toISOString()
  const correction = conclusion.supersedes_id !== null
  const round = await findRound(deps.db.kysely, request.round_id)
  await deps.db.kysely.transaction().execute(async (trx) => {
    const patch = {
      outcome: conclusion.verdict,
      conclusion_id: conclusion.id,
      answered_at: request.answered_at ?? at,
    }
    if (!(await updateRequestAtVersion(trx, request.id, p.input.version, patch))) {
      throw new ApprovalConflictError('changed', `Request "${request.id}" changed`)
    }
    if (!(await markConclusionSent(trx, conclusion.id, at))) {
      throw new ApprovalConflictError('answered', `Conclusion "${conclusion.id}" was sent`)
    }
    if (conclusion.supersedes_id) await markSuperseded(trx, conclusion.supersedes_id, at)
    const kind = correction ? 'correction' : 'conclusion'
    await insertNotifications(
      trx,
      noticesOf(request, kind, at, { account: round?.sent_by ?? null, head: correction }),
    )
    await recordAudit({ db: trx, dialect: deps.db.dialect, now }, {
      action: correction ? 'approval_conclusion_corrected' : 'approval_conclusion_sent',
      entityType: 'approval_request',
      entityId: request.id,
      actorId: p.input.actor.accountId,
      actorRole: 'authority_reviewer',
      organizationId: request.organization_id,
      details: {
        case: request.case_id,
        conclusion: conclusion.id,
        verdict: conclusion.verdict,
        supersedes: conclusion.supersedes_id,
        signatureRequestId: conclusion.signature_request_id,
        documentHash: conclusion.document_hash,
        onTime: request.due_at ? (request.answered_at ?? at) <= request.due_at : null,
      },
    })
  })
}

function assertSendable(request: RequestRow, conclusion: ConclusionRow): void {
  if (request.withdrawn_at) {
    throw new ApprovalConflictError('withdrawn', `Request "${request.id}" was withdrawn`)
  }
  if (request.outcome === 'deemed_agreed') {
    throw new ApprovalConflictError('deemed', `Request "${request.id}" is deemed agreed`)
  }
  if (conclusion.sent_at || (!conclusion.supersedes_id && request.outcome)) {
    throw new ApprovalConflictError('answered', `Request "${request.id}" was answered`)
  }
  if (conclusion.supersedes_id && request.conclusion_id !== conclusion.supersedes_id) {
    throw new ApprovalConflictError('changed', `Request "${request.id}" has a newer conclusion`)
  }
}
