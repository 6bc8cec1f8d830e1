/** Kysely table types of the survey module. */
import type { Insertable, Selectable } from 'kysely'

/** How an answer arrived. */
export type AnswerSource = 'link' | 'cabinet' | 'kiosk' | 'paper'

/**
 * `survey_answers`: one filled-in questionnaire, with its dimensions copied in for the GROUP BY.
 * No case id, account or time of day: an answer cannot be traced to its respondent.
 */
export interface SurveyAnswersTable {
  id: string
  source: AnswerSource
  regulation_id: string
  regulation_version_id: string
  /** `almaty-2013` or `zhambyl-2013`: the wording the respondent read. */
  wording: string
  /** `regulation` (the version's own survey) or `default` (paper form, regulation has none). */
  wording_basis: 'regulation' | 'default'
  /** The provider organisation. */
  provider_id: string
  region: string
  /** How the application was made (`portal`, `office`, `psc`), `unknown` when not known. */
  channel: string
  /** The Almaty date of the answer (the date on the form, for paper). */
  answered_on: string
  /** `YYYY-MM` of `answered_on`. */
  month: string
  q1: number
  q2: number
  comment: string | null
  applied_how: string | null
  needed_help: string | null
  assistive_tech: string | null
  connection: string | null
  /** The language the questionnaire was shown in. */
  lang: string
  kiosk_id: string | null
  /** The quality analyst who transcribed a paper form, and when. */
  entered_by: string | null
  entered_at: string | null
}

/**
 * `survey_invitations`: a case whose result was delivered may be rated once. The primary key
 * on the case is the one-answer-per-case guard for links and the cabinet alike.
 */
export interface SurveyInvitationsTable {
  case_id: string
  regulation_id: string
  regulation_version_id: string
  provider_id: string
  region: string
  channel: string
  lang: string
  created_at: string
  /** The Almaty date it was answered; null until then. */
  answered_on: string | null
}

/** `survey_links`: one-time links of an invitation; only the SHA-256 of the token is kept. */
export interface SurveyLinksTable {
  token_hash: string
  case_id: string
  created_at: string
}

/** `survey_kiosks`: a tablet at a provider's office, known by the hash of its device cookie. */
export interface SurveyKiosksTable {
  id: string
  provider_id: string
  name: string
  device_hash: string
  min_interval_seconds: number
  max_per_hour: number
  last_answer_at: string | null
  created_at: string
  created_by: string
  revoked_at: string | null
  revoked_by: string | null
}

/** `survey_kiosk_forms`: the one-time key of each rendered kiosk form; `used_at` once answered. */
export interface SurveyKioskFormsTable {
  key_hash: string
  kiosk_id: string
  issued_at: string
  used_at: string | null
}

/** `survey_settings`: the quality team's switches (one row, id `global`). */
export interface SurveySettingsTable {
  id: string
  accessibility_enabled_at: string | null
  updated_at: string
  updated_by: string | null
}

/** The survey module's tables. */
export interface SurveyTables {
  survey_answers: SurveyAnswersTable
  survey_invitations: SurveyInvitationsTable
  survey_links: SurveyLinksTable
  survey_kiosks: SurveyKiosksTable
  survey_kiosk_forms: SurveyKioskFormsTable
  survey_settings: SurveySettingsTable
}

export type AnswerRow = Selectable<SurveyAnswersTable>
export type NewAnswerRow = Insertable<SurveyAnswersTable>
export type InvitationRow = Selectable<SurveyInvitationsTable>
export type KioskRow = Selectable<SurveyKiosksTable>
