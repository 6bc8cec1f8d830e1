/** Queries over `approval_conclusions`, `approval_attachments` and `approval_notifications`. */
import type { Insertable } from 'kysely'
import type { Db } from './repo.ts'
import type {
  ApprovalAttachmentsTable,
  ApprovalNotificationsTable,
  AttachmentRow,
  ConclusionRow,
  NewConclusionRow,
} from './tables.ts'

/** Inserts a conclusion (not yet sent). */
export async function insertConclusion(db: Db, row: NewConclusionRow): Promise<void> {
  await db.insertInto('approval_conclusions').values(row).execute()
}

/** Sets the signature request of a conclusion not yet sent. */
export async function setConclusionSignature(db: Db, id: string, requestId: string) {
  await db.updateTable('approval_conclusions').set({ signature_request_id: requestId })
    .where('id', '=', id).where('sent_at', 'is', null).execute()
}

/** A conclusion by id. */
export function findConclusion(db: Db, id: string): Promise<ConclusionRow | undefined> {
  return db.selectFrom('approval_conclusions').selectAll().where('id', '=', id).executeTakeFirst()
}

/** The conclusions of some requests, oldest first. */
export function findConclusionsOf(db: Db, requestIds: readonly string[]): Promise<ConclusionRow[]> {
  if (!requestIds.length) return Promise.resolve([])
  return db.selectFrom('approval_conclusions').selectAll()
    .where('request_id', 'in', [...requestIds]).orderBy('created_at').orderBy('id').execute()
}

/** The latest conclusion of a request that was prepared but not sent, if any. */
export function findUnsentConclusion(db: Db, requestId: string) {
  return db.selectFrom('approval_conclusions').selectAll().where('request_id', '=', requestId)
    .where('sent_at', 'is', null).orderBy('created_at', 'desc').orderBy('id', 'desc')
    .executeTakeFirst()
}

/** Marks a conclusion sent, once; false when it was sent already. */
export async function markConclusionSent(db: Db, id: string, at: string): Promise<boolean> {
  const r = await db.updateTable('approval_conclusions').set({ sent_at: at })
    .where('id', '=', id).where('sent_at', 'is', null).executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

/** Marks the conclusion in force as superseded by a correction. */
export async function markSuperseded(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('approval_conclusions').set({ superseded_at: at }).where('id', '=', id)
    .where('superseded_at', 'is', null).execute()
}

/** Inserts an attachment. */
export async function insertAttachment(
  db: Db,
  row: Insertable<ApprovalAttachmentsTable>,
): Promise<void> {
  await db.insertInto('approval_attachments').values(row).execute()
}

/** The attachments of some conclusions, without their bytes. */
export function findAttachmentList(db: Db, conclusionIds: readonly string[]) {
  if (!conclusionIds.length) return Promise.resolve([])
  return db.selectFrom('approval_attachments')
    .select(['id', 'conclusion_id', 'filename', 'content_type', 'size', 'sha256', 'created_at'])
    .where('conclusion_id', 'in', [...conclusionIds]).orderBy('created_at').orderBy('filename')
    .execute()
}

/** One attachment with its bytes. */
export function findAttachment(db: Db, id: string): Promise<AttachmentRow | undefined> {
  return db.selectFrom('approval_attachments').selectAll().where('id', '=', id).executeTakeFirst()
}

/** Inserts notifications. */
export async function insertNotifications(
  db: Db,
  rows: ReadonlyArray<Insertable<ApprovalNotificationsTable>>,
): Promise<void> {
  if (rows.length) await db.insertInto('approval_notifications').values([...rows]).execute()
}

/** The notifications an officer sees: their own, and their roles' in their organisation. */
export function findNotificationsFor(
  db: Db,
  viewer: { accountId: string; organizationId: string; roles: readonly string[] },
  limit: number,
) {
  const roles = [...viewer.roles, '']
  return db.selectFrom('approval_notifications as n')
    .innerJoin('approval_requests as r', 'r.id', 'n.request_id')
    .select([
      'n.id',
      'n.kind',
      'n.case_id',
      'n.created_at',
      'r.case_number',
      'r.authority_name_kk',
      'r.authority_name_ru',
      'r.due_at',
    ])
    .where('n.organization_id', '=', viewer.organizationId)
    .where((eb) =>
      eb.or([
        eb('n.recipient_account_id', '=', viewer.accountId),
        eb.and([eb('n.recipient_account_id', 'is', null), eb('n.recipient_role', 'in', roles)]),
      ])
    )
    .orderBy('n.created_at', 'desc').orderBy('n.id').limit(limit).execute()
}
