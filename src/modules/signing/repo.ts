/** Queries over signature requests, signatures and nonces. */
import type { Insertable, Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/database.ts'
import type {
  NewSignatureRow,
  NonceRow,
  NoncesTable,
  RequestRow,
  RequestsTable,
  SignatureRow,
} from './tables.ts'

type Db = Kysely<Database> | Transaction<Database>

/** Inserts a request. */
export async function insertRequest(db: Db, row: Insertable<RequestsTable>): Promise<void> {
  await db.insertInto('signing_requests').values(row).execute()
}

/** One request by id. */
export function findRequest(db: Db, id: string): Promise<RequestRow | undefined> {
  return db.selectFrom('signing_requests').selectAll().where('id', '=', id).executeTakeFirst()
}

/** A pending request for the same document, signer and purpose, to reuse instead of adding one. */
export function findPendingTwin(
  db: Db,
  key: Pick<RequestRow, 'purpose' | 'entity_type' | 'entity_id' | 'document_hash'> & {
    signer: string
    returnPath: string
  },
): Promise<RequestRow | undefined> {
  return db.selectFrom('signing_requests').selectAll()
    .where('purpose', '=', key.purpose).where('entity_type', '=', key.entity_type)
    .where('entity_id', '=', key.entity_id).where('document_hash', '=', key.document_hash)
    .where('signer_account_id', '=', key.signer).where('return_path', '=', key.returnPath)
    .where('status', '=', 'pending').orderBy('created_at', 'desc').limit(1).executeTakeFirst()
}

/** Marks a pending request signed; false when it was signed already (a race lost). */
export async function markSigned(db: Db, id: string, at: string): Promise<boolean> {
  const result = await db.updateTable('signing_requests').set({ status: 'signed', signed_at: at })
    .where('id', '=', id).where('status', '=', 'pending').executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** Stores a verified signature. */
export async function insertSignature(db: Db, row: NewSignatureRow): Promise<void> {
  await db.insertInto('signing_signatures').values(row).execute()
}

/** The signature of a request. */
export function findSignature(db: Db, requestId: string): Promise<SignatureRow | undefined> {
  return db.selectFrom('signing_signatures').selectAll().where('request_id', '=', requestId)
    .executeTakeFirst()
}

/** Stores a nonce, and drops nonces that expired more than a day ago. */
export async function insertNonce(db: Db, row: Insertable<NoncesTable>): Promise<void> {
  const dayAgo = new Date(Date.parse(row.issued_at) - 24 * 60 * 60 * 1000).toISOString()
  await db.deleteFrom('signing_nonces').where('expires_at', '<', dayAgo).execute()
  await db.insertInto('signing_nonces').values(row).execute()
}

/** One nonce by the SHA-256 of its value. */
export function findNonce(db: Db, hash: string): Promise<NonceRow | undefined> {
  return db.selectFrom('signing_nonces').selectAll().where('hash', '=', hash).executeTakeFirst()
}

/**
 * Marks a nonce used if nobody has: the single statement is what makes "used once" hold
 * between two concurrent submissions. False when it was used already.
 */
export async function useNonce(db: Db, hash: string, at: string): Promise<boolean> {
  const result = await db.updateTable('signing_nonces').set({ used_at: at })
    .where('hash', '=', hash).where('used_at', 'is', null).executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}
