/**
 * The hand-offs from review: a signed decision (license, certificate or reasoned refusal) and
 * a license deemed issued because no decision came in time (Zhambyl). Each issues the case's
 * document once; a repeated delivery finds it and only finishes the delivery.
 */
import { decisionSignature, documentKindOf } from './build.ts'
import type { IssuanceDeps } from './deps.ts'
import { type CaseFacts, loadFacts } from './facts.ts'
import { recordIssue } from './record.ts'
import { findDocumentOfCase } from './repo.ts'
import { deliverToCabinet } from './step.ts'
import type { DocumentRow } from './tables.ts'

/** review's `DecisionSigned` hand-off. */
export interface DecisionSignedInput {
  readonly caseId: string
  readonly number: string
  readonly decision: 'grant' | 'refuse' | 'return'
  readonly signatureRequestId: string
  readonly documentHash: string
  readonly signedAt: string
}

/** review's `DeemedIssued` hand-off. */
export interface DeemedIssuedInput {
  readonly caseId: string
  readonly number: string
  readonly dueAt: string
  readonly endedAt: string
  readonly source: string | null
}

/** Thrown while the decision's signature cannot be confirmed; the hand-off is retried. */
export class UnconfirmedSignatureError extends Error {
  override name = 'UnconfirmedSignatureError'
}

/** Issues the result of a signed decision. */
export async function issueSignedDecision(
  deps: IssuanceDeps,
  input: DecisionSignedInput,
): Promise<DocumentRow> {
  const existing = await findDocumentOfCase(deps.db.kysely, input.caseId)
  if (existing) return await delivered(deps, existing)
  const facts = await loadFacts(deps, input.caseId)
  const decision = await confirmedSignature(deps, input)
  const doc = await recordIssue(deps, {
    facts,
    kind: documentKindOf(facts, input.decision),
    at: deps.clock.now(),
    decision,
    deemed: null,
    mail: await mailOf(deps, facts),
  })
  return await delivered(deps, doc)
}

/** Numbers and records a license deemed issued, with that basis on the document. */
export async function issueDeemed(
  deps: IssuanceDeps,
  input: DeemedIssuedInput,
): Promise<DocumentRow> {
  const existing = await findDocumentOfCase(deps.db.kysely, input.caseId)
  if (existing) return await delivered(deps, existing)
  const facts = await loadFacts(deps, input.caseId)
  const at = new Date(input.endedAt)
  const doc = await recordIssue(deps, {
    facts,
    kind: documentKindOf(facts, 'grant'),
    at: Number.isNaN(at.getTime()) ? deps.clock.now() : at,
    decision: null,
    deemed: { dueAt: input.dueAt, source: input.source },
    mail: await mailOf(deps, facts),
  })
  return await delivered(deps, doc)
}

/** The requesting module's duty: a signed request for exactly the document review hashed. */
async function confirmedSignature(deps: IssuanceDeps, input: DecisionSignedInput) {
  const found = deps.signatures ? await deps.signatures.get(input.signatureRequestId) : undefined
  const signature = found && found.documentHash === input.documentHash
    ? decisionSignature(input.signatureRequestId, found)
    : undefined
  if (!signature) {
    throw new UnconfirmedSignatureError(
      `Case "${input.caseId}": no signed request "${input.signatureRequestId}" for the decision`,
    )
  }
  return signature
}

async function mailOf(deps: IssuanceDeps, facts: CaseFacts) {
  const { applicant, lang, channel } = facts.application
  if (!applicant.email) return undefined
  return {
    to: applicant.email,
    t: deps.translator(lang),
    lang,
    channel,
    origin: deps.publicOrigin,
    surveyLink: await deps.surveyLinkFor?.(facts.case.id),
  }
}

async function delivered(deps: IssuanceDeps, doc: DocumentRow): Promise<DocumentRow> {
  await deliverToCabinet(deps, doc)
  return doc
}
