/**
 * Private keys at rest: PBKDF2-SHA-256 (≥ 310 000 iterations, OWASP's figure) derives an
 * AES-256-GCM key from the user's password; salt and IV are random per blob. The blob is text,
 * `pbkdf2-sha256$<iterations>$<salt>$<iv>$<ciphertext>` in URL-safe base64, so a database column
 * holds it and the iteration count can rise later without breaking old blobs.
 */
import { fromBase64, toBase64Url, toBuffer } from './bytes.ts'

/** The password does not open this key (GCM authentication failed). */
export class WrongPasswordError extends Error {
  override name = 'WrongPasswordError'
  constructor() {
    super('The password does not decrypt this private key')
  }
}

/** The minimum and default PBKDF2 iteration count. */
export const minIterations = 310_000
const maxIterations = 10_000_000
const scheme = 'pbkdf2-sha256'

/** Encrypts a PKCS#8 private key with a password. */
export async function encryptPrivateKey(
  pkcs8: Uint8Array,
  password: string,
  options: { iterations?: number } = {},
): Promise<string> {
  const iterations = options.iterations ?? minIterations
  if (!Number.isInteger(iterations) || iterations < minIterations || iterations > maxIterations) {
    throw new RangeError(
      `PBKDF2 iterations must be an integer from ${minIterations} to ${maxIterations}`,
    )
  }
  const salt = crypto.getRandomValues(new Uint8Array(16))
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const key = await deriveKey(password, salt, iterations)
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, toBuffer(pkcs8)),
  )
  return [scheme, String(iterations), toBase64Url(salt), toBase64Url(iv), toBase64Url(sealed)].join(
    '$',
  )
}

/** Decrypts a blob from `encryptPrivateKey`; throws `WrongPasswordError` for a wrong password. */
export async function decryptPrivateKey(blob: string, password: string): Promise<Uint8Array> {
  const [name, count, salt, iv, sealed, ...rest] = blob.split('$')
  const iterations = Number(count)
  const valid = name === scheme && rest.length === 0 && salt && iv && sealed &&
    Number.isInteger(iterations) && iterations >= minIterations && iterations <= maxIterations
  if (!valid) throw new TypeError('Not an encrypted private key blob')
  const key = await deriveKey(password, fromBase64(salt), iterations)
  try {
    const ivBytes = fromBase64(iv)
    return new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: toBuffer(ivBytes) },
        key,
        toBuffer(fromBase64(sealed)),
      ),
    )
  } catch {
    throw new WrongPasswordError()
  }
}

async function deriveKey(
  password: string,
  salt: Uint8Array,
  iterations: number,
): Promise<CryptoKey> {
  // NFC, so the same password typed on two keyboards (precomposed or combining Kazakh letters) opens the key.
  const secret = new TextEncoder().encode(password.normalize('NFC'))
  const base = await crypto.subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveKey'])
  return await crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: toBuffer(salt), iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  )
}
