/** Kysely table types of the approval module. */
import type { Insertable, Selectable } from 'kysely'

/**
 * `approval_authority_routes`: which organisation is the interested authority of a kind (as a
 * regulation names it, e.g. `consumer-protection`) in a region.
 */
export interface ApprovalAuthorityRoutesTable {
  kind: string
  region: string
  organization_id: string
  created_at: string
}

/**
 * `approval_policies`: per route (regulation and sub-service), what an authority's silence
 * means and whether the executor may choose the authorities. A route without a row gets the
 * defaults: wait (and escalate), the mapped authorities only.
 */
export interface ApprovalPoliciesTable {
  regulation_id: string
  sub_service: string
  silence: 'wait' | 'deemed_agreed'
  authority_choice: 'mapped' | 'executor'
  /** The legal text that says so (a seed reference), if any. */
  source: string | null
  created_at: string
}

/**
 * `approval_rounds`: one visit of a case to an approval step. Created when the case enters the
 * step; sent when the executor sends the requests; settled when the step is completed.
 */
export interface ApprovalRoundsTable {
  id: string
  case_id: string
  case_number: string
  /** The provider organisation (the case's). */
  provider_id: string
  regulation_id: string
  regulation_version_id: string
  sub_service: string
  step_id: string
  draft_decision: 'grant' | 'refuse' | 'return' | null
  entered_at: string
  sent_at: string | null
  sent_by: string | null
  /** The outcome the step was completed with. */
  outcome: 'consent' | 'objection' | null
  /** When the outcome was decided (all answered, or an objection). */
  settled_at: string | null
  /** When review completed the step with that outcome. */
  completed_at: string | null
  /** Set when the case left the step some other way (ended, moved on): nothing more to do. */
  closed_at: string | null
}

/**
 * `approval_requests`: what one authority was asked, with the frozen snapshot it may read and
 * its own deadline. `outcome` is the verdict of the current conclusion (or deemed agreement);
 * `version` is the optimistic lock every change bumps.
 */
export interface ApprovalRequestsTable {
  id: string
  round_id: string
  case_id: string
  case_number: string
  provider_id: string
  /** The authority organisation. */
  organization_id: string
  /** The regulation's kind of authority, null when the executor chose another organisation. */
  authority_kind: string | null
  authority_name_kk: string
  authority_name_ru: string
  /** JSON: application summary, selected documents, draft decision (see snapshot.ts). */
  snapshot: string
  sent_at: string
  /** Null when the regulation gives the step no norm. */
  due_at: string | null
  /** When the first conclusion was sent. */
  answered_at: string | null
  outcome: 'consent' | 'objection' | 'deemed_agreed' | null
  /** The conclusion in force (the latest sent). */
  conclusion_id: string | null
  withdrawn_at: string | null
  withdraw_reason: 'objection_elsewhere' | 'case_moved' | null
  /** When the silence job handled this request's missed deadline (its claim). */
  silence_at: string | null
  /** The same authority's request in the previous round of the case (a revised draft). */
  previous_request_id: string | null
  version: number
}

/**
 * `approval_conclusions`: an authority's conclusion. It is sent only once signed; a correction
 * is a new conclusion that supersedes the one in force, and both are kept.
 */
export interface ApprovalConclusionsTable {
  id: string
  request_id: string
  verdict: 'consent' | 'objection'
  text: string
  /** JSON array of the requirements not met (objection). */
  requirements: string
  author_id: string
  author_name: string
  /** Canonical JSON of what is signed. */
  document: string
  document_hash: string
  signature_request_id: string | null
  supersedes_id: string | null
  created_at: string
  sent_at: string | null
  superseded_at: string | null
}

/** `approval_attachments`: files attached to a conclusion. */
export interface ApprovalAttachmentsTable {
  id: string
  conclusion_id: string
  filename: string
  content_type: string
  size: number
  sha256: string
  bytes: Uint8Array
  created_at: string
}

/** `approval_notifications`: what the provider's officers are told about a request. */
export interface ApprovalNotificationsTable {
  id: string
  request_id: string
  case_id: string
  kind: 'overdue' | 'deemed_agreed' | 'conclusion' | 'correction'
  /** The provider organisation whose officers are told. */
  organization_id: string
  recipient_account_id: string | null
  recipient_role: string | null
  created_at: string
}

/** The approval module's tables. */
export interface ApprovalTables {
  approval_authority_routes: ApprovalAuthorityRoutesTable
  approval_policies: ApprovalPoliciesTable
  approval_rounds: ApprovalRoundsTable
  approval_requests: ApprovalRequestsTable
  approval_conclusions: ApprovalConclusionsTable
  approval_attachments: ApprovalAttachmentsTable
  approval_notifications: ApprovalNotificationsTable
}

export type RoundRow = Selectable<ApprovalRoundsTable>
export type NewRoundRow = Insertable<ApprovalRoundsTable>
export type RequestRow = Selectable<ApprovalRequestsTable>
export type NewRequestRow = Insertable<ApprovalRequestsTable>
export type ConclusionRow = Selectable<ApprovalConclusionsTable>
export type NewConclusionRow = Insertable<ApprovalConclusionsTable>
export type AttachmentRow = Selectable<ApprovalAttachmentsTable>
export type NotificationRow = Selectable<ApprovalNotificationsTable>
export type PolicyRow = Selectable<ApprovalPoliciesTable>
