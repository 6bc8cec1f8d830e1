/**
 * The configured trust: roots (trust anchors), intermediates and CRLs, parsed and checked once
 * at start-up. A bad file stops start-up with a message naming it; it is never skipped. The demo
 * CA's root is one more root, flagged only so pages can mark its signatures "demo".
 */
import { ConfigError } from '../../lib/errors.ts'
import { resolveKey } from './public-key.ts'
import { bytesEqual, fromPem, readBinary } from './bytes.ts'
import { type CertInfo, parseCertificate } from './certificate.ts'
import { type CrlInfo, parseCrl } from './crl.ts'
import { configLimits } from './engine.ts'
import { formatName } from './names.ts'

/** A certificate, CRL or bundle: DER bytes, PEM (one or many blocks) or base64 text. */
export type TrustInput = Uint8Array | string

/** What `createTrustStore` reads. */
export interface TrustStoreInput {
  roots: TrustInput[]
  /** Roots of the built-in demo CA: trusted like any root, reported as `demo`. */
  demoRoots?: TrustInput[]
  intermediates?: TrustInput[]
  crls?: TrustInput[]
}

/** A trust anchor. */
export interface TrustedRoot {
  cert: CertInfo
  demo: boolean
}

/** Parsed, immutable trust configuration; replace CRLs with `withCrls`. */
export interface TrustStore {
  readonly roots: readonly TrustedRoot[]
  readonly intermediates: readonly CertInfo[]
  readonly crls: readonly CrlInfo[]
}

/** Parses and checks the trust configuration; throws `ConfigError` naming the bad item. */
export function createTrustStore(input: TrustStoreInput): TrustStore {
  const roots = [
    ...certificates(input.roots, 'root').map((cert) => ({ cert, demo: false })),
    ...certificates(input.demoRoots ?? [], 'demo root').map((cert) => ({ cert, demo: true })),
  ]
  roots.forEach(({ cert }, i) => checkCa(cert, `root #${i + 1}`, true))
  const intermediates = certificates(input.intermediates ?? [], 'intermediate')
  intermediates.forEach((cert, i) => checkCa(cert, `intermediate #${i + 1}`, false))
  return Object.freeze({
    roots: Object.freeze(roots),
    intermediates: Object.freeze(intermediates),
    crls: Object.freeze(crlList(input.crls ?? [])),
  })
}

/** The same store with its CRLs replaced (after a refresh); throws `ConfigError` on a bad CRL. */
export function withCrls(store: TrustStore, crls: TrustInput[]): TrustStore {
  return Object.freeze({ ...store, crls: Object.freeze(crlList(crls)) })
}

function certificates(items: TrustInput[], kind: string): CertInfo[] {
  return derItems(items, kind).map(({ der, at }) => {
    try {
      return parseCertificate(der, configLimits)
    } catch (error) {
      throw new ConfigError(`Trust store: ${kind} ${at} is not a certificate: ${String(error)}`)
    }
  })
}

function crlList(items: TrustInput[]): CrlInfo[] {
  return derItems(items, 'CRL').map(({ der, at }) => {
    try {
      return parseCrl(der)
    } catch (error) {
      throw new ConfigError(`Trust store: CRL ${at} is not a CRL: ${String(error)}`)
    }
  })
}

function derItems(items: TrustInput[], kind: string): Array<{ der: Uint8Array; at: string }> {
  return items.flatMap((item, i) => {
    const at = `#${i + 1}`
    try {
      if (typeof item === 'string' && item.includes('-----BEGIN')) {
        return fromPem(item).map((b, j) => ({ der: b.der, at: `${at}.${j + 1}` }))
      }
      return [{ der: readBinary(item), at }]
    } catch (error) {
      throw new ConfigError(`Trust store: ${kind} ${at} cannot be decoded: ${String(error)}`)
    }
  })
}

function checkCa(cert: CertInfo, label: string, root: boolean): void {
  const name = `${label} "${formatName(cert.subject)}"`
  if (!cert.basic?.ca) throw new ConfigError(`Trust store: ${name} is not a CA certificate`)
  if (root && !bytesEqual(cert.subjectDer, cert.issuerDer)) {
    throw new ConfigError(`Trust store: ${name} is not self-issued; add it as an intermediate`)
  }
  const key = resolveKey(cert.cert.subjectPublicKeyInfo)
  if (!key.ok) {
    throw new ConfigError(`Trust store: ${name} has a key we cannot verify with: ${key.algorithm}`)
  }
}
