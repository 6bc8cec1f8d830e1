/** Kysely table types of the issuance module. */
import type { Insertable, Selectable } from 'kysely'

/** `issuance_sequences`: the last number given in a series such as `AKT-LIC-2026`. */
export interface SequencesTable {
  series: string
  last: number
}

/** What a license record certifies. */
export type LicenseKind = 'license' | 'attestation' | 'accreditation'

/** The registry status of a license. */
export type LicenseStatus = 'active' | 'reissued' | 'duplicate_issued' | 'suspended' | 'terminated'

/**
 * `issuance_licenses`: the registry. One row per license, attestation or accreditation
 * certificate; a re-issue is a new row linked to the one it replaces. `status` is a copy of
 * the latest event kept for the registry lists; the events are the history.
 */
export interface LicensesTable {
  id: string
  number: string
  kind: LicenseKind
  status: LicenseStatus
  status_since: string
  /** `decision` (signed by the head) or `deemed` (no decision by the deadline, Zhambyl). */
  basis: 'decision' | 'deemed'
  organization_id: string
  regulation_id: string
  region: string
  holder_account_id: string | null
  holder_type: 'individual' | 'sole_proprietor' | 'legal_entity'
  holder_iin: string | null
  holder_bin: string | null
  holder_name_kk: string
  holder_name_ru: string
  /** Number and names, lower-cased (Kazakh rules) and NFC, for the registry search. */
  search_text: string
  issued_at: string
  /** The license this one re-issues. */
  replaces_id: string | null
  /** The license that re-issued this one. */
  replaced_by_id: string | null
  created_at: string
  version: number
}

/** A kind of issued document. */
export type DocumentKind =
  | 'license'
  | 'reissued_license'
  | 'duplicate'
  | 'attestation'
  | 'accreditation'
  | 'refusal'
  | 'return'

/**
 * `issuance_documents`: every result document, with its canonical data (JSON) from which the
 * HTML page and the PDF are rendered in either language. At most one per case.
 */
export interface DocumentsTable {
  id: string
  kind: DocumentKind
  /** The license number, or the refusal's own `…-REF-…` number. */
  number: string
  /** 0 for the original; 1, 2 … for duplicates of a license. */
  copy_no: number
  license_id: string | null
  case_id: string | null
  organization_id: string
  holder_account_id: string | null
  /** The applicant's language: notices are in it. */
  lang: 'kk' | 'ru'
  channel: 'portal' | 'office' | 'psc'
  basis: 'decision' | 'deemed'
  data: string
  /** SHA-256 of `data`. */
  data_hash: string
  issued_at: string
  /** When the applicant's cabinet received it (portal), or null until handed over. */
  delivered_at: string | null
  handed_over_at: string | null
  handed_over_by: string | null
  created_at: string
}

/** A change in a license's life. */
export type LicenseEventKind =
  | 'issued'
  | 'reissued'
  | 'duplicate_issued'
  | 'suspended'
  | 'resumed'
  | 'terminated'

/** `issuance_license_events`: the history of a license, one row per change. */
export interface LicenseEventsTable {
  id: string
  license_id: string
  seq: number
  kind: LicenseEventKind
  at: string
  actor_account_id: string | null
  actor_name_kk: string | null
  actor_name_ru: string | null
  reason: string | null
  document_id: string | null
  /** For `reissued`: the new license. */
  related_license_id: string | null
}

/**
 * `issuance_outbox`: e-mails to send, written in the transaction of the change they announce
 * and sent by a job. A row is claimed for a while before sending and marked sent after, so a
 * failed send is retried and a sent one is not sent again.
 */
export interface OutboxTable {
  id: string
  document_id: string | null
  recipient: string
  subject: string
  body: string
  lang: 'kk' | 'ru'
  created_at: string
  next_attempt_at: string
  attempts: number
  claimed_until: string | null
  sent_at: string | null
  last_error: string | null
}

/** `issuance_lookup_counts`: public verification look-ups per client and time window. */
export interface LookupCountsTable {
  /** SHA-256 of the client address: the count needs no address in clear. */
  client: string
  window_start: string
  count: number
}

/** The issuance module's tables. */
export interface IssuanceTables {
  issuance_sequences: SequencesTable
  issuance_licenses: LicensesTable
  issuance_documents: DocumentsTable
  issuance_license_events: LicenseEventsTable
  issuance_outbox: OutboxTable
  issuance_lookup_counts: LookupCountsTable
}

export type LicenseRow = Selectable<LicensesTable>
export type NewLicenseRow = Insertable<LicensesTable>
export type DocumentRow = Selectable<DocumentsTable>
export type NewDocumentRow = Insertable<DocumentsTable>
export type LicenseEventRow = Selectable<LicenseEventsTable>
export type OutboxRow = Selectable<OutboxTable>
