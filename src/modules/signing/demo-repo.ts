/** Queries over the demo CA's tables: root generations and the accounts' demo certificates. */
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/database.ts'
import type { DemoCredentialRow, DemoRootRow } from './tables.ts'

type Db = Kysely<Database> | Transaction<Database>

/** The root in use: the newest generation not retired. */
export function findCurrentRoot(db: Db): Promise<DemoRootRow | undefined> {
  return db.selectFrom('signing_demo_roots').selectAll().where('retired_at', 'is', null)
    .orderBy('generation', 'desc').limit(1).executeTakeFirst()
}

/** The highest generation ever made, retired or not (0 when none). */
export async function findLastGeneration(db: Db): Promise<number> {
  const row = await db.selectFrom('signing_demo_roots')
    .select((eb) => eb.fn.max('generation').as('last')).executeTakeFirst()
  return Number(row?.last ?? 0)
}

/** Inserts a root generation; false when another instance made this generation first. */
export async function insertRoot(db: Db, row: DemoRootRow): Promise<boolean> {
  const result = await db.insertInto('signing_demo_roots').values(row)
    .onConflict((oc) => oc.doNothing()).executeTakeFirst()
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1
}

/** Retires a root whose key the server secret no longer opens. */
export async function retireRoot(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('signing_demo_roots').set({ retired_at: at }).where('id', '=', id)
    .where('retired_at', 'is', null).execute()
}

/** The newest live demo certificate of an account for one usage under one root. */
export function findCredential(
  db: Db,
  key: { accountId: string; usage: 'sign' | 'auth'; rootId: string },
): Promise<DemoCredentialRow | undefined> {
  return db.selectFrom('signing_demo_credentials').selectAll()
    .where('account_id', '=', key.accountId).where('usage', '=', key.usage)
    .where('root_id', '=', key.rootId).where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc').limit(1).executeTakeFirst()
}

/** Stores a newly issued demo certificate. */
export async function insertCredential(db: Db, row: DemoCredentialRow): Promise<void> {
  await db.insertInto('signing_demo_credentials').values(row).execute()
}

/** Revokes every live demo certificate of an account (the demo CRL lists them from now on). */
export async function revokeCredentials(db: Db, accountId: string, at: string): Promise<number> {
  const result = await db.updateTable('signing_demo_credentials').set({ revoked_at: at })
    .where('account_id', '=', accountId).where('revoked_at', 'is', null).executeTakeFirst()
  return Number(result.numUpdatedRows)
}

/** Serials and dates of the revoked certificates of a root, for its CRL. */
export function findRevoked(
  db: Db,
  rootId: string,
): Promise<Array<{ serial: string; revoked_at: string | null }>> {
  return db.selectFrom('signing_demo_credentials').select(['serial', 'revoked_at'])
    .where('root_id', '=', rootId).where('revoked_at', 'is not', null)
    .orderBy('revoked_at').execute()
}
