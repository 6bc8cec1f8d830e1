/**
 * The head signs the decision through the signing module: review asks for a signature request
 * over the decision document (signing canonicalizes and hashes it), the head signs on the
 * signing page and comes back, and review completes the sign step only when a signed request
 * exists for exactly the document the case holds now.
 */
import { newId } from '../../lib/ids.ts'
import { recordAudit } from '../audit/index.ts'
import { canonicalBytes, sha256Hex } from '../signing/index.ts'
import { assertCanAct } from './access.ts'
import { type CaseContext, loadCase } from './context.ts'
import { completeStep } from './engine.ts'
import { ActionConflictError } from './errors.ts'
import { findSignRequest, insertSignRequest } from './history-repo.ts'
import type { Actor, ReviewDeps, SignatureRequests } from './types.ts'

/** The document the head signs: what was decided, on what, for whom. Stable for one step visit. */
export function decisionDocument(ctx: CaseContext) {
  const { row, regulation, sub, step } = ctx
  return {
    type: 'review.decision',
    caseId: row.id,
    number: row.number,
    regulation: { id: regulation.id, versionId: row.regulation_version_id, name: regulation.name },
    subService: sub.kind,
    result: sub.result,
    step: step?.id ?? null,
    decision: row.decision ?? 'grant',
    details: row.decision_data ? JSON.parse(row.decision_data) : {},
    applicant: {
      name: { kk: row.applicant_name_kk, ru: row.applicant_name_ru },
      idNumber: row.applicant_id_number,
    },
    organizationId: row.organization_id,
    preparedAt: row.step_started_at,
  }
}

/** The hash signing computes over a document. */
export function documentHash(document: unknown): Promise<string> {
  return sha256Hex(canonicalBytes(document))
}

/** Asks for the head's signature; returns the signing page (without the language) to send them to. */
export async function requestSignature(
  deps: ReviewDeps,
  input: { caseId: string; expectedVersion: number; actor: Actor; returnPath: string },
): Promise<string> {
  const signatures = requireSigning(deps)
  const ctx = await signStep(deps, input)
  const document = decisionDocument(ctx)
  const { row, sub } = ctx
  // The head's certificate must carry the IIN recorded for their account (any IIN when none
  // is recorded); signing works that out from the account.
  const request = await signatures.create({
    purpose: 'decision',
    entity: { type: 'case', id: row.id },
    document,
    signer: { accountId: input.actor.accountId },
    returnPath: input.returnPath,
    title: { kk: `${sub.name.kk}: № ${row.number}`, ru: `${sub.name.ru}: № ${row.number}` },
  })
  const now = deps.clock.now()
  await deps.db.kysely.transaction().execute(async (trx) => {
    await insertSignRequest(trx, {
      id: newId(),
      case_id: ctx.row.id,
      step_id: ctx.step!.id,
      step_started_at: ctx.row.step_started_at!,
      request_id: request.id,
      document_hash: await documentHash(document),
      document: JSON.stringify(document),
      requested_by: input.actor.accountId,
      created_at: now.toISOString(),
    })
    await recordAudit({ db: trx, dialect: deps.db.dialect, now }, {
      action: 'case_signature_requested',
      entityType: 'case',
      entityId: ctx.row.id,
      actorId: input.actor.accountId,
      actorRole: 'head',
      organizationId: ctx.row.organization_id,
      details: { requestId: request.id, step: ctx.step!.id },
    })
  })
  return request.path
}

/** The state of the current sign step's request: none yet, waiting, or signed. */
export async function signatureState(
  deps: ReviewDeps,
  ctx: CaseContext,
): Promise<'none' | 'pending' | 'signed'> {
  const { row, step } = ctx
  if (!deps.signatures || step?.kind !== 'sign' || !row.step_started_at) return 'none'
  const stored = await findSignRequest(deps.db.kysely, row.id, step.id, row.step_started_at)
  if (!stored) return 'none'
  const found = await deps.signatures.get(stored.request_id)
  return found?.status === 'signed' && found.documentHash === stored.document_hash
    ? 'signed'
    : 'pending'
}

/** Completes the sign step once the decision document is signed as it stands. */
export async function completeSignature(
  deps: ReviewDeps,
  input: { caseId: string; expectedVersion: number; actor: Actor },
): Promise<void> {
  const signatures = requireSigning(deps)
  const ctx = await signStep(deps, input)
  const { row, step } = ctx
  const stored = await findSignRequest(deps.db.kysely, row.id, step!.id, row.step_started_at!)
  const hash = await documentHash(decisionDocument(ctx))
  const found = stored ? await signatures.get(stored.request_id) : undefined
  if (!stored || found?.status !== 'signed' || found.documentHash !== hash) {
    throw new ActionConflictError('unsigned', `Case "${row.id}": no signature over the decision`)
  }
  await completeStep(deps, {
    caseId: row.id,
    expectedVersion: input.expectedVersion,
    outcome: 'done',
    actor: input.actor,
    data: {
      signatureRequestId: stored.request_id,
      documentHash: hash,
      signer: found.signer ?? null,
    },
  })
}

async function signStep(deps: ReviewDeps, input: { caseId: string; actor: Actor }) {
  const ctx = await loadCase(deps, input.caseId)
  if (ctx.row.state !== 'active' || ctx.step?.kind !== 'sign') {
    throw new ActionConflictError('step', `Case "${input.caseId}" is not waiting for a signature`)
  }
  if (ctx.row.paused_at) throw new ActionConflictError('paused', `Case "${input.caseId}" is paused`)
  assertCanAct(ctx.row, ctx.step, input.actor)
  return ctx
}

function requireSigning(deps: ReviewDeps): SignatureRequests {
  if (!deps.signatures) {
    throw new ActionConflictError('step', 'The signing module is not connected to review')
  }
  return deps.signatures
}
