/**
 * The request that is signed: the applicant, the service and sub-service, the particulars, the
 * documents with their SHA-256, the payment reference and the regulation version, as one plain
 * value. Signing canonicalizes and hashes it; intake recomputes the hash before it sends, so a
 * change after signing (a new file, another version in force) needs a new signature.
 */
import { canonicalBytes, sha256Hex } from '../signing/index.ts'
import { snapshotOf } from './applicants.ts'
import type { ApplicationContext } from './context.ts'
import type { ExpectedSigner, IntakeDeps } from './deps.ts'
import type { ApplicationRow, DocumentRow, PaymentRow } from './tables.ts'

/** The signed request of a draft, as of now. */
export function requestDocument(
  row: ApplicationRow,
  ctx: ApplicationContext,
  docs: readonly DocumentRow[],
  payment: PaymentRow | undefined,
) {
  const applicant = snapshotOf(row)
  return {
    type: 'e-licensing.application',
    applicationId: row.id,
    channel: row.channel,
    enteredBy: row.entered_by,
    regulation: {
      id: ctx.version.regulationId,
      versionId: ctx.version.id,
      version: ctx.version.version,
      name: ctx.regulation.name,
    },
    subService: { kind: ctx.sub.kind, name: ctx.sub.name },
    applicant: {
      type: row.applicant_type,
      iin: row.applicant_iin,
      bin: row.applicant_bin,
      name: applicant.name,
      address: applicant.address,
      phone: row.applicant_phone,
      email: row.applicant_email,
    },
    representative: row.representative ? JSON.parse(row.representative) : null,
    particulars: row.particulars ? JSON.parse(row.particulars) : {},
    qualification: row.qualification ? JSON.parse(row.qualification).confirmed : [],
    documents: docs.map((d) => ({
      catalogDocumentId: d.catalog_document_id,
      name: d.display_name,
      contentType: d.content_type,
      size: Number(d.size),
      sha256: d.sha256,
    })),
    payment: payment?.paid_at
      ? { reference: payment.reference, amountTenge: Number(payment.amount_tenge) }
      : null,
  }
}

/** The hash signing computes for a document: SHA-256 of its canonical bytes. */
export function requestHash(document: unknown): Promise<string> {
  return sha256Hex(canonicalBytes(document))
}

/** Who must sign: the applicant on the portal (by IIN or BIN), the officer at a counter. */
export function expectedSigner(row: ApplicationRow): ExpectedSigner {
  if (row.channel !== 'portal') return { kind: 'any' }
  if (row.applicant_type === 'legal_entity') {
    return { kind: 'legal_entity', bin: row.applicant_bin! }
  }
  return { kind: 'individual', iin: row.applicant_iin! }
}

/** Where a signature stands for the draft as it is now. */
export type SignatureStanding = 'none' | 'pending' | 'signed' | 'stale'

/** Compares the stored signature request with the request as it is now. */
export async function signatureStanding(
  deps: Pick<IntakeDeps, 'signatures'>,
  row: ApplicationRow,
  currentHash: string,
): Promise<SignatureStanding> {
  if (!row.signature_request_id) return 'none'
  const state = await deps.signatures.get(row.signature_request_id)
  if (!state) return 'none'
  if (state.documentHash !== currentHash) return 'stale'
  return state.status === 'signed' ? 'signed' : 'pending'
}
