/**
 * Sessions live in the database, never in process memory, so any instance can serve any
 * request. The cookie holds a random 256-bit id; the table holds only its SHA-256. A session
 * ends on logout, after `idle` minutes without a request, after `absolute` hours, when the
 * account is disabled, or when its password changes.
 */
import type { CurrentUser, Role } from '../../http/env.ts'
import { newToken, sha256Hex } from '../../lib/ids.ts'
import type { IdentityDeps } from './deps.ts'
import {
  endSession,
  endSessionsOf,
  findAccountById,
  findActiveRoles,
  findLiveSessions,
  findSession,
  insertSession,
  touchSession,
} from './repo.ts'
import type { SessionRow } from './tables.ts'

/** Only write `last_seen_at` when it moved by this much: one write per minute, not per request. */
const TOUCH_EVERY_MS = 60_000

/** Starts a session for an account; returns the new cookie value. */
export async function startSession(
  deps: IdentityDeps,
  accountId: string,
  meta: { ip: string | null; userAgent: string | null },
): Promise<string> {
  const sid = newToken(32)
  const now = deps.clock.now()
  await insertSession(deps.db.kysely, {
    id_hash: await sha256Hex(sid),
    account_id: accountId,
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: new Date(now.getTime() + deps.sessionAbsoluteHours * 3_600_000).toISOString(),
    ip: meta.ip,
    user_agent: meta.userAgent?.slice(0, 300) ?? null,
    ended_at: null,
    end_reason: null,
  })
  return sid
}

/** What a session cookie resolves to. */
export type SessionLookup =
  | { state: 'active'; user: CurrentUser }
  | { state: 'ended'; accountId: string }
  | { state: 'none' }

/** Resolves a cookie value to the signed-in user, ending the session if it has expired. */
export async function resolveSession(
  deps: IdentityDeps,
  sid: string | undefined,
): Promise<SessionLookup> {
  if (!sid || sid.length > 100) return { state: 'none' }
  const idHash = await sha256Hex(sid)
  const row = await findSession(deps.db.kysely, idHash)
  if (!row) return { state: 'none' }
  const now = deps.clock.now()
  const reason = row.ended_at ? 'ended' : expiryReason(deps, row, now)
  if (reason) {
    if (!row.ended_at) await endSession(deps.db.kysely, idHash, now.toISOString(), reason)
    return { state: 'ended', accountId: row.account_id }
  }
  const user = await loadUser(deps, row, now)
  if (!user) return { state: 'ended', accountId: row.account_id }
  if (now.getTime() - Date.parse(row.last_seen_at) >= TOUCH_EVERY_MS) {
    await touchSession(deps.db.kysely, idHash, now.toISOString())
  }
  return { state: 'active', user }
}

function expiryReason(deps: IdentityDeps, row: SessionRow, now: Date): string | undefined {
  if (now.toISOString() >= row.expires_at) return 'absolute_timeout'
  if (now.getTime() - Date.parse(row.last_seen_at) > deps.sessionIdleMinutes * 60_000) {
    return 'idle_timeout'
  }
  return undefined
}

async function loadUser(
  deps: IdentityDeps,
  row: SessionRow,
  now: Date,
): Promise<CurrentUser | undefined> {
  const account = await findAccountById(deps.db.kysely, row.account_id)
  // A password change or a disabling ends the sessions explicitly; this catches a race with it.
  const stale = !account || account.disabled_at !== null
  if (stale) {
    await endSession(
      deps.db.kysely,
      row.id_hash,
      now.toISOString(),
      account ? 'account_changed' : 'no_account',
    )
    return undefined
  }
  const roles = new Set((await findActiveRoles(deps.db.kysely, account.id)) as Role[])
  if (account.kind === 'applicant') roles.add('applicant')
  return {
    accountId: account.id,
    sessionId: row.id_hash,
    kind: account.kind,
    login: account.login,
    displayName: { kk: account.display_name, ru: account.display_name_ru ?? account.display_name },
    roles,
    organizationId: account.organization_id ?? undefined,
    applicantType: account.applicant_type ?? undefined,
    iin: account.iin ?? undefined,
    bin: account.bin ?? undefined,
  }
}

/** Ends the session behind a cookie value (logout). */
export async function endSessionByCookie(
  deps: IdentityDeps,
  sid: string,
  reason = 'logout',
): Promise<void> {
  await endSession(deps.db.kysely, await sha256Hex(sid), deps.clock.now().toISOString(), reason)
}

/** Ends every other session of the signed-in account; returns how many ended. */
export function endOtherSessions(deps: IdentityDeps, user: CurrentUser): Promise<number> {
  return endSessionsOf(
    deps.db.kysely,
    user.accountId,
    deps.clock.now().toISOString(),
    'ended_by_user',
    user.sessionId,
  )
}

/** The account's live sessions, marking the current one. */
export async function listSessions(deps: IdentityDeps, user: CurrentUser) {
  const rows = await findLiveSessions(
    deps.db.kysely,
    user.accountId,
    deps.clock.now().toISOString(),
  )
  return rows.map((r) => ({
    current: r.id_hash === user.sessionId,
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    ip: r.ip,
    userAgent: r.user_agent,
  }))
}
