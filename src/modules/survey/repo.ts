/** Queries over `survey_answers`, `survey_invitations`, `survey_links` and `survey_settings`. */
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/database.ts'
import type { InvitationRow, NewAnswerRow } from './tables.ts'

/** The database or an open transaction. */
export type Db = Kysely<Database> | Transaction<Database>

/** Stores one answer. */
export async function insertAnswer(db: Db, row: NewAnswerRow): Promise<void> {
  await db.insertInto('survey_answers').values(row).execute()
}

/** Opens a case for rating unless it is open already; returns the invitation as stored. */
export async function insertInvitationIfAbsent(db: Db, row: InvitationRow): Promise<InvitationRow> {
  await db.insertInto('survey_invitations').values(row)
    .onConflict((oc) => oc.column('case_id').doNothing()).execute()
  return (await findInvitation(db, row.case_id))!
}

/** The invitation of a case, if its result was delivered. */
export function findInvitation(db: Db, caseId: string): Promise<InvitationRow | undefined> {
  return db.selectFrom('survey_invitations').selectAll().where('case_id', '=', caseId)
    .executeTakeFirst()
}

/** Invitations of several cases (for the cabinet's list). */
export function findInvitations(db: Db, caseIds: readonly string[]): Promise<InvitationRow[]> {
  if (caseIds.length === 0) return Promise.resolve([])
  return db.selectFrom('survey_invitations').selectAll().where('case_id', 'in', [...caseIds])
    .execute()
}

/** Stores a one-time link (its token's hash) of a case. */
export async function insertLink(
  db: Db,
  row: { token_hash: string; case_id: string; created_at: string },
): Promise<void> {
  await db.insertInto('survey_links').values(row).execute()
}

/** The invitation a link's token hash belongs to. */
export function findInvitationByLink(
  db: Db,
  tokenHash: string,
): Promise<InvitationRow | undefined> {
  return db.selectFrom('survey_links as l')
    .innerJoin('survey_invitations as i', 'i.case_id', 'l.case_id')
    .selectAll('i').where('l.token_hash', '=', tokenHash).executeTakeFirst()
}

/**
 * Marks a case answered on a day, only if it was not: the single statement is what makes a
 * double submit (two tabs, a reused link, the cabinet and the link at once) store one answer.
 */
export async function markAnswered(db: Db, caseId: string, day: string): Promise<boolean> {
  const result = await db.updateTable('survey_invitations').set({ answered_on: day })
    .where('case_id', '=', caseId).where('answered_on', 'is', null).executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** Whether the optional accessibility questions are on. */
export async function findAccessibilityOn(db: Db): Promise<boolean> {
  const row = await db.selectFrom('survey_settings').select('accessibility_enabled_at')
    .where('id', '=', 'global').executeTakeFirst()
  return row?.accessibility_enabled_at != null
}

/** Switches the accessibility questions on or off. */
export async function upsertAccessibility(
  db: Db,
  on: boolean,
  at: string,
  by: string,
): Promise<void> {
  const values = { accessibility_enabled_at: on ? at : null, updated_at: at, updated_by: by }
  await db.insertInto('survey_settings').values({ id: 'global', ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values)).execute()
}
