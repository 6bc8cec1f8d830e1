/** Kysely table types of the intake module. JSON columns hold text; repo.ts parses nothing. */
import type { Insertable, Selectable } from 'kysely'

/** An application from its first saved step to submission (and its snapshot afterwards). */
export interface ApplicationsTable {
  id: string
  regulation_id: string
  sub_service: string
  channel: 'portal' | 'office' | 'psc'
  /** The language of the request: the receipt and the result are in it. */
  lang: 'kk' | 'ru'
  /** The applicant's account; null when an officer entered it for someone without one. */
  applicant_account_id: string | null
  applicant_type: 'individual' | 'sole_proprietor' | 'legal_entity'
  applicant_iin: string | null
  applicant_bin: string | null
  /** JSON: `{ name: {kk, ru}, address: {kk, ru} | null, source }` from the registry. */
  applicant: string
  applicant_phone: string | null
  applicant_email: string | null
  applicant_confirmed_at: string | null
  /** JSON of the representative and the power of attorney the notary registry confirmed. */
  representative: string | null
  /** JSON of the sub-service's particulars (re-issue reason, duplicate cause, sub-types). */
  particulars: string | null
  /** JSON `{ confirmed: string[] }`: the qualification requirements the applicant confirmed. */
  qualification: string | null
  /** The organisation of the officer who entered it (office, PSC); null on the portal. */
  organization_id: string | null
  entered_by: string | null
  /** The one-time key of the form that started it, so a repeated start makes no second draft. */
  start_key: string
  /** The one-time key of the send form, generated when that page is first shown. */
  send_key: string | null
  signature_request_id: string | null
  /** The regulation version in force on the Almaty day of submission. */
  regulation_version_id: string | null
  number: string | null
  submitted_at: string | null
  /** When the result is due, as the review hand-off answered. */
  ready_at: string | null
  version: number
  created_at: string
  last_saved_at: string
  removed_at: string | null
}

/** One uploaded file of an application, tied to a document of the catalog's checklist. */
export interface DocumentsTable {
  id: string
  application_id: string
  /** The catalog's document id; null for "other documents" the checklist does not name. */
  catalog_document_id: string | null
  display_name: string
  /** Detected from the bytes: application/pdf, image/jpeg or image/png. */
  content_type: string
  size: number
  sha256: string
  file_id: string
  created_at: string
  removed_at: string | null
}

/** File bytes, when the database is the file store. */
export interface FilesTable {
  id: string
  bytes: Uint8Array
  size: number
  created_at: string
}

/** A fee payment: through the gateway (portal) or a receipt the officer recorded (office). */
export interface PaymentsTable {
  id: string
  application_id: string
  method: 'gateway' | 'receipt'
  amount_tenge: number
  mci: number
  mci_year: number
  /** The gateway's transaction id: a callback is applied once per transaction. */
  gateway_transaction_id: string | null
  /** The payment reference shown to people: the gateway's reference or the receipt number. */
  reference: string | null
  /** The date on the paper receipt (office), `YYYY-MM-DD`. */
  paid_on: string | null
  recorded_by: string | null
  created_at: string
  paid_at: string | null
}

/** One row per accepted send form: its key is unique, so a repeated POST creates nothing. */
export interface SubmissionsTable {
  key: string
  application_id: string
  created_at: string
}

/** The last registration number used, per region code and year. */
export interface NumberSequencesTable {
  region: string
  year: number
  last: number
}

/** Status look-ups by number per client address and time window (rate limiting). */
export interface StatusAttemptsTable {
  address: string
  window_start: string
  count: number
}

/** The intake tables, for src/db/database.ts. */
export interface IntakeTables {
  intake_applications: ApplicationsTable
  intake_documents: DocumentsTable
  intake_files: FilesTable
  intake_payments: PaymentsTable
  intake_submissions: SubmissionsTable
  intake_number_sequences: NumberSequencesTable
  intake_status_attempts: StatusAttemptsTable
}

export type ApplicationRow = Selectable<ApplicationsTable>
export type NewApplicationRow = Insertable<ApplicationsTable>
export type DocumentRow = Selectable<DocumentsTable>
export type PaymentRow = Selectable<PaymentsTable>
