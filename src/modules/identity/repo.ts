/** Queries over the identity tables. */
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/database.ts'
import type { AccountRow, NewAccountRow, OrganizationRow, SessionRow } from './tables.ts'

type Db = Kysely<Database> | Transaction<Database>

/** An account by its login (IIN, BIN or officer login). */
export function findAccountByLogin(db: Db, login: string): Promise<AccountRow | undefined> {
  return db.selectFrom('identity_accounts').selectAll().where('login', '=', login)
    .executeTakeFirst()
}

/** An account by id. */
export function findAccountById(db: Db, id: string): Promise<AccountRow | undefined> {
  return db.selectFrom('identity_accounts').selectAll().where('id', '=', id).executeTakeFirst()
}

/** Creates an account. */
export async function insertAccount(db: Db, row: NewAccountRow): Promise<void> {
  await db.insertInto('identity_accounts').values(row).execute()
}

/** Changes an account's password hash. */
export async function updatePassword(db: Db, id: string, hash: string, at: string): Promise<void> {
  await db.updateTable('identity_accounts').set({ password_hash: hash, password_changed_at: at })
    .where('id', '=', id).execute()
}

/** Replaces the hash with a stronger one of the same password (rehash on login). */
export async function updatePasswordHash(db: Db, id: string, hash: string): Promise<void> {
  await db.updateTable('identity_accounts').set({ password_hash: hash }).where('id', '=', id)
    .execute()
}

/** Disables (at a time) or enables (null) an account. */
export async function updateDisabled(db: Db, id: string, at: string | null): Promise<void> {
  await db.updateTable('identity_accounts').set({ disabled_at: at }).where('id', '=', id).execute()
}

/** The roles an account holds now. */
export async function findActiveRoles(db: Db, accountId: string): Promise<string[]> {
  const rows = await db.selectFrom('identity_role_grants').select('role').where(
    'account_id',
    '=',
    accountId,
  )
    .where('revoked_at', 'is', null).execute()
  return rows.map((r) => r.role)
}

/** Grants a role. */
export async function insertRoleGrant(
  db: Db,
  row: {
    id: string
    account_id: string
    role: string
    granted_at: string
    granted_by: string | null
  },
): Promise<void> {
  await db.insertInto('identity_role_grants').values({ ...row, revoked_at: null, revoked_by: null })
    .execute()
}

/** Revokes a role an account holds. */
export async function revokeRoleGrant(
  db: Db,
  accountId: string,
  role: string,
  at: string,
  by: string | null,
) {
  await db.updateTable('identity_role_grants').set({ revoked_at: at, revoked_by: by })
    .where('account_id', '=', accountId).where('role', '=', role).where('revoked_at', 'is', null)
    .execute()
}

/** An organisation by id. */
export function findOrganization(db: Db, id: string): Promise<OrganizationRow | undefined> {
  return db.selectFrom('identity_organizations').selectAll().where('id', '=', id).executeTakeFirst()
}

/** All organisations, by kind then name. */
export function findOrganizations(db: Db): Promise<OrganizationRow[]> {
  return db.selectFrom('identity_organizations').selectAll().orderBy('kind').orderBy('name_ru')
    .execute()
}

/** Creates an organisation. */
export async function insertOrganization(db: Db, row: OrganizationRow): Promise<void> {
  await db.insertInto('identity_organizations').values(row).execute()
}

/** Officers of an organisation with their active roles (comma-joined). */
export function findOfficers(db: Db, organizationId?: string) {
  let q = db.selectFrom('identity_accounts').selectAll().where('kind', '=', 'officer')
  if (organizationId) q = q.where('organization_id', '=', organizationId)
  return q.orderBy('display_name').execute()
}

/** A live session by the hash of its id. */
export function findSession(db: Db, idHash: string): Promise<SessionRow | undefined> {
  return db.selectFrom('identity_sessions').selectAll().where('id_hash', '=', idHash)
    .executeTakeFirst()
}

/** Creates a session. */
export async function insertSession(db: Db, row: SessionRow): Promise<void> {
  await db.insertInto('identity_sessions').values(row).execute()
}

/** Marks a session as seen now. */
export async function touchSession(db: Db, idHash: string, at: string): Promise<void> {
  await db.updateTable('identity_sessions').set({ last_seen_at: at }).where('id_hash', '=', idHash)
    .execute()
}

/** Ends one session. */
export async function endSession(
  db: Db,
  idHash: string,
  at: string,
  reason: string,
): Promise<void> {
  await db.updateTable('identity_sessions').set({ ended_at: at, end_reason: reason })
    .where('id_hash', '=', idHash).where('ended_at', 'is', null).execute()
}

/** Ends every live session of an account except `keep`. Returns how many ended. */
export async function endSessionsOf(
  db: Db,
  accountId: string,
  at: string,
  reason: string,
  keep?: string,
) {
  let q = db.updateTable('identity_sessions').set({ ended_at: at, end_reason: reason })
    .where('account_id', '=', accountId).where('ended_at', 'is', null)
  if (keep) q = q.where('id_hash', '!=', keep)
  const result = await q.executeTakeFirst()
  return Number(result.numUpdatedRows)
}

/** Live sessions of an account, newest first. */
export function findLiveSessions(db: Db, accountId: string, now: string): Promise<SessionRow[]> {
  return db.selectFrom('identity_sessions').selectAll().where('account_id', '=', accountId)
    .where('ended_at', 'is', null).where('expires_at', '>', now).orderBy('last_seen_at', 'desc')
    .execute()
}

/** Records a failed login under a key (`account:<login>` or `ip:<address>`). */
export async function insertLoginFailure(
  db: Db,
  row: { id: string; key: string; at: string },
): Promise<void> {
  await db.insertInto('identity_login_failures').values(row).execute()
}

/** Failures under a key since a time, and the latest one. */
export async function countLoginFailures(db: Db, key: string, since: string) {
  const row = await db.selectFrom('identity_login_failures')
    .select((eb) => [eb.fn.countAll<string | number>().as('n'), eb.fn.max('at').as('last')])
    .where('key', '=', key).where('at', '>=', since).executeTakeFirst()
  return { count: Number(row?.n ?? 0), last: (row?.last as string | null) ?? null }
}

/** Forgets the failures under a key (after a successful login). */
export async function deleteLoginFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('identity_login_failures').where('key', '=', key).execute()
}

/** Stores a form posted after the session ended. */
export async function insertPendingSubmission(
  db: Db,
  row: {
    token_hash: string
    account_id: string
    path: string
    fields: string
    created_at: string
    expires_at: string
  },
): Promise<void> {
  await db.insertInto('identity_pending_submissions').values(row).execute()
}

/** Takes a pending submission (it can be used once). */
export async function takePendingSubmission(db: Db, tokenHash: string) {
  const row = await db.selectFrom('identity_pending_submissions').selectAll().where(
    'token_hash',
    '=',
    tokenHash,
  )
    .executeTakeFirst()
  if (row) {
    await db.deleteFrom('identity_pending_submissions').where('token_hash', '=', tokenHash)
      .execute()
  }
  return row
}
