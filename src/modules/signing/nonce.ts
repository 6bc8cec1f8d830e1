/**
 * Nonces for EDS login: the server issues one, the applicant signs it with their AUTH key, and
 * the server accepts it once. This is the pure part; the store must also mark a nonce used
 * atomically (`UPDATE … SET used_at = ? WHERE value = ? AND used_at IS NULL`), which is what
 * really stops a replay between two concurrent requests.
 */
import { canonicalBytes } from './canonical.ts'
import { toBase64Url } from './bytes.ts'

/** Why a login nonce is refused; each has a text under `errors.<code>`. */
export const nonceErrorCodes = ['nonce_unknown', 'nonce_expired', 'nonce_replayed'] as const
/** One reason a login nonce is refused. */
export type NonceErrorCode = (typeof nonceErrorCodes)[number]

/** A nonce as the store keeps it. */
export interface NonceRecord {
  value: string
  issuedAt: Date
  usedAt: Date | null
}

/** How long a nonce may wait for its signature, by default. */
export const nonceMaxAgeMs = 5 * 60 * 1000

/** A fresh nonce: 32 random bytes, URL-safe base64. */
export function createNonce(now: Date): NonceRecord {
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  return { value: toBase64Url(bytes), issuedAt: now, usedAt: null }
}

/**
 * The bytes the applicant signs to log in. The purpose is inside the signed bytes so a login
 * signature can never pass for a document signature, nor the other way round.
 */
export function loginChallenge(value: string): Uint8Array {
  return canonicalBytes({ nonce: value, purpose: 'eds-login' })
}

/** Accepts a stored nonce once, within `maxAgeMs` of its issue. */
export function checkNonce(
  record: NonceRecord | undefined,
  options: { now: Date; maxAgeMs?: number },
): { ok: true } | { ok: false; code: NonceErrorCode } {
  if (!record) return { ok: false, code: 'nonce_unknown' }
  if (record.usedAt !== null) return { ok: false, code: 'nonce_replayed' }
  const age = options.now.getTime() - record.issuedAt.getTime()
  if (age > (options.maxAgeMs ?? nonceMaxAgeMs)) return { ok: false, code: 'nonce_expired' }
  return { ok: true }
}
