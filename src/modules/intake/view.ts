/** The application as other modules read it (`getApplication`), built from intake's rows. */
import { accountSummary } from '../identity/index.ts'
import { snapshotOf } from './applicants.ts'
import type { IntakeDeps, SignatureState } from './deps.ts'
import { findDocuments } from './documents-repo.ts'
import { currentPayment } from './payments.ts'
import { findApplication } from './repo.ts'
import type { ApplicationRow, DocumentRow, PaymentRow } from './tables.ts'
import type { ApplicationView, Bilingual } from './view-types.ts'

/** What the view needs besides intake's own rows. */
export interface ViewExtras {
  /** The officer who entered it; undefined on the portal (the system accepted it). */
  readonly officerName?: Bilingual | undefined
  readonly signature?: SignatureState | undefined
}

/** An application (draft or sent), or undefined when unknown or removed. */
export async function getApplication(
  deps: Pick<IntakeDeps, 'db' | 'signatures'>,
  id: string,
): Promise<ApplicationView | undefined> {
  const row = await findApplication(deps.db.kysely, id)
  if (!row) return undefined
  const docs = await findDocuments(deps.db.kysely, id)
  const payment = await currentPayment(deps, id)
  return viewOf(row, docs, payment, await extrasOf(deps, row))
}

/** Reads the officer's name and the signature (outside any transaction: SQLite has one connection). */
export async function extrasOf(
  deps: Pick<IntakeDeps, 'db' | 'signatures'>,
  row: ApplicationRow,
): Promise<ViewExtras> {
  const officer = row.entered_by ? await accountSummary(deps, row.entered_by) : undefined
  const signature = row.signature_request_id
    ? await deps.signatures.get(row.signature_request_id)
    : undefined
  return { officerName: officer?.name, signature }
}

/** Builds the view from rows. */
export function viewOf(
  row: ApplicationRow,
  docs: readonly DocumentRow[],
  payment: PaymentRow | undefined,
  extras: ViewExtras,
): ApplicationView {
  const snapshot = snapshotOf(row)
  const signed = extras.signature?.status === 'signed' ? extras.signature : undefined
  return {
    id: row.id,
    number: row.number,
    regulationId: row.regulation_id,
    regulationVersionId: row.regulation_version_id,
    subService: row.sub_service,
    channel: row.channel,
    lang: row.lang,
    applicant: {
      accountId: row.applicant_account_id,
      type: row.applicant_type,
      iin: row.applicant_iin,
      bin: row.applicant_bin,
      name: snapshot.name,
      address: snapshot.address,
      phone: row.applicant_phone,
      email: row.applicant_email,
    },
    representative: row.representative ? JSON.parse(row.representative) : null,
    particulars: row.particulars ? JSON.parse(row.particulars) : {},
    qualificationAnswers: row.qualification ? JSON.parse(row.qualification) : { confirmed: [] },
    documents: docs.map((d) => ({
      id: d.id,
      catalogDocumentId: d.catalog_document_id,
      name: d.display_name,
      contentType: d.content_type,
      size: Number(d.size),
      sha256: d.sha256,
    })),
    payment: payment
      ? {
        status: payment.paid_at ? 'paid' : 'pending',
        reference: payment.reference,
        amountTenge: Number(payment.amount_tenge),
      }
      : null,
    submittedAt: row.submitted_at,
    acceptedBy: row.entered_by
      ? { accountId: row.entered_by, name: extras.officerName ?? { kk: '', ru: '' } }
      : { accountId: null, name: 'system' },
    signature: signed && row.signature_request_id
      ? {
        requestId: row.signature_request_id,
        documentHash: signed.documentHash,
        signer: {
          iin: signed.signer?.iin ?? null,
          bin: signed.signer?.bin ?? null,
          name: signed.signer?.name ?? '',
          demo: signed.signer?.demo ?? false,
        },
      }
      : null,
  }
}

/** The row of an application that has not been removed (for the routes' access checks). */
export function applicationById(
  deps: Pick<IntakeDeps, 'db'>,
  id: string,
): Promise<ApplicationRow | undefined> {
  return findApplication(deps.db.kysely, id)
}
