/** Queries over `issuance_licenses`, `issuance_documents` and `issuance_license_events`. */
import type { Insertable, Kysely, Transaction, Updateable } from 'kysely'
import type { Database } from '../../db/database.ts'
import { newId } from '../../lib/ids.ts'
import type {
  DocumentRow,
  LicenseEventRow,
  LicenseEventsTable,
  LicenseRow,
  LicensesTable,
  NewDocumentRow,
  NewLicenseRow,
} from './tables.ts'

/** The database or an open transaction. */
export type Db = Kysely<Database> | Transaction<Database>

/** A license by its number. */
export function findLicenseByNumber(db: Db, number: string): Promise<LicenseRow | undefined> {
  return db.selectFrom('issuance_licenses').selectAll().where('number', '=', number)
    .executeTakeFirst()
}

/** A license by id. */
export function findLicense(db: Db, id: string): Promise<LicenseRow | undefined> {
  return db.selectFrom('issuance_licenses').selectAll().where('id', '=', id).executeTakeFirst()
}

/** Inserts a license. */
export async function insertLicense(db: Db, row: NewLicenseRow): Promise<void> {
  await db.insertInto('issuance_licenses').values(row).execute()
}

/** Applies `patch` only if the license is still at `version`; false when someone was first. */
export async function updateLicenseAtVersion(
  db: Db,
  id: string,
  version: number,
  patch: Updateable<LicensesTable>,
): Promise<boolean> {
  const result = await db.updateTable('issuance_licenses').set({ ...patch, version: version + 1 })
    .where('id', '=', id).where('version', '=', version).executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** Appends an event to a license's history. */
export async function insertEvent(
  db: Db,
  row: Omit<Insertable<LicenseEventsTable>, 'id' | 'seq'>,
): Promise<void> {
  const last = await db.selectFrom('issuance_license_events').select('seq')
    .where('license_id', '=', row.license_id).orderBy('seq', 'desc').limit(1).executeTakeFirst()
  await db.insertInto('issuance_license_events')
    .values({ ...row, id: newId(), seq: (last?.seq ?? 0) + 1 }).execute()
}

/** A license's history, oldest first. */
export function findEvents(db: Db, licenseId: string): Promise<LicenseEventRow[]> {
  return db.selectFrom('issuance_license_events').selectAll().where('license_id', '=', licenseId)
    .orderBy('seq').execute()
}

/** A document by id. */
export function findDocument(db: Db, id: string): Promise<DocumentRow | undefined> {
  return db.selectFrom('issuance_documents').selectAll().where('id', '=', id).executeTakeFirst()
}

/** The document a case produced, if any. */
export function findDocumentOfCase(db: Db, caseId: string): Promise<DocumentRow | undefined> {
  return db.selectFrom('issuance_documents').selectAll().where('case_id', '=', caseId)
    .executeTakeFirst()
}

/** The documents of cases among `caseIds`. */
export function findDocumentsOfCases(db: Db, caseIds: readonly string[]): Promise<DocumentRow[]> {
  if (caseIds.length === 0) return Promise.resolve([])
  return db.selectFrom('issuance_documents').selectAll().where('case_id', 'in', [...caseIds])
    .execute()
}

/** The documents of a license (original, duplicates), oldest first. */
export function findDocumentsOfLicense(db: Db, licenseId: string): Promise<DocumentRow[]> {
  return db.selectFrom('issuance_documents').selectAll().where('license_id', '=', licenseId)
    .orderBy('copy_no').execute()
}

/** The highest copy number given under a document number so far (0 for the original). */
export async function lastCopyNo(db: Db, number: string): Promise<number | undefined> {
  const row = await db.selectFrom('issuance_documents')
    .select((eb) => eb.fn.max('copy_no').as('last')).where('number', '=', number)
    .executeTakeFirst()
  return row?.last === null || row?.last === undefined ? undefined : Number(row.last)
}

/** Inserts a document. */
export async function insertDocument(db: Db, row: NewDocumentRow): Promise<void> {
  await db.insertInto('issuance_documents').values(row).execute()
}

/** Marks a document handed over at the counter, unless it already was; true when marked. */
export async function markHandedOver(
  db: Db,
  id: string,
  input: { at: string; by: string },
): Promise<boolean> {
  const result = await db.updateTable('issuance_documents')
    .set({ handed_over_at: input.at, handed_over_by: input.by, delivered_at: input.at })
    .where('id', '=', id).where('handed_over_at', 'is', null).executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** Documents a person holds, newest first. */
export function findDocumentsOfHolder(db: Db, accountId: string): Promise<DocumentRow[]> {
  return db.selectFrom('issuance_documents').selectAll()
    .where('holder_account_id', '=', accountId).orderBy('issued_at', 'desc').limit(200).execute()
}

/** The newest documents of an organisation (or of all, for administrators). */
export function findRecentDocuments(db: Db, organizationId: string | undefined) {
  let q = db.selectFrom('issuance_documents').selectAll()
  if (organizationId) q = q.where('organization_id', '=', organizationId)
  return q.orderBy('issued_at', 'desc').orderBy('id').limit(200).execute()
}
