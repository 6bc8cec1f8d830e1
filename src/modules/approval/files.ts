/**
 * Files behind a request: the application documents the executor selected (served to the
 * authority only if selected, read through intake and checked against the fingerprint frozen
 * in the snapshot), and the attachments of conclusions (the provider sees those sent).
 */
import { sha256Hex } from '../../lib/ids.ts'
import { findAttachment, findConclusion } from './conclusions-repo.ts'
import { ApprovalNotFoundError } from './errors.ts'
import { requestOf, visibleRequest } from './request-access.ts'
import { readSnapshot } from './snapshot.ts'
import type { ApplicationFile, ApprovalDeps } from './types.ts'

/** A selected document of a request, for its authority; anything else is not found. */
export async function readSentDocument(
  deps: ApprovalDeps,
  input: { requestId: string; documentId: string; viewer: { organizationId: string | undefined } },
): Promise<ApplicationFile> {
  const request = await requestOf(deps, input.requestId, input.viewer)
  const sent = readSnapshot(request.snapshot).documents.find((d) => d.id === input.documentId)
  const file = sent && deps.readDocument
    ? await deps.readDocument(request.case_id, sent.id)
    : undefined
  if (!sent || !file) throw new ApprovalNotFoundError(`No document "${input.documentId}"`)
  if (sent.sha256 && sent.sha256 !== (await sha256Hex(file.bytes))) {
    deps.logger?.error('approval: a sent document no longer matches its fingerprint', {
      request: request.id,
      document: sent.id,
    })
    throw new ApprovalNotFoundError(`Document "${sent.id}" changed after it was sent`)
  }
  return file
}

/** An attachment of a conclusion, for the authority or (once sent) the provider. */
export async function readConclusionAttachment(
  deps: ApprovalDeps,
  input: {
    requestId: string
    attachmentId: string
    viewer: { organizationId: string | undefined }
  },
): Promise<ApplicationFile> {
  const { request, side } = await visibleRequest(deps, input.requestId, input.viewer)
  const file = await findAttachment(deps.db.kysely, input.attachmentId)
  const conclusion = file ? await findConclusion(deps.db.kysely, file.conclusion_id) : undefined
  if (
    !file || !conclusion || conclusion.request_id !== request.id ||
    (side === 'provider' && !conclusion.sent_at)
  ) {
    throw new ApprovalNotFoundError(`No attachment "${input.attachmentId}"`)
  }
  return { bytes: file.bytes, contentType: file.content_type, filename: file.filename }
}
