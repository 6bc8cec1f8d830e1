/**
 * Which public keys we verify with: RSA of 2048 to 8192 bits, and EC keys on P-256, P-384 and
 * P-521. Shorter RSA keys, other curves and other key types (GOST) are refused by name.
 */
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import { alg, algorithmName } from './oids.ts'

/** An elliptic curve we accept. */
export type Curve = 'P-256' | 'P-384' | 'P-521'
/** A public key we can verify with. */
export type KeyInfo = { kind: 'rsa'; bits: number } | { kind: 'ec'; curve: Curve }
/** A decision: supported, or refused with the algorithm's name. */
export type Resolved<T> = { ok: true; value: T } | { ok: false; algorithm: string }

const curves: Record<string, Curve> = {
  [alg.p256]: 'P-256',
  [alg.p384]: 'P-384',
  [alg.p521]: 'P-521',
}

/** A subject public key. */
export function resolveKey(spki: pkijs.PublicKeyInfo): Resolved<KeyInfo> {
  const id = spki.algorithm.algorithmId
  if (id === alg.rsaEncryption) {
    const bits = rsaBits(spki)
    const ok = bits >= 2048 && bits <= 8192
    return ok ? { ok, value: { kind: 'rsa', bits } } : { ok, algorithm: `RSA-${bits}` }
  }
  if (id !== alg.ecPublicKey) return { ok: false, algorithm: algorithmName(id) }
  const params: unknown = spki.algorithm.algorithmParams
  const curveId = params instanceof asn1js.ObjectIdentifier ? params.valueBlock.toString() : ''
  const curve = curves[curveId]
  return curve
    ? { ok: true, value: { kind: 'ec', curve } }
    : { ok: false, algorithm: algorithmName(curveId || 'EC explicit parameters') }
}

function rsaBits(spki: pkijs.PublicKeyInfo): number {
  const key = spki.parsedKey
  if (!(key instanceof pkijs.RSAPublicKey)) return 0
  const modulus = key.modulus.valueBlock.valueHexView
  let i = 0
  while (i < modulus.length && modulus[i] === 0) i++
  if (i === modulus.length) return 0
  return (modulus.length - i - 1) * 8 + (modulus[i] ?? 0).toString(2).length
}
