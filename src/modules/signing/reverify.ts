/**
 * Checking a stored signature again (for a document's verification page, or an audit): the
 * stored CMS over the stored document, through the same verifier, at the time we first
 * received it, against today's trust store (so a root removed since, or a CRL that now lists
 * the certificate as revoked before that time, shows).
 */
import { fromBase64 } from './bytes.ts'
import type { SigningDeps } from './deps.ts'
import { findRequest, findSignature } from './repo.ts'
import { trustStore } from './trust-store.ts'
import type { ErrorCode, Expected } from './types.ts'
import { verifySignature } from './verify.ts'

/** The outcome of checking a stored signature again. */
export interface StoredSignatureCheck {
  readonly ok: boolean
  /** The first failed check's code, when not ok. */
  readonly code?: ErrorCode
  readonly documentHash: string
  readonly demo: boolean
}

/** Re-verifies a signed request; undefined for an unknown or unsigned request. */
export async function verifyStoredSignature(
  deps: Pick<SigningDeps, 'db' | 'clock' | 'secret' | 'trust' | 'demoCa'>,
  requestId: string,
): Promise<StoredSignatureCheck | undefined> {
  const request = await findRequest(deps.db.kysely, requestId)
  const row = request?.status === 'signed'
    ? await findSignature(deps.db.kysely, requestId)
    : undefined
  if (!request || !row) return undefined
  const result = await verifySignature({
    cms: fromBase64(row.cms),
    content: new TextEncoder().encode(request.document),
    trust: await trustStore(deps),
    at: new Date(row.verified_at),
    purpose: request.purpose === 'login' ? 'auth' : 'sign',
    expected: JSON.parse(request.expected) as Expected,
  })
  return {
    ok: result.ok,
    ...(result.ok ? {} : { code: result.code }),
    documentHash: row.document_hash,
    demo: result.ok ? result.demo : row.demo_root_id !== null,
  }
}
