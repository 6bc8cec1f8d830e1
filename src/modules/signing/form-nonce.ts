/**
 * Nonces for the signing and EDS-login forms: issued with each page, bound to the session
 * (through its form token) and to the document's hash, valid five minutes, and used at most
 * once: consumed with one conditional UPDATE, so two concurrent submissions cannot both pass.
 * Only the nonce's SHA-256 is stored.
 */
import { sha256Hex } from '../../lib/ids.ts'
import type { SigningDeps } from './deps.ts'
import { checkNonce, createNonce, type NonceErrorCode, nonceMaxAgeMs } from './nonce.ts'
import { findNonce, insertNonce, useNonce } from './repo.ts'

/** What a nonce is bound to. */
export interface NonceScope {
  readonly purpose: 'sign' | 'login'
  /** The signature request (document signing), or null (login). */
  readonly requestId: string | null
  /** From `sessionBinding()`. */
  readonly binding: string
  readonly documentHash: string
}

type Deps = Pick<SigningDeps, 'db' | 'clock'>

/** What binds a nonce to a session: a hash of the session's form token (never the cookie). */
export function sessionBinding(formToken: string): Promise<string> {
  return sha256Hex(`signing-nonce:${formToken}`)
}

/** Issues a nonce for one page; `value` is given for a login challenge, made otherwise. */
export async function issueNonce(deps: Deps, scope: NonceScope, value?: string): Promise<string> {
  const now = deps.clock.now()
  const nonce = value ?? createNonce(now).value
  await insertNonce(deps.db.kysely, {
    hash: await sha256Hex(nonce),
    purpose: scope.purpose,
    request_id: scope.requestId,
    binding: scope.binding,
    document_hash: scope.documentHash,
    issued_at: now.toISOString(),
    expires_at: new Date(now.getTime() + nonceMaxAgeMs).toISOString(),
    used_at: null,
  })
  return nonce
}

/**
 * Uses a nonce once. A nonce of another session, request or document is `nonce_unknown`,
 * as if it did not exist; a used one is `nonce_replayed`; a late one `nonce_expired`.
 */
export async function consumeNonce(
  deps: Deps,
  value: string,
  scope: NonceScope,
): Promise<{ ok: true } | { ok: false; code: NonceErrorCode }> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(value)) return { ok: false, code: 'nonce_unknown' }
  const hash = await sha256Hex(value)
  const row = await findNonce(deps.db.kysely, hash)
  const fits = row && row.purpose === scope.purpose && row.request_id === scope.requestId &&
    row.binding === scope.binding && row.document_hash === scope.documentHash
  const now = deps.clock.now()
  const record = fits
    ? {
      value,
      issuedAt: new Date(row.issued_at),
      usedAt: row.used_at ? new Date(row.used_at) : null,
    }
    : undefined
  const check = checkNonce(record, { now })
  if (!check.ok) return check
  if (!(await useNonce(deps.db.kysely, hash, now.toISOString()))) {
    return { ok: false, code: 'nonce_replayed' }
  }
  return { ok: true }
}
