/**
 * "Sign": a signature request over the request as it is now, made through the signing module;
 * the signer (the applicant on the portal, the officer at a counter) is sent to its page and
 * comes back to the send page, which checks the signature against the current hash.
 */
import type { IntakeDeps, SignatureRequests } from './deps.ts'

type Request = Parameters<SignatureRequests['create']>[0]
type Both = NonNullable<Request['title']>
type SummaryLines = NonNullable<Request['summary']>
import { type Actor, audit } from './drafts.ts'
import { type Blocker, blockers, type DraftFacts } from './readiness.ts'
import { setSignatureRequest } from './repo.ts'
import { expectedSigner, requestDocument, requestHash } from './request.ts'

/** Creates the signature request; answers the signing page's path, or what is still missing. */
export async function requestSignature(
  deps: IntakeDeps,
  facts: DraftFacts,
  input: { actor: Actor; returnPath: string; title: Both; summary: SummaryLines },
): Promise<{ ok: true; path: string } | { ok: false; blockers: readonly Blocker[] }> {
  const left = blockers(facts)
  if (left.length) return { ok: false, blockers: left }
  const { row } = facts
  const document = requestDocument(row, facts.ctx, facts.docs, facts.payment)
  const created = await deps.signatures.create({
    purpose: 'application',
    entity: { type: 'intake_application', id: row.id },
    document,
    signer: { accountId: input.actor.accountId, expected: expectedSigner(row) },
    returnPath: input.returnPath,
    title: input.title,
    summary: input.summary,
  })
  const now = deps.clock.now()
  await deps.db.kysely.transaction().execute(async (trx) => {
    await setSignatureRequest(trx, row.id, created.id)
    await audit(deps, trx, now, input.actor, row.id, 'intake.signature.requested', {
      signatureRequestId: created.id,
      documentHash: await requestHash(document),
    })
  })
  return { ok: true, path: created.path }
}
