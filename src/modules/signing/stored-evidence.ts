/**
 * What is kept with a signed item: the verifier's every check and outcome, the algorithm, the
 * chain and the certificate's facts, our receipt time and the signer's claimed time, as JSON
 * next to the CMS and the certificate themselves. Read back for case pages and documents.
 */
import { toBase64 } from './bytes.ts'
import type { NewSignatureRow, SignatureMethod, SignatureRow } from './tables.ts'
import type { Check, VerificationSuccess } from './types.ts'
import { newId } from '../../lib/ids.ts'

/** The evidence JSON of a stored signature. */
export interface StoredEvidence {
  readonly method: SignatureMethod
  readonly demo: boolean
  readonly algorithm: string
  /** Our receipt time: the time every check used. */
  readonly checkedAt: string
  /** The signer's own claim (signingTime); shown, never trusted. */
  readonly claimedSigningTime: string | null
  readonly checks: readonly Check[]
  readonly certificate: {
    readonly serialNumber: string
    readonly subject: string
    readonly issuer: string
    readonly notBefore: string
    readonly notAfter: string
    readonly policies: readonly string[]
    readonly keyUsage: readonly string[]
    readonly extendedKeyUsage: readonly string[]
  }
  readonly chain: ReadonlyArray<
    { subject: string; serialNumber: string; notBefore: string; notAfter: string }
  >
}

/** The signature row for a verified CMS. */
export function signatureRow(
  requestId: string,
  input: {
    cms: Uint8Array
    result: VerificationSuccess
    method: SignatureMethod
    documentHash: string
    demoRootId: string | null
  },
): NewSignatureRow {
  const { result } = input
  const s = result.signer
  const evidence: StoredEvidence = {
    method: input.method,
    demo: result.demo,
    algorithm: result.algorithm,
    checkedAt: result.checkedAt.toISOString(),
    claimedSigningTime: result.claimedSigningTime?.toISOString() ?? null,
    checks: result.checks,
    certificate: {
      serialNumber: s.serialNumber,
      subject: s.subject,
      issuer: s.issuer,
      notBefore: s.notBefore.toISOString(),
      notAfter: s.notAfter.toISOString(),
      policies: s.policies,
      keyUsage: s.keyUsage,
      extendedKeyUsage: s.extendedKeyUsage,
    },
    chain: result.chain.map((c) => ({
      subject: c.subject,
      serialNumber: c.serialNumber,
      notBefore: c.notBefore.toISOString(),
      notAfter: c.notAfter.toISOString(),
    })),
  }
  return {
    id: newId(),
    request_id: requestId,
    method: input.method,
    cms: toBase64(input.cms),
    certificate: toBase64(s.certificateDer),
    certificate_serial: s.serialNumber,
    evidence: JSON.stringify(evidence),
    signer_iin: s.iin ?? null,
    signer_bin: s.bin ?? null,
    signer_name: s.commonName,
    signer_organization: s.organization ?? null,
    demo_root_id: result.demo ? input.demoRootId : null,
    document_hash: input.documentHash,
    verified_at: result.checkedAt.toISOString(),
  }
}

/** The evidence of a stored signature. */
export function readEvidence(row: SignatureRow): StoredEvidence {
  return JSON.parse(row.evidence) as StoredEvidence
}
