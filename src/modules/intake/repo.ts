/** Queries over `intake_applications`. */
import type { Kysely, Transaction, Updateable } from 'kysely'
import type { Database } from '../../db/database.ts'
import type { ApplicationRow, ApplicationsTable, NewApplicationRow } from './tables.ts'

type Db = Kysely<Database> | Transaction<Database>

/** Adds a draft. */
export async function insertApplication(db: Db, row: NewApplicationRow): Promise<void> {
  await db.insertInto('intake_applications').values(row).execute()
}

/** An application that has not been removed, or undefined. */
export function findApplication(db: Db, id: string): Promise<ApplicationRow | undefined> {
  return db.selectFrom('intake_applications').selectAll().where('id', '=', id)
    .where('removed_at', 'is', null).executeTakeFirst()
}

/** The draft a start form made, by that form's one-time key. */
export function findApplicationByStartKey(
  db: Db,
  key: string,
): Promise<ApplicationRow | undefined> {
  return db.selectFrom('intake_applications').selectAll().where('start_key', '=', key)
    .executeTakeFirst()
}

/** A submitted application by its registration number. */
export function findApplicationByNumber(
  db: Db,
  number: string,
): Promise<ApplicationRow | undefined> {
  return db.selectFrom('intake_applications').selectAll().where('number', '=', number)
    .where('removed_at', 'is', null).executeTakeFirst()
}

/**
 * Changes a draft when it is still at `expectedVersion` (or at any version when that is
 * undefined), bumping the version; answers how many rows changed (0: stale or sent).
 */
export async function updateDraft(
  db: Db,
  id: string,
  expectedVersion: number | undefined,
  patch: Updateable<ApplicationsTable> & { last_saved_at: string },
): Promise<number> {
  let query = db.updateTable('intake_applications')
    .set((eb) => ({ ...patch, version: eb('version', '+', 1) }))
    .where('id', '=', id).where('submitted_at', 'is', null).where('removed_at', 'is', null)
  if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion)
  const result = await query.executeTakeFirst()
  return Number(result.numUpdatedRows)
}

/** Sets the columns of a submission on a draft that is not yet sent; answers rows changed. */
export async function markSubmitted(
  db: Db,
  id: string,
  patch: Pick<
    ApplicationsTable,
    'number' | 'submitted_at' | 'regulation_version_id' | 'lang' | 'last_saved_at'
  >,
): Promise<number> {
  const result = await db.updateTable('intake_applications').set(patch)
    .where('id', '=', id).where('submitted_at', 'is', null).where('removed_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}

/** Records the due time the hand-off answered. */
export async function setReadyAt(db: Db, id: string, readyAt: string): Promise<void> {
  await db.updateTable('intake_applications').set({ ready_at: readyAt }).where('id', '=', id)
    .execute()
}

/** The one-time key of the send form, set once per draft. */
export async function setSendKey(db: Db, id: string, key: string): Promise<void> {
  await db.updateTable('intake_applications').set({ send_key: key }).where('id', '=', id)
    .where('send_key', 'is', null).execute()
}

/** Who the cabinet belongs to: the account, and its IIN or BIN for applications made for it. */
export interface ApplicantKey {
  readonly accountId: string
  readonly iin: string | undefined
  readonly bin: string | undefined
}

/** The applicant's drafts and every application sent for their IIN/BIN, newest first. */
export function findApplicationsOf(db: Db, who: ApplicantKey): Promise<ApplicationRow[]> {
  return db.selectFrom('intake_applications').selectAll().where('removed_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb.and([eb('applicant_account_id', '=', who.accountId), eb('channel', '=', 'portal')]),
        eb.and([
          eb('submitted_at', 'is not', null),
          who.bin ? eb('applicant_bin', '=', who.bin) : eb('applicant_iin', '=', who.iin ?? '-'),
        ]),
      ])
    ).orderBy('last_saved_at', 'desc').limit(200).execute()
}

/** The applications an office or PSC entered, newest first. */
export function findApplicationsOfOrganization(
  db: Db,
  organizationId: string,
): Promise<ApplicationRow[]> {
  return db.selectFrom('intake_applications').selectAll()
    .where('organization_id', '=', organizationId).where('removed_at', 'is', null)
    .orderBy('last_saved_at', 'desc').limit(200).execute()
}

/** Drafts last saved before `before`. */
export function findStaleDrafts(db: Db, before: string, limit: number): Promise<ApplicationRow[]> {
  return db.selectFrom('intake_applications').selectAll().where('submitted_at', 'is', null)
    .where('removed_at', 'is', null).where('last_saved_at', '<', before)
    .orderBy('last_saved_at').limit(limit).execute()
}

/** Removes a draft's contents and marks it removed, if it is still an untouched draft. */
export async function removeDraft(
  db: Db,
  id: string,
  lastSavedAt: string,
  at: string,
): Promise<number> {
  const result = await db.updateTable('intake_applications')
    .set({
      removed_at: at,
      particulars: null,
      qualification: null,
      representative: null,
      applicant_phone: null,
      applicant_email: null,
    })
    .where('id', '=', id).where('submitted_at', 'is', null).where('removed_at', 'is', null)
    .where('last_saved_at', '=', lastSavedAt).executeTakeFirst()
  return Number(result.numUpdatedRows)
}

/** Keeps the id of the signature request made for the draft as it is now. */
export async function setSignatureRequest(db: Db, id: string, requestId: string): Promise<void> {
  await db.updateTable('intake_applications').set({ signature_request_id: requestId })
    .where('id', '=', id).where('submitted_at', 'is', null).execute()
}
