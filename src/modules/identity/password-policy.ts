/**
 * The password rules, after OWASP ASVS 5 (V6.2) and NIST SP 800-63B: a length range and a
 * blocklist, nothing else. There are no composition rules (no "one digit, one capital"), no
 * truncation and no case folding of the stored password: long passphrases in any script are
 * welcome.
 *
 * Length is counted in Unicode code points after NFC, so «Әлия» is 4 whether the browser sent
 * precomposed or decomposed letters, and an emoji counts once rather than as two UTF-16 units.
 * The same NFC form must be what gets hashed, which is why normalizePassword is exported: call
 * it before hashing on sign-up, on password change and on every sign-in.
 */
import { commonPasswords } from './common-passwords.ts'

/** Fewest code points a password may have (ASVS 6.2.1). */
export const PASSWORD_MIN_LENGTH = 8
/** Most code points accepted; ASVS 6.2.9 asks for at least 64, and a longer one is refused. */
export const PASSWORD_MAX_LENGTH = 128

/** Why a password was refused; each has a message under `validation.password.<error>`. */
export type PasswordError = 'too_short' | 'too_long' | 'common' | 'contains_login'
/** The result of checkPassword. */
export type PasswordCheck = { ok: true } | { ok: false; error: PasswordError }

/** Options for checkPassword: `login` is the account's IIN or BIN. */
export interface PasswordOptions {
  login?: string | undefined
}

const SEPARATORS = /[\s\-\u2010-\u2015\u2212]/gu

/** The form of a password that is checked and hashed: Unicode NFC, nothing trimmed. */
export function normalizePassword(password: string): string {
  return password.normalize('NFC')
}

/** Checks a new password against the policy; the first rule broken is reported. */
export function checkPassword(password: string, options: PasswordOptions = {}): PasswordCheck {
  const p = normalizePassword(password)
  const length = [...p].length
  if (length < PASSWORD_MIN_LENGTH) return { ok: false, error: 'too_short' }
  if (length > PASSWORD_MAX_LENGTH) return { ok: false, error: 'too_long' }
  if (commonPasswords.has(p.toLowerCase())) return { ok: false, error: 'common' }
  if (containsLogin(p, options.login)) return { ok: false, error: 'contains_login' }
  return { ok: true }
}

// Spaces and hyphens are ignored on both sides, as the IIN field ignores them: "880314-400124"
// is the login all the same.
function containsLogin(password: string, login: string | undefined): boolean {
  const id = (login ?? '').replace(SEPARATORS, '').toLowerCase()
  return id !== '' && password.replace(SEPARATORS, '').toLowerCase().includes(id)
}
