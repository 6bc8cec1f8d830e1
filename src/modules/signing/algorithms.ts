/**
 * Decides which signature algorithms we verify. Our own table, not pkijs': RSA (2048 to 8192
 * bits) with PKCS#1 v1.5 or PSS, and ECDSA on P-256/384/521, each with SHA-256/384/512.
 * Anything else (GOST, SHA-1, MD5, short RSA keys) is refused by name.
 */
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import { alg, algorithmName } from './oids.ts'
import { type KeyInfo, type Resolved, resolveKey } from './public-key.ts'

export type { Curve, KeyInfo, Resolved } from './public-key.ts'

/** A hash we accept. */
export type HashName = 'SHA-256' | 'SHA-384' | 'SHA-512'
/** How a signature was made. */
export type Scheme =
  | { kind: 'rsa-pkcs1'; hash: HashName }
  | { kind: 'rsa-pss'; hash: HashName; saltLength: number }
  | { kind: 'ecdsa'; hash: HashName }
/** A key and a scheme that fit together, with a label for evidence (`ECDSA P-256 SHA-256`). */
export interface SignatureAlgorithm {
  key: KeyInfo
  scheme: Scheme
  label: string
}

const hashes: Record<string, HashName> = {
  [alg.sha256]: 'SHA-256',
  [alg.sha384]: 'SHA-384',
  [alg.sha512]: 'SHA-512',
}
const combined: Record<string, { kind: 'rsa-pkcs1' | 'ecdsa'; hash: HashName }> = {
  [alg.sha256WithRsa]: { kind: 'rsa-pkcs1', hash: 'SHA-256' },
  [alg.sha384WithRsa]: { kind: 'rsa-pkcs1', hash: 'SHA-384' },
  [alg.sha512WithRsa]: { kind: 'rsa-pkcs1', hash: 'SHA-512' },
  [alg.ecdsaWithSha256]: { kind: 'ecdsa', hash: 'SHA-256' },
  [alg.ecdsaWithSha384]: { kind: 'ecdsa', hash: 'SHA-384' },
  [alg.ecdsaWithSha512]: { kind: 'ecdsa', hash: 'SHA-512' },
}

/** A digest algorithm (CMS `digestAlgorithm`, PSS parameters). */
export function resolveDigest(id: pkijs.AlgorithmIdentifier): Resolved<HashName> {
  const hash = hashes[id.algorithmId]
  return hash ? { ok: true, value: hash } : { ok: false, algorithm: algorithmName(id.algorithmId) }
}

/**
 * The algorithm of one signature: `signatureAlg` with the key in `spki`; `digestAlg` is the
 * CMS SignerInfo digest (null for certificates and CRLs, whose algorithm names its hash).
 */
export function resolveSignature(
  signatureAlg: pkijs.AlgorithmIdentifier,
  digestAlg: pkijs.AlgorithmIdentifier | null,
  spki: pkijs.PublicKeyInfo,
): Resolved<SignatureAlgorithm> {
  const key = resolveKey(spki)
  if (!key.ok) return key
  const digest = digestAlg ? resolveDigest(digestAlg) : null
  if (digest && !digest.ok) return digest
  const scheme = resolveScheme(signatureAlg, digest?.value ?? null)
  if (!scheme.ok) return scheme
  const fits = (scheme.value.kind === 'ecdsa') === (key.value.kind === 'ec')
  if (!fits) {
    return {
      ok: false,
      algorithm: `${describeScheme(scheme.value)} with a ${key.value.kind.toUpperCase()} key`,
    }
  }
  return {
    ok: true,
    value: { key: key.value, scheme: scheme.value, label: label(key.value, scheme.value) },
  }
}

function resolveScheme(id: pkijs.AlgorithmIdentifier, digest: HashName | null): Resolved<Scheme> {
  const oid = id.algorithmId
  const known = combined[oid]
  if (known) {
    if (digest && digest !== known.hash) {
      return { ok: false, algorithm: `${digest} digest with ${algName(oid, known.hash)}` }
    }
    return { ok: true, value: known }
  }
  // CMS signers often name only the key type and leave the hash to digestAlgorithm.
  if (oid === alg.rsaEncryption && digest) {
    return { ok: true, value: { kind: 'rsa-pkcs1', hash: digest } }
  }
  if (oid === alg.ecPublicKey && digest) return { ok: true, value: { kind: 'ecdsa', hash: digest } }
  if (oid === alg.rsaPss) return resolvePss(id, digest)
  return { ok: false, algorithm: algorithmName(oid) }
}

function resolvePss(id: pkijs.AlgorithmIdentifier, digest: HashName | null): Resolved<Scheme> {
  const refused = {
    ok: false as const,
    algorithm: `RSA-PSS with unsupported parameters (${id.algorithmId})`,
  }
  if (!(id.algorithmParams instanceof asn1js.Sequence)) return refused
  const params = new pkijs.RSASSAPSSParams({ schema: id.algorithmParams })
  const hash = resolveDigest(params.hashAlgorithm)
  if (!hash.ok) return { ok: false, algorithm: `RSA-PSS with ${hash.algorithm}` }
  const mgf = params.maskGenAlgorithm
  const mgfHash = mgf.algorithmParams instanceof asn1js.Sequence
    ? new pkijs.AlgorithmIdentifier({ schema: mgf.algorithmParams }).algorithmId
    : ''
  const sameHash = mgf.algorithmId === alg.mgf1 && hashes[mgfHash] === hash.value
  if (!sameHash || params.trailerField !== 1 || (digest && digest !== hash.value)) return refused
  return { ok: true, value: { kind: 'rsa-pss', hash: hash.value, saltLength: params.saltLength } }
}

function algName(oid: string, hash: HashName): string {
  return oid.startsWith('1.2.840.10045') ? `ECDSA with ${hash}` : `RSA with ${hash}`
}

function describeScheme(s: Scheme): string {
  return s.kind === 'ecdsa' ? `ECDSA ${s.hash}` : `RSA ${s.hash}`
}

function label(key: KeyInfo, s: Scheme): string {
  if (key.kind === 'ec') return `ECDSA ${key.curve} ${s.hash}`
  return `${s.kind === 'rsa-pss' ? 'RSA-PSS' : 'RSA'}-${key.bits} ${s.hash}`
}
