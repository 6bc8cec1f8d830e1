/**
 * What an authority signs: the conclusion with its verdict, text, requirements not met, the
 * fingerprints of its files and of the snapshot it answers, and the conclusion it supersedes;
 * and the signature request made for it through the signing module.
 */
import { createSignatureRequest, expectedSignerFor, sha256Hex } from '../signing/index.ts'
import type { ConclusionInput } from './conclude.ts'
import type { RequestRow } from './tables.ts'
import type { ApprovalDeps } from './types.ts'

/** The document signed; its canonical JSON is stored with the conclusion. */
export function conclusionDocument(
  request: RequestRow,
  input: ConclusionInput,
  id: string,
  files: ReadonlyArray<{ filename: string; bytes: Uint8Array; sha256: string }>,
  now: Date,
  snapshot: string,
) {
  return {
    type: 'approval.conclusion',
    conclusionId: id,
    requestId: request.id,
    caseNumber: request.case_number,
    authority: { id: request.organization_id, name: names(request) },
    verdict: input.verdict,
    text: input.text,
    requirementsNotMet: input.requirements,
    attachments: files.map((f) => ({
      filename: f.filename,
      size: f.bytes.byteLength,
      sha256: f.sha256,
    })),
    supersedes: input.correction ? request.conclusion_id : null,
    author: { accountId: input.actor.accountId, name: input.actor.name },
    snapshotSha256: snapshot,
    preparedAt: now.toISOString(),
  }
}

/** The SHA-256 of the snapshot the conclusion answers. */
export function snapshotHash(request: RequestRow): Promise<string> {
  return sha256Hex(new TextEncoder().encode(request.snapshot))
}

function names(request: RequestRow) {
  return { kk: request.authority_name_kk, ru: request.authority_name_ru }
}

function bilingual(deps: ApprovalDeps, key: string, options?: Record<string, unknown>) {
  return { kk: deps.translator('kk')(key, options), ru: deps.translator('ru')(key, options) }
}

/** Asks the reviewer to sign the conclusion; the signing page comes back to the request. */
export async function askSignature(
  deps: ApprovalDeps,
  p: { request: RequestRow; input: ConclusionInput; conclusionId: string; document: unknown },
): Promise<{ id: string; path: string }> {
  const expected = await expectedSignerFor(deps, p.input.actor.accountId)
  return await createSignatureRequest(deps, {
    purpose: 'conclusion',
    entity: { type: 'approval_conclusion', id: p.conclusionId },
    document: p.document,
    signer: { accountId: p.input.actor.accountId, expected: expected ?? { kind: 'any' } },
    returnPath: `/approvals/${p.request.id}`,
    title: bilingual(deps, 'approval:sign.title', { number: p.request.case_number }),
    summary: [
      { label: bilingual(deps, 'approval:sign.authority'), value: names(p.request) },
      {
        label: bilingual(deps, 'approval:sign.verdict'),
        value: bilingual(deps, `approval:verdict.${p.input.verdict}`),
      },
    ],
  })
}
