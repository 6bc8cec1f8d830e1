/** Kysely table types of the review module. */
import type { Insertable, Selectable } from 'kysely'

/** `review_providers`: which organisation provides the service of a regulation. */
export interface ReviewProvidersTable {
  regulation_id: string
  organization_id: string
  created_at: string
}

/**
 * `review_cases`: a submitted application under review (id = application id). The route comes
 * from the regulation version stored here; `version` is the optimistic lock every change bumps.
 * Applicant, service and search columns are copies made at registration, for the worklists.
 */
export interface ReviewCasesTable {
  id: string
  number: string
  organization_id: string
  regulation_id: string
  regulation_version_id: string
  sub_service: string
  /** Re-issue class A or B (Aktobe 2019 licenses), from the application's re-issue reasons. */
  reissue_class: 'A' | 'B' | null
  lang: 'kk' | 'ru'
  channel: string
  applicant_account_id: string | null
  applicant_name_kk: string
  applicant_name_ru: string
  /** IIN or BIN. */
  applicant_id_number: string | null
  service_name_kk: string
  service_name_ru: string
  /** Number, IIN/BIN and names, normalized for search (see search.ts). */
  search_text: string
  /** The application as intake handed it over (JSON), shown on the case page. */
  application: string
  state: 'active' | 'ended'
  /** The status the applicant sees (common `status.*`). */
  status: string
  end_status: string | null
  current_step_id: string | null
  step_role: string | null
  step_kind: string | null
  step_started_at: string | null
  /** Null for a step whose regulation gives no norm. */
  step_due_at: string | null
  /** Role → account id of the officers appointed so far (JSON). */
  assignees: string
  /** The appointed officer of the current step's role, if any. */
  assignee_account_id: string | null
  /** Whose worklist the case is on: `a:<account>` or `r:<organisation>:<role>`; null when ended. */
  actor_key: string | null
  decision: 'grant' | 'refuse' | 'return' | null
  /** Grounds, reason, missing documents, inspection and test records (JSON). */
  decision_data: string | null
  submitted_at: string
  /** The overall deadline. */
  due_at: string
  /** The worklist order: the step deadline, or the overall one for a step without a norm. */
  sort_due_at: string
  paused_at: string | null
  /** When the head signed the decision. */
  signed_at: string | null
  /** The overall deadline while the license would be deemed issued at it (Zhambyl). */
  deemed_due_at: string | null
  step_alert: 'none' | 'nearing' | 'breached'
  overall_alert: 'none' | 'nearing' | 'breached'
  /** When the deadline job next has something to say about this case. */
  next_alert_at: string | null
  ended_at: string | null
  created_at: string
  updated_at: string
  version: number
}

/** `review_case_terms`: each search word of a case, matched by prefix. */
export interface ReviewCaseTermsTable {
  organization_id: string
  term: string
  case_id: string
}

/** `review_transitions`: one row per completed step. */
export interface ReviewTransitionsTable {
  id: string
  case_id: string
  seq: number
  step_id: string
  step_kind: string
  role: string
  /** Null when the system acted (the deemed-issued job). */
  actor_account_id: string | null
  actor_name_kk: string | null
  actor_name_ru: string | null
  /** A catalog outcome id, or `deemed_issued`. */
  outcome: string
  /** The next step's id or `end`. */
  to_step_id: string
  comment: string | null
  data: string
  /** The step's norm as JSON, null without one. */
  norm: string | null
  started_at: string
  due_at: string | null
  completed_at: string
  /** 1 when completed by the deadline, 0 when late, null without a deadline. */
  on_time: number | null
}

/** `review_assignments`: every appointment of an officer to a case (chain and reassignments). */
export interface ReviewAssignmentsTable {
  id: string
  case_id: string
  role: string
  account_id: string
  assigned_by: string
  assigned_at: string
}

/** `review_pauses`: the clocks stop while the applicant is being waited for. */
export interface ReviewPausesTable {
  id: string
  case_id: string
  step_id: string
  reason: string
  paused_at: string
  paused_by: string
  resumed_at: string | null
  resumed_by: string | null
}

/** `review_notifications`: a deadline nearing or breached, for an officer or a role. */
export interface ReviewNotificationsTable {
  id: string
  case_id: string
  kind: 'nearing' | 'breached'
  clock: 'step' | 'overall'
  step_id: string | null
  due_at: string
  organization_id: string
  recipient_account_id: string | null
  recipient_role: string | null
  created_at: string
}

/** `review_handoffs`: what was handed forward (signed decision, deemed issued), until delivered. */
export interface ReviewHandoffsTable {
  id: string
  case_id: string
  kind: 'decision_signed' | 'deemed_issued'
  payload: string
  created_at: string
  /** A delivering instance holds the row until then. */
  claimed_until: string | null
  attempts: number
  last_error: string | null
  delivered_at: string | null
}

/** `review_sign_requests`: the signature requests made for a case's decision. */
export interface ReviewSignRequestsTable {
  id: string
  case_id: string
  step_id: string
  step_started_at: string
  request_id: string
  document_hash: string
  document: string
  requested_by: string
  created_at: string
}

/** `review_attachments`: files an officer attached to a step. */
export interface ReviewAttachmentsTable {
  id: string
  case_id: string
  transition_id: string
  filename: string
  content_type: string
  size: number
  sha256: string
  bytes: Uint8Array
  uploaded_by: string
  created_at: string
}

/** The review module's tables. */
export interface ReviewTables {
  review_providers: ReviewProvidersTable
  review_cases: ReviewCasesTable
  review_case_terms: ReviewCaseTermsTable
  review_transitions: ReviewTransitionsTable
  review_assignments: ReviewAssignmentsTable
  review_pauses: ReviewPausesTable
  review_notifications: ReviewNotificationsTable
  review_handoffs: ReviewHandoffsTable
  review_sign_requests: ReviewSignRequestsTable
  review_attachments: ReviewAttachmentsTable
}

export type CaseRow = Selectable<ReviewCasesTable>
export type NewCaseRow = Insertable<ReviewCasesTable>
export type TransitionRow = Selectable<ReviewTransitionsTable>
export type NewTransitionRow = Insertable<ReviewTransitionsTable>
export type PauseRow = Selectable<ReviewPausesTable>
export type NotificationRow = Selectable<ReviewNotificationsTable>
export type HandoffRow = Selectable<ReviewHandoffsTable>
export type SignRequestRow = Selectable<ReviewSignRequestsTable>
export type AttachmentRow = Selectable<ReviewAttachmentsTable>
