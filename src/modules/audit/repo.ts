/** Queries over `audit_entries`. Writers must hold the chain lock (see service.ts). */
import { type Kysely, sql, type Transaction } from 'kysely'
import type { Database } from '../../db/database.ts'
import type { AuditEntryRow, NewAuditEntryRow } from './tables.ts'

type Db = Kysely<Database> | Transaction<Database>

/** The newest entry, or undefined for an empty trail. */
export function findLastEntry(db: Db): Promise<Pick<AuditEntryRow, 'seq' | 'hash'> | undefined> {
  return db.selectFrom('audit_entries').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1)
    .executeTakeFirst()
}

/** Appends one entry. */
export async function insertEntry(db: Db, row: NewAuditEntryRow): Promise<void> {
  await db.insertInto('audit_entries').values(row).execute()
}

/** Entries in order, `limit` at a time after `afterSeq`; for verification and listings. */
export function findEntriesAfter(
  db: Db,
  afterSeq: number,
  limit: number,
): Promise<AuditEntryRow[]> {
  return db.selectFrom('audit_entries').selectAll().where('seq', '>', afterSeq).orderBy('seq')
    .limit(limit).execute()
}

/** Entries about one entity, oldest first. */
export function findEntriesFor(
  db: Db,
  entityType: string,
  entityId: string,
): Promise<AuditEntryRow[]> {
  return db.selectFrom('audit_entries').selectAll().where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId).orderBy('seq').execute()
}

/**
 * Serializes appends on PostgreSQL for the rest of the transaction (SQLite writers are
 * already serialized by `BEGIN IMMEDIATE`). The constant is this table's lock key.
 */
export async function lockChain(db: Db, dialect: 'sqlite' | 'postgres'): Promise<void> {
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(7310001)`.execute(db)
}
