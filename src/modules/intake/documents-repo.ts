/** Queries over `intake_documents`. */
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/database.ts'
import type { DocumentRow, DocumentsTable } from './tables.ts'

type Db = Kysely<Database> | Transaction<Database>

/** Adds an uploaded file's record. */
export async function insertDocument(db: Db, row: DocumentsTable): Promise<void> {
  await db.insertInto('intake_documents').values(row).execute()
}

/** The application's current files, oldest first. */
export function findDocuments(db: Db, applicationId: string): Promise<DocumentRow[]> {
  return db.selectFrom('intake_documents').selectAll().where('application_id', '=', applicationId)
    .where('removed_at', 'is', null).orderBy('created_at').orderBy('id').execute()
}

/** One current file of an application, or undefined. */
export function findDocument(
  db: Db,
  applicationId: string,
  documentId: string,
): Promise<DocumentRow | undefined> {
  return db.selectFrom('intake_documents').selectAll().where('application_id', '=', applicationId)
    .where('id', '=', documentId).where('removed_at', 'is', null).executeTakeFirst()
}

/** Marks a file removed; answers how many rows changed. */
export async function markDocumentRemoved(
  db: Db,
  applicationId: string,
  documentId: string,
  at: string,
): Promise<number> {
  const result = await db.updateTable('intake_documents').set({ removed_at: at })
    .where('application_id', '=', applicationId).where('id', '=', documentId)
    .where('removed_at', 'is', null).executeTakeFirst()
  return Number(result.numUpdatedRows)
}

/** Every file of an application, removed ones too (to delete their bytes). */
export function findAllDocuments(db: Db, applicationId: string): Promise<DocumentRow[]> {
  return db.selectFrom('intake_documents').selectAll().where('application_id', '=', applicationId)
    .execute()
}

/** Deletes the records of an application's files. */
export async function deleteDocuments(db: Db, applicationId: string): Promise<void> {
  await db.deleteFrom('intake_documents').where('application_id', '=', applicationId).execute()
}
