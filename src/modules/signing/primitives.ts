/**
 * The two cryptographic operations verification needs, done by WebCrypto with parameters
 * from our own algorithm table (algorithms.ts): hashing and checking one signature.
 */
import type * as pkijs from 'pkijs'
import type { HashName, SignatureAlgorithm } from './algorithms.ts'
import { toBuffer } from './bytes.ts'
import { ecdsaDerToRaw } from './ecdsa.ts'

const curveBytes = { 'P-256': 32, 'P-384': 48, 'P-521': 66 } as const

/** The hash of `data`. */
export async function digest(hash: HashName, data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest(hash, toBuffer(data)))
}

/** True when `signature` over `data` verifies with the key in `spki` under `algorithm`. */
export async function verifyBytes(
  spki: pkijs.PublicKeyInfo,
  algorithm: SignatureAlgorithm,
  signature: Uint8Array,
  data: Uint8Array,
): Promise<boolean> {
  const { key, scheme } = algorithm
  const spkiDer = spki.toSchema().toBER()
  const message = toBuffer(data)
  if (scheme.kind === 'ecdsa' && key.kind === 'ec') {
    const raw = ecdsaDerToRaw(signature, curveBytes[key.curve])
    if (!raw) return false
    const params = { name: 'ECDSA', namedCurve: key.curve, hash: scheme.hash }
    const ecKey = await crypto.subtle.importKey('spki', spkiDer, params, false, ['verify'])
    return await crypto.subtle.verify(params, ecKey, toBuffer(raw), message)
  }
  const name = scheme.kind === 'rsa-pss' ? 'RSA-PSS' : 'RSASSA-PKCS1-v1_5'
  const params = {
    name,
    hash: scheme.hash,
    ...(scheme.kind === 'rsa-pss' ? { saltLength: scheme.saltLength } : {}),
  }
  const rsaKey = await crypto.subtle.importKey('spki', spkiDer, params, false, ['verify'])
  return await crypto.subtle.verify(params, rsaKey, toBuffer(signature), message)
}
