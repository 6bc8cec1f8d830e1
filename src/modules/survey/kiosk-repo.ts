/** Queries over `survey_kiosks` and `survey_kiosk_forms`. */
import type { KioskRow } from './tables.ts'
import type { Db } from './repo.ts'

/** Registers a kiosk. */
export async function insertKiosk(db: Db, row: KioskRow): Promise<void> {
  await db.insertInto('survey_kiosks').values(row).execute()
}

/** A kiosk by id. */
export function findKiosk(db: Db, id: string): Promise<KioskRow | undefined> {
  return db.selectFrom('survey_kiosks').selectAll().where('id', '=', id).executeTakeFirst()
}

/** Every kiosk, newest first. */
export function findKiosks(db: Db): Promise<KioskRow[]> {
  return db.selectFrom('survey_kiosks').selectAll().orderBy('created_at', 'desc').orderBy('id')
    .execute()
}

/** Revokes a kiosk; its device cookie stops working at once. */
export async function revokeKiosk(db: Db, id: string, at: string, by: string): Promise<boolean> {
  const result = await db.updateTable('survey_kiosks').set({ revoked_at: at, revoked_by: by })
    .where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** Stores the key of a rendered kiosk form. */
export async function insertFormKey(
  db: Db,
  row: { key_hash: string; kiosk_id: string; issued_at: string },
): Promise<void> {
  await db.insertInto('survey_kiosk_forms').values({ ...row, used_at: null }).execute()
}

/** Uses a form key once; false if it is unknown, used, too old or of another kiosk. */
export async function useFormKey(
  db: Db,
  input: { keyHash: string; kioskId: string; at: string; issuedAfter: string },
): Promise<boolean> {
  const result = await db.updateTable('survey_kiosk_forms').set({ used_at: input.at })
    .where('key_hash', '=', input.keyHash).where('kiosk_id', '=', input.kioskId)
    .where('used_at', 'is', null).where('issued_at', '>', input.issuedAfter).executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/**
 * Claims the kiosk's next answer slot: sets `last_answer_at` only if the previous answer is at
 * least the kiosk's interval old. One conditional statement, so two tablets' worth of taps at
 * the same moment cannot both pass.
 */
export async function claimAnswerSlot(
  db: Db,
  kioskId: string,
  at: string,
  notAfter: string,
): Promise<boolean> {
  const result = await db.updateTable('survey_kiosks').set({ last_answer_at: at })
    .where('id', '=', kioskId).where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('last_answer_at', 'is', null), eb('last_answer_at', '<=', notAfter)]))
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** Answers the kiosk took since an instant (its used form keys). */
export async function countAnswersSince(db: Db, kioskId: string, since: string): Promise<number> {
  const row = await db.selectFrom('survey_kiosk_forms').select((eb) => eb.fn.countAll().as('n'))
    .where('kiosk_id', '=', kioskId).where('used_at', '>', since).executeTakeFirst()
  return Number(row?.n ?? 0)
}

/** Deletes form keys issued before an instant (unused ones are abandoned forms). */
export async function deleteFormKeysBefore(db: Db, before: string): Promise<void> {
  await db.deleteFrom('survey_kiosk_forms').where('issued_at', '<', before).execute()
}
