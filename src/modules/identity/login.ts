/**
 * Login by IIN/BIN or officer login and password, with brute-force limits counted in the
 * database (so several instances agree): per account and per client address, a few free
 * failures, then a delay that doubles with each further failure, capped at 15 minutes. No
 * permanent lockout (ASVS 6.1.1). The answer never says whether the login or the password
 * was wrong, and an unknown login costs the same hashing time as a known one.
 */
import { newId } from '../../lib/ids.ts'
import { recordAudit } from '../audit/index.ts'
import type { IdentityDeps } from './deps.ts'
import { normalizePassword } from './password-policy.ts'
import {
  countLoginFailures,
  deleteLoginFailures,
  findAccountByLogin,
  insertLoginFailure,
  updatePasswordHash,
} from './repo.ts'

const WINDOW_MS = 60 * 60_000
const MAX_DELAY_S = 15 * 60
/** Free failures before delays start: per account, and per address (offices share one). */
const FREE = { account: 5, ip: 30 }

/** Request facts the audit trail keeps. */
export interface RequestMeta {
  readonly ip: string | null
  readonly requestId: string | null
  readonly userAgent: string | null
}

/** The outcome of a login attempt. */
export type LoginResult =
  | { ok: true; accountId: string }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number }

let dummyHash: Promise<string> | undefined

/** Checks the credentials, applying the limits and recording the attempt. */
export async function login(
  deps: IdentityDeps,
  input: { login: string; password: string },
  meta: RequestMeta,
): Promise<LoginResult> {
  const login = normalizeLogin(input.login)
  const keys = [`account:${login}`, `ip:${meta.ip ?? 'unknown'}`]
  const wait = Math.max(
    await retryAfter(deps, keys[0]!, FREE.account),
    await retryAfter(deps, keys[1]!, FREE.ip),
  )
  if (wait > 0) {
    await audit(deps, meta, {
      action: 'login_throttled',
      entityId: null,
      outcome: 'denied',
      details: { login: mask(login) },
    })
    return { ok: false, reason: 'throttled', retryAfterSeconds: wait }
  }
  const account = await findAccountByLogin(deps.db.kysely, login)
  const password = normalizePassword(input.password)
  dummyHash ??= deps.hasher.hash('timing-equalizer')
  const check = await deps.hasher.verify(password, account?.password_hash ?? (await dummyHash))
  if (!account || !check.ok || account.disabled_at) {
    const at = deps.clock.now().toISOString()
    for (const key of keys) await insertLoginFailure(deps.db.kysely, { id: newId(), key, at })
    await audit(deps, meta, {
      action: 'login_failed',
      entityId: account?.id ?? null,
      outcome: 'denied',
      details: {
        login: mask(login),
        reason: !account ? 'unknown_login' : account.disabled_at ? 'disabled' : 'password',
      },
    })
    return { ok: false, reason: 'invalid' }
  }
  if (check.needsRehash) {
    await updatePasswordHash(deps.db.kysely, account.id, await deps.hasher.hash(password))
  }
  await deleteLoginFailures(deps.db.kysely, keys[0]!)
  return { ok: true, accountId: account.id }
}

/** IINs and BINs may be typed with spaces or dashes; officer logins are case-insensitive. */
export function normalizeLogin(raw: string): string {
  const trimmed = raw.trim().toLowerCase().slice(0, 64)
  const digits = trimmed.replace(/[\s-]/g, '')
  return /^\d+$/.test(digits) ? digits : trimmed
}

/** Seconds to wait before the next attempt under `key`, 0 when none. */
async function retryAfter(deps: IdentityDeps, key: string, free: number): Promise<number> {
  const now = deps.clock.now().getTime()
  const { count, last } = await countLoginFailures(
    deps.db.kysely,
    key,
    new Date(now - WINDOW_MS).toISOString(),
  )
  if (count < free || !last) return 0
  const delay = Math.min(2 ** (count - free), MAX_DELAY_S)
  return Math.max(0, Math.ceil((Date.parse(last) + delay * 1000 - now) / 1000))
}

/** Logins in the audit trail are masked: enough to correlate, not to harvest IINs. */
export function mask(login: string): string {
  return login.length <= 4
    ? '****'
    : `${login.slice(0, 2)}${'*'.repeat(login.length - 4)}${login.slice(-2)}`
}

function audit(
  deps: IdentityDeps,
  meta: RequestMeta,
  e: {
    action: string
    entityId: string | null
    outcome: 'ok' | 'denied'
    details: Record<string, unknown>
  },
) {
  return recordAudit(
    { db: deps.db.kysely, dialect: deps.db.dialect, now: deps.clock.now() },
    { ...e, entityType: 'account', actorId: e.entityId, ip: meta.ip, requestId: meta.requestId },
  )
}
