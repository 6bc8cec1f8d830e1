/**
 * Signature requests, as other modules use them: intake asks the applicant to sign the
 * application, review the head to sign the decision, approval the authority its conclusion.
 * The document is canonicalised and hashed here; the requester later checks with
 * `getSignature` that a signed request exists for the exact hash before it acts.
 */
import { newId } from '../../lib/ids.ts'
import { accountSummary } from '../identity/index.ts'
import { canonicalJson, sha256Hex } from './canonical.ts'
import type { SigningDeps } from './deps.ts'
import { findPendingTwin, findRequest, findSignature, insertRequest } from './repo.ts'
import { checkInput } from './request-input.ts'
import { readEvidence, type StoredEvidence } from './stored-evidence.ts'
import type { RequestPurpose, RequestRow } from './tables.ts'
import type { Expected } from './types.ts'

/** A text in both languages. */
export interface Localized {
  readonly kk: string
  readonly ru: string
}

/** One line of the readable summary the signer sees next to the exact document. */
export interface SummaryLine {
  readonly label: Localized
  readonly value: Localized | string
}

/** What a module asks to have signed. */
export interface SignatureRequestInput {
  readonly purpose: Exclude<RequestPurpose, 'login'>
  readonly entity: { readonly type: string; readonly id: string }
  /** A JSON value; its canonical bytes are signed (see `canonical.ts`). */
  readonly document: unknown
  /** `expected` omitted: whoever the account is on record ({@link expectedSignerFor}). */
  readonly signer: { readonly accountId: string; readonly expected?: Expected | undefined }
  /** Where to go once signed: a path without the language, e.g. `/applications/abc/submission`. */
  readonly returnPath: string
  readonly title?: Localized
  readonly summary?: readonly SummaryLine[]
}

/** A signature request's state, for the requester. */
export interface SignatureStatus {
  readonly status: 'pending' | 'signed'
  readonly purpose: RequestPurpose
  readonly entity: { readonly type: string; readonly id: string }
  readonly documentHash: string
  readonly evidence: StoredEvidence | null
  readonly signer: {
    readonly iin: string | null
    readonly bin: string | null
    readonly name: string
    readonly organization: string | null
    readonly demo: boolean
  } | null
}

/**
 * Creates a request (or returns the pending one for the same document, signer and return
 * path). `path` is the signing page without the language: link to `/${lang}${path}`.
 * Throws a TypeError for a malformed input (a programming error, not a user's).
 */
export async function createSignatureRequest(
  deps: Pick<SigningDeps, 'db' | 'clock'>,
  input: SignatureRequestInput,
): Promise<{ id: string; path: string }> {
  checkInput(input)
  const expected = input.signer.expected ??
    (await expectedSignerFor(deps, input.signer.accountId)) ?? { kind: 'any' }
  const document = canonicalJson(input.document)
  const documentHash = await sha256Hex(new TextEncoder().encode(document))
  const key = {
    purpose: input.purpose,
    entity_type: input.entity.type,
    entity_id: input.entity.id,
    document_hash: documentHash,
    signer: input.signer.accountId,
    returnPath: input.returnPath,
  }
  const twin = await findPendingTwin(deps.db.kysely, key)
  if (twin) return { id: twin.id, path: `/signatures/${twin.id}` }
  const id = newId()
  await insertRequest(deps.db.kysely, {
    id,
    purpose: input.purpose,
    entity_type: input.entity.type,
    entity_id: input.entity.id,
    document_hash: documentHash,
    document,
    title: input.title ? JSON.stringify(input.title) : null,
    summary: input.summary ? JSON.stringify(input.summary) : null,
    signer_account_id: input.signer.accountId,
    expected: JSON.stringify(expected),
    return_path: input.returnPath,
    status: 'pending',
    created_at: deps.clock.now().toISOString(),
    signed_at: null,
  })
  return { id, path: `/signatures/${id}` }
}

/** A request's state, signer and evidence; undefined for an unknown id. */
export async function getSignature(
  deps: Pick<SigningDeps, 'db'>,
  requestId: string,
): Promise<SignatureStatus | undefined> {
  const request = await findRequest(deps.db.kysely, requestId)
  if (!request) return undefined
  const row = request.status === 'signed'
    ? await findSignature(deps.db.kysely, requestId)
    : undefined
  return {
    status: row ? 'signed' : 'pending',
    purpose: request.purpose,
    entity: { type: request.entity_type, id: request.entity_id },
    documentHash: request.document_hash,
    evidence: row ? readEvidence(row) : null,
    signer: row
      ? {
        iin: row.signer_iin,
        bin: row.signer_bin,
        name: row.signer_name,
        organization: row.signer_organization,
        demo: row.demo_root_id !== null,
      }
      : null,
  }
}

/**
 * Whom to expect as the signer of an account's documents: an individual or sole proprietor by
 * IIN, a company by BIN (its first head or a person with the right to sign); an officer by the
 * IIN the administrator recorded, or, for an officer without one, any certificate with an IIN.
 */
export async function expectedSignerFor(
  deps: Pick<SigningDeps, 'db'>,
  accountId: string,
): Promise<Expected | undefined> {
  const a = await accountSummary(deps, accountId)
  if (!a) return undefined
  if (a.applicantType === 'legal_entity' && a.bin) return { kind: 'legal_entity', bin: a.bin }
  if (a.iin) return { kind: 'individual', iin: a.iin }
  return { kind: 'any' }
}

/** The request, only when `accountId` is its signer (anyone else gets a 404). */
export async function requestFor(
  deps: Pick<SigningDeps, 'db'>,
  requestId: string,
  accountId: string,
): Promise<RequestRow | undefined> {
  const request = await findRequest(deps.db.kysely, requestId)
  return request && request.signer_account_id === accountId ? request : undefined
}
