/**
 * Where uploaded files live: a small interface, so an object store can replace the database.
 * Files are never served by key; the routes check who asks and stream them with safe headers.
 */
import type { Kysely, Transaction } from 'kysely'
import type { Db } from '../../db/connect.ts'
import type { Database } from '../../db/database.ts'

type Executor = Kysely<Database> | Transaction<Database>

/** Stores bytes under a key. `within` lets the database store join the caller's transaction. */
export interface FileStore {
  put(key: string, bytes: Uint8Array, within?: Transaction<Database>): Promise<void>
  get(key: string): Promise<Uint8Array | undefined>
  delete(key: string, within?: Transaction<Database>): Promise<void>
}

/** The default store: the `intake_files` table, in the same transaction as the document row. */
export function databaseFileStore(db: Db, now: () => Date): FileStore {
  const run = (within?: Transaction<Database>): Executor => within ?? db.kysely
  return {
    async put(key, bytes, within) {
      await run(within).insertInto('intake_files').values({
        id: key,
        bytes,
        size: bytes.byteLength,
        created_at: now().toISOString(),
      }).execute()
    },
    async get(key) {
      const row = await db.kysely.selectFrom('intake_files').select('bytes').where('id', '=', key)
        .executeTakeFirst()
      return row ? asBytes(row.bytes) : undefined
    },
    async delete(key, within) {
      await run(within).deleteFrom('intake_files').where('id', '=', key).execute()
    },
  }
}

// better-sqlite3 and pg both answer with a Node Buffer; give callers a plain Uint8Array view.
function asBytes(value: Uint8Array): Uint8Array {
  return new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
}
