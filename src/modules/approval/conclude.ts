/**
 * An authority's reviewer prepares a conclusion (consent, or a reasoned objection citing the
 * requirements not met, with optional attachments) and is sent to sign it through the signing
 * module. Nothing reaches the provider yet: the conclusion is sent only once signed
 * (answer.ts). A correction is prepared the same way and supersedes the conclusion in force.
 */
import { newId } from '../../lib/ids.ts'
import { recordAudit } from '../audit/index.ts'
import { getCase } from '../review/index.ts'
import { canonicalJson, sha256Hex } from '../signing/index.ts'
import { askSignature, conclusionDocument, snapshotHash } from './conclusion-document.ts'
import { insertAttachment, insertConclusion, setConclusionSignature } from './conclusions-repo.ts'
import { ApprovalConflictError } from './errors.ts'
import { requestOf } from './request-access.ts'
import type { RequestRow } from './tables.ts'
import type { Actor, ApprovalDeps } from './types.ts'

/** A file attached to a conclusion. */
export interface UploadedFile {
  readonly filename: string
  readonly contentType: string
  readonly bytes: Uint8Array
}

/** A validated conclusion form. */
export interface ConclusionInput {
  readonly requestId: string
  readonly actor: Actor
  readonly verdict: 'consent' | 'objection'
  readonly text: string
  readonly requirements: readonly string[]
  readonly attachments: readonly UploadedFile[]
  /** True for a correction of the conclusion in force. */
  readonly correction: boolean
}

/** Records the conclusion and asks for its signature; answers the signing page's path. */
export async function prepareConclusion(
  deps: ApprovalDeps,
  input: ConclusionInput,
): Promise<{ conclusionId: string; signPath: string }> {
  const request = await requestOf(deps, input.requestId, input.actor)
  await assertPreparable(deps, request, input.correction)
  const now = deps.clock.now()
  const id = newId()
  const files = await Promise.all(input.attachments.map(async (f) => ({
    ...f,
    sha256: await sha256Hex(f.bytes),
  })))
  const document = conclusionDocument(request, input, id, files, now, await snapshotHash(request))
  await store(deps, { request, input, id, files, json: canonicalJson(document), now })
  const signature = await askSignature(deps, { request, input, conclusionId: id, document })
  await setConclusionSignature(deps.db.kysely, id, signature.id)
  return { conclusionId: id, signPath: signature.path }
}

/** The conclusion, its files and the audit entry, in one transaction. */
async function store(
  deps: ApprovalDeps,
  p: {
    request: RequestRow
    input: ConclusionInput
    id: string
    files: ReadonlyArray<UploadedFile & { sha256: string }>
    json: string
    now: Date
  },
): Promise<void> {
  const { request, input, id, now } = p
  const at = now.toISOString()
  const hash = await sha256Hex(new TextEncoder().encode(p.json))
  await deps.db.kysely.transaction().execute(async (trx) => {
    await insertConclusion(trx, {
      id,
      request_id: request.id,
      verdict: input.verdict,
      text: input.text,
      requirements: JSON.stringify(input.requirements),
      author_id: input.actor.accountId,
      author_name: input.actor.name.kk,
      document: p.json,
      document_hash: hash,
      signature_request_id: null,
      supersedes_id: input.correction ? request.conclusion_id : null,
      created_at: at,
    })
    for (const f of p.files) {
      await insertAttachment(trx, {
        id: newId(),
        conclusion_id: id,
        filename: f.filename,
        content_type: f.contentType,
        size: f.bytes.byteLength,
        sha256: f.sha256,
        bytes: f.bytes,
        created_at: at,
      })
    }
    await recordAudit({ db: trx, dialect: deps.db.dialect, now }, {
      action: 'approval_conclusion_prepared',
      entityType: 'approval_request',
      entityId: request.id,
      actorId: input.actor.accountId,
      actorRole: 'authority_reviewer',
      organizationId: request.organization_id,
      details: { conclusion: id, verdict: input.verdict, correction: input.correction },
    })
  })
}

/** Throws ApprovalNotFoundError / ApprovalConflictError unless the viewer may conclude now. */
export async function checkPreparable(
  deps: ApprovalDeps,
  input: { requestId: string; actor: Actor; correction: boolean },
): Promise<void> {
  const request = await requestOf(deps, input.requestId, input.actor)
  await assertPreparable(deps, request, input.correction)
}

async function assertPreparable(deps: ApprovalDeps, request: RequestRow, correction: boolean) {
  if (request.withdrawn_at) {
    throw new ApprovalConflictError('withdrawn', `Request "${request.id}" was withdrawn`)
  }
  if (request.outcome === 'deemed_agreed') {
    throw new ApprovalConflictError('deemed', `Request "${request.id}" is deemed agreed`)
  }
  if (!correction && request.outcome) {
    throw new ApprovalConflictError('answered', `Request "${request.id}" was answered`)
  }
  if (correction && !request.outcome) {
    throw new ApprovalConflictError('notAnswered', `Request "${request.id}" has no conclusion`)
  }
  if (correction) {
    const summary = await getCase(deps.review, request.case_id)
    if (!summary || summary.state !== 'active' || summary.signedAt) {
      throw new ApprovalConflictError('decided', `Case "${request.case_id}" was decided`)
    }
  }
}
