/**
 * The configured (real) trust as files: NCA RK's root and intermediate certificates in one
 * directory, its CRLs in another, PEM or DER. A self-issued CA certificate becomes a trust
 * anchor, any other CA certificate an intermediate (used to build paths, never an anchor).
 * A bad certificate stops start-up naming the file; CRLs are re-read by a job, and a bad or
 * missing new CRL leaves the last good one in place until its nextUpdate, after which the
 * verifier fails closed (`revocation_unknown`).
 */
import { ConfigError } from '../../lib/errors.ts'
import { bytesEqual, fromPem, readBinary } from './bytes.ts'
import { parseCertificate } from './certificate.ts'
import { type CrlInfo, crlSignedBy } from './crl.ts'
import { configLimits } from './engine.ts'
import { createTrustStore, type TrustInput, type TrustStore } from './trust.ts'

/** A file read from a trust directory by the platform. */
export interface TrustFile {
  readonly name: string
  readonly bytes: Uint8Array
}

/** The configured trust; the CRL job replaces its store. */
export interface TrustConfig {
  current(): TrustStore
  replace(store: TrustStore): void
}

/** What one CRL refresh did. */
export interface CrlRefreshReport {
  readonly loaded: string[]
  /** Issuers whose previous CRL stays because no good new one came. */
  readonly kept: number
  readonly failed: Array<{ name: string; reason: string }>
}

/** Reads the certificate and CRL files; throws `ConfigError` naming a bad file. */
export function createTrustConfig(
  files: { certificates: readonly TrustFile[]; crls: readonly TrustFile[] },
): TrustConfig {
  const roots: Uint8Array[] = []
  const intermediates: Uint8Array[] = []
  for (const file of files.certificates) {
    for (const der of certificatesIn(file)) {
      ;(named(file, () => isAnchor(der)) ? roots : intermediates).push(der)
    }
  }
  const base = createTrustStore({ roots, intermediates })
  const crls = files.crls.flatMap((file) => named(file, () => parseCrlFile(file)))
  return holder(Object.freeze({ ...base, crls: Object.freeze(crls) }))
}

/** No configured roots: only the demo CA (when on) can sign. */
export function emptyTrustConfig(): TrustConfig {
  return holder(createTrustStore({ roots: [] }))
}

/**
 * Re-reads the CRLs. For each issuer a new CRL replaces the old one only if it verifies
 * against a configured CA and is current; otherwise the old one stays.
 */
export async function refreshCrls(
  config: TrustConfig,
  files: readonly TrustFile[],
  now: Date,
): Promise<CrlRefreshReport> {
  const store = config.current()
  const cas = [...store.roots.map((r) => r.cert), ...store.intermediates]
  const failed: Array<{ name: string; reason: string }> = []
  const fresh: CrlInfo[] = []
  const loaded: string[] = []
  for (const file of files) {
    try {
      for (const crl of parseCrlFile(file)) {
        const issuer = cas.find((ca) => bytesEqual(ca.subjectDer, crl.issuerDer))
        const good = issuer && !crl.unusable && (crl.nextUpdate ?? now) > now &&
          (await crlSignedBy(crl, issuer))
        if (!good) throw new Error('not signed by a configured CA, unusable or out of date')
        fresh.push(crl)
      }
      loaded.push(file.name)
    } catch (error) {
      failed.push({ name: file.name, reason: error instanceof Error ? error.message : '?' })
    }
  }
  const kept = store.crls.filter((old) =>
    !fresh.some((f) => bytesEqual(f.issuerDer, old.issuerDer))
  )
  config.replace(Object.freeze({ ...store, crls: Object.freeze([...fresh, ...kept]) }))
  return { loaded, kept: kept.length, failed }
}

function holder(initial: TrustStore): TrustConfig {
  let store = initial
  return {
    current: () => store,
    replace(next) {
      store = next
    },
  }
}

// Self-issued means a trust anchor; either way it must pass the trust store's CA checks.
function isAnchor(der: Uint8Array): boolean {
  const cert = parseCertificate(der, configLimits)
  const anchor = bytesEqual(cert.subjectDer, cert.issuerDer)
  createTrustStore(anchor ? { roots: [der] } : { roots: [], intermediates: [der] })
  return anchor
}

function certificatesIn(file: TrustFile): Uint8Array[] {
  return named(file, () => {
    const input = asInput(file.bytes)
    if (typeof input === 'string' && input.includes('-----BEGIN')) {
      return fromPem(input).map((block) => block.der)
    }
    return [readBinary(input)]
  })
}

function parseCrlFile(file: TrustFile): CrlInfo[] {
  return [...createTrustStore({ roots: [], crls: [asInput(file.bytes)] }).crls]
}

// DER starts with a SEQUENCE tag; anything else is PEM or base64 text.
function asInput(bytes: Uint8Array): TrustInput {
  return bytes[0] === 0x30 ? bytes : new TextDecoder().decode(bytes).replace(/^\uFEFF/, '')
}

function named<T>(file: TrustFile, read: () => T): T {
  try {
    return read()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new ConfigError(`Trust file "${file.name}": ${reason}`)
  }
}
