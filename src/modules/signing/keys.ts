/**
 * Key pairs and private keys for the demo CA and for signing on a user's behalf: generation,
 * PKCS#8 export, and import that follows the key in the certificate.
 */
import type * as pkijs from 'pkijs'
import type { HashName } from './algorithms.ts'
import { resolveKey } from './public-key.ts'
import { toBuffer } from './bytes.ts'

/** Key types the demo CA issues. */
export type KeyAlgorithm = 'ecdsa-p256' | 'ecdsa-p384' | 'rsa-2048' | 'rsa-3072'

/** Generates an extractable key pair. */
export async function generateKeyPair(algorithm: KeyAlgorithm): Promise<CryptoKeyPair> {
  const params = algorithm.startsWith('ecdsa')
    ? { name: 'ECDSA', namedCurve: algorithm === 'ecdsa-p384' ? 'P-384' : 'P-256' }
    : {
      name: 'RSASSA-PKCS1-v1_5',
      modulusLength: algorithm === 'rsa-3072' ? 3072 : 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    }
  return await crypto.subtle.generateKey(params, true, ['sign', 'verify']) as CryptoKeyPair
}

/** PKCS#8 DER of a private key. */
export async function exportPkcs8(key: CryptoKey): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.exportKey('pkcs8', key))
}

/**
 * Imports a PKCS#8 private key for signing, with the parameters of the public key in `spki`
 * (the certificate's): the curve for ECDSA, PKCS#1 v1.5 with `hash` for RSA.
 */
export async function importSigningKey(
  pkcs8: Uint8Array,
  spki: pkijs.PublicKeyInfo,
  hash: HashName = 'SHA-256',
): Promise<CryptoKey> {
  const key = resolveKey(spki)
  if (!key.ok) throw new TypeError(`Cannot sign with a ${key.algorithm} key`)
  const params = key.value.kind === 'ec'
    ? { name: 'ECDSA', namedCurve: key.value.curve }
    : { name: 'RSASSA-PKCS1-v1_5', hash }
  return await crypto.subtle.importKey('pkcs8', toBuffer(pkcs8), params, false, ['sign'])
}
