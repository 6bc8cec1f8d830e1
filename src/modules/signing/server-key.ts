/**
 * The demo root's private key at rest, sealed under the server secret (SESSION_SECRET).
 * The secret is already high-entropy, so HKDF-SHA-256 derives the AES-256-GCM key at once:
 * no password stretching, so loading the root costs nothing per request. The blob is
 * `hkdf-aes256gcm$<iv>$<ciphertext>` in URL-safe base64.
 */
import { fromBase64, toBase64Url, toBuffer } from './bytes.ts'

const scheme = 'hkdf-aes256gcm'
const info = new TextEncoder().encode('e-licensing signing: demo CA root key')

/** The secret does not open this blob (another SESSION_SECRET, or a tampered blob). */
export class SealBrokenError extends Error {
  override name = 'SealBrokenError'
  constructor() {
    super('The server secret does not open this sealed key')
  }
}

/** Seals bytes under the server secret. */
export async function sealWithSecret(bytes: Uint8Array, secret: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const key = await deriveKey(secret)
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, toBuffer(bytes)),
  )
  return [scheme, toBase64Url(iv), toBase64Url(sealed)].join('$')
}

/** Opens a blob from `sealWithSecret`; throws `SealBrokenError` when the secret does not fit. */
export async function openWithSecret(blob: string, secret: string): Promise<Uint8Array> {
  const [name, iv, sealed, ...rest] = blob.split('$')
  if (name !== scheme || !iv || !sealed || rest.length) throw new SealBrokenError()
  try {
    const key = await deriveKey(secret)
    return new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: toBuffer(fromBase64(iv)) },
        key,
        toBuffer(fromBase64(sealed)),
      ),
    )
  } catch {
    throw new SealBrokenError()
  }
}

async function deriveKey(secret: string): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret),
    'HKDF',
    false,
    ['deriveKey'],
  )
  return await crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  )
}
