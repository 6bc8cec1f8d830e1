/**
 * A parsed certificate revocation list, indexed once (NCA lists hold hundreds of thousands of
 * entries) so each verification is a map lookup plus one memoised signature check.
 */
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import { resolveSignature } from './algorithms.ts'
import { toHex } from './bytes.ts'
import { type CertInfo, serialHex } from './certificate.ts'
import { configLimits, parseDer } from './engine.ts'
import { type NameAttribute, readName } from './names.ts'
import { ext } from './oids.ts'
import { verifyBytes } from './primitives.ts'

/** A CRL and what revocation checks read from it. */
export interface CrlInfo {
  crl: pkijs.CertificateRevocationList
  issuerDer: Uint8Array
  issuer: NameAttribute[]
  thisUpdate: Date
  nextUpdate: Date | null
  /** The cRLNumber, hex, when present. */
  number: string | null
  /** Revoked serial (minimal hex) → revocation date. */
  revoked: Map<string, Date>
  /** Why this CRL cannot decide anything (a delta or partitioned CRL), or null. */
  unusable: string | null
  signatureChecks: Map<string, Promise<boolean>>
}

const understoodCrlExtensions = new Set<string>([ext.crlNumber, ext.authorityKeyId])
const understoodEntryExtensions = new Set<string>([ext.reasonCode, ext.invalidityDate])

/** Parses a DER CRL; throws on anything that is not one. */
export function parseCrl(der: Uint8Array): CrlInfo {
  const crl = new pkijs.CertificateRevocationList({ schema: parseDer(der, configLimits) })
  const extensions = crl.crlExtensions?.extensions ?? []
  const entries = readEntries(crl.revokedCertificates ?? [])
  return {
    crl,
    issuerDer: new Uint8Array(crl.issuer.valueBeforeDecode),
    issuer: readName(crl.issuer),
    thisUpdate: crl.thisUpdate.value,
    nextUpdate: crl.nextUpdate?.value ?? null,
    number: crlNumber(extensions),
    revoked: entries.revoked,
    unusable: crlUnusable(extensions) ?? entries.unusable,
    signatureChecks: new Map(),
  }
}

function readEntries(
  entries: pkijs.RevokedCertificate[],
): { revoked: Map<string, Date>; unusable: string | null } {
  const revoked = new Map<string, Date>()
  let unusable: string | null = null
  for (const entry of entries) {
    revoked.set(
      serialHex(entry.userCertificate.valueBlock.valueHexView),
      entry.revocationDate.value,
    )
    const extensions = entry.crlEntryExtensions?.extensions ?? []
    const critical = extensions.find((e) => e.critical && !understoodEntryExtensions.has(e.extnID))
    if (critical) unusable = `entry extension ${critical.extnID} is critical`
  }
  return { revoked, unusable }
}

/** True when `issuer`'s key signed the CRL with an algorithm we accept; memoised per issuer. */
export function crlSignedBy(info: CrlInfo, issuer: CertInfo): Promise<boolean> {
  const key = toHex(issuer.der)
  let check = info.signatureChecks.get(key)
  if (!check) {
    check = verifyCrl(info.crl, issuer).catch(() => false)
    info.signatureChecks.set(key, check)
  }
  return check
}

async function verifyCrl(crl: pkijs.CertificateRevocationList, issuer: CertInfo): Promise<boolean> {
  if (crl.signature.algorithmId !== crl.signatureAlgorithm.algorithmId) return false
  const algorithm = resolveSignature(crl.signatureAlgorithm, null, issuer.cert.subjectPublicKeyInfo)
  if (!algorithm.ok) return false
  const signature = crl.signatureValue.valueBlock.valueHexView
  return await verifyBytes(
    issuer.cert.subjectPublicKeyInfo,
    algorithm.value,
    signature,
    crl.tbsView,
  )
}

function crlUnusable(extensions: pkijs.Extension[]): string | null {
  // A delta or partitioned CRL does not list every revoked certificate of its issuer.
  if (extensions.some((e) => e.extnID === ext.deltaCrlIndicator)) return 'delta CRL'
  if (extensions.some((e) => e.extnID === ext.issuingDistributionPoint)) return 'partitioned CRL'
  const critical = extensions.find((e) => e.critical && !understoodCrlExtensions.has(e.extnID))
  return critical ? `CRL extension ${critical.extnID} is critical` : null
}

function crlNumber(extensions: pkijs.Extension[]): string | null {
  const e = extensions.find((x) => x.extnID === ext.crlNumber)
  if (!e) return null
  const node = parseDer(e.extnValue.valueBlock.valueHexView)
  return node instanceof asn1js.Integer ? serialHex(node.valueBlock.valueHexView) : null
}
