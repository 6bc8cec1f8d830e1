/** Queries over a case's history: transitions, assignments, pauses, sign requests, files. */
import type { Insertable } from 'kysely'
import type { Db } from './repo.ts'
import type {
  AttachmentRow,
  NewTransitionRow,
  PauseRow,
  ReviewAssignmentsTable,
  ReviewAttachmentsTable,
  ReviewPausesTable,
  ReviewSignRequestsTable,
  SignRequestRow,
  TransitionRow,
} from './tables.ts'

/** The sequence number the next transition of a case gets. */
export async function nextTransitionSeq(db: Db, caseId: string): Promise<number> {
  const row = await db.selectFrom('review_transitions')
    .select((eb) => eb.fn.max('seq').as('seq')).where('case_id', '=', caseId).executeTakeFirst()
  return Number(row?.seq ?? 0) + 1
}

/** Records a completed step. */
export async function insertTransition(db: Db, row: NewTransitionRow): Promise<void> {
  await db.insertInto('review_transitions').values(row).execute()
}

/** A case's transitions, oldest first. */
export function findTransitions(db: Db, caseId: string): Promise<TransitionRow[]> {
  return db.selectFrom('review_transitions').selectAll().where('case_id', '=', caseId)
    .orderBy('seq').execute()
}

/** Records an appointment. */
export async function insertAssignment(
  db: Db,
  row: Insertable<ReviewAssignmentsTable>,
): Promise<void> {
  await db.insertInto('review_assignments').values(row).execute()
}

/** Records the start of a pause. */
export async function insertPause(db: Db, row: Insertable<ReviewPausesTable>): Promise<void> {
  await db.insertInto('review_pauses').values(row).execute()
}

/** Closes the open pause of a case. */
export async function closePause(db: Db, caseId: string, at: string, by: string): Promise<void> {
  await db.updateTable('review_pauses').set({ resumed_at: at, resumed_by: by })
    .where('case_id', '=', caseId).where('resumed_at', 'is', null).execute()
}

/** A case's pauses, oldest first. */
export function findPauses(db: Db, caseId: string): Promise<PauseRow[]> {
  return db.selectFrom('review_pauses').selectAll().where('case_id', '=', caseId)
    .orderBy('paused_at').execute()
}

/** Records a signature request made for a case's decision. */
export async function insertSignRequest(
  db: Db,
  row: Insertable<ReviewSignRequestsTable>,
): Promise<void> {
  await db.insertInto('review_sign_requests').values(row).execute()
}

/** The latest signature request for one visit of a step. */
export function findSignRequest(
  db: Db,
  caseId: string,
  stepId: string,
  stepStartedAt: string,
): Promise<SignRequestRow | undefined> {
  return db.selectFrom('review_sign_requests').selectAll().where('case_id', '=', caseId)
    .where('step_id', '=', stepId).where('step_started_at', '=', stepStartedAt)
    .orderBy('created_at', 'desc').limit(1).executeTakeFirst()
}

/** Stores an officer's file. */
export async function insertAttachment(
  db: Db,
  row: Insertable<ReviewAttachmentsTable>,
): Promise<void> {
  await db.insertInto('review_attachments').values(row).execute()
}

/** A case's files without their bytes. */
export function findAttachmentList(
  db: Db,
  caseId: string,
): Promise<Array<Omit<AttachmentRow, 'bytes'>>> {
  return db.selectFrom('review_attachments')
    .select([
      'id',
      'case_id',
      'transition_id',
      'filename',
      'content_type',
      'size',
      'sha256',
      'uploaded_by',
      'created_at',
    ])
    .where('case_id', '=', caseId).orderBy('created_at').execute()
}

/** One file of a case, with its bytes. */
export function findAttachment(
  db: Db,
  caseId: string,
  id: string,
): Promise<AttachmentRow | undefined> {
  return db.selectFrom('review_attachments').selectAll().where('case_id', '=', caseId)
    .where('id', '=', id).executeTakeFirst()
}
