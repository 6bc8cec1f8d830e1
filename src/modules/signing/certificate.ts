/**
 * One parsed X.509 certificate with everything verification decides on, read once: names,
 * validity, key usage, extended key usage, policies, CA constraints and the critical extensions
 * we do not understand (RFC 5280 §4.2: such a certificate must be rejected).
 */
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import { toHex } from './bytes.ts'
import { type DerLimits, encodingOf, parseDer, untrustedLimits } from './engine.ts'
import { type NameAttribute, readName } from './names.ts'
import { ext } from './oids.ts'

/** Key usage bits, in bit order (RFC 5280 §4.2.1.3; nonRepudiation is X.509's contentCommitment). */
export const keyUsageNames = [
  'digitalSignature',
  'nonRepudiation',
  'keyEncipherment',
  'dataEncipherment',
  'keyAgreement',
  'keyCertSign',
  'cRLSign',
  'encipherOnly',
  'decipherOnly',
] as const
/** One key usage bit. */
export type KeyUsageName = (typeof keyUsageNames)[number]

/** A certificate and the facts verification uses. */
export interface CertInfo {
  der: Uint8Array
  cert: pkijs.Certificate
  subjectDer: Uint8Array
  issuerDer: Uint8Array
  subject: NameAttribute[]
  issuer: NameAttribute[]
  serialHex: string
  notBefore: Date
  notAfter: Date
  /** Null when the certificate has no keyUsage extension. */
  keyUsage: KeyUsageName[] | null
  /** Null when the certificate has no extendedKeyUsage extension. */
  extKeyUsage: string[] | null
  policies: string[]
  basic: { ca: boolean; pathLen: number | null } | null
  subjectKeyId: string | null
  unknownCritical: string[]
}

const understood = new Set<string>([
  ext.keyUsage,
  ext.basicConstraints,
  ext.extKeyUsage,
  ext.certificatePolicies,
  ext.subjectKeyId,
  ext.authorityKeyId,
  ext.subjectAltName,
  ext.crlDistributionPoints,
  ext.authorityInfoAccess,
])

/** Parses a DER certificate; throws on anything that is not one. */
export function parseCertificate(der: Uint8Array, limits: DerLimits = untrustedLimits): CertInfo {
  const node = parseDer(der, limits)
  const cert = new pkijs.Certificate({ schema: node })
  const info: CertInfo = {
    der: encodingOf(node),
    cert,
    subjectDer: new Uint8Array(cert.subject.valueBeforeDecode),
    issuerDer: new Uint8Array(cert.issuer.valueBeforeDecode),
    subject: readName(cert.subject),
    issuer: readName(cert.issuer),
    serialHex: serialHex(cert.serialNumber.valueBlock.valueHexView),
    notBefore: cert.notBefore.value,
    notAfter: cert.notAfter.value,
    keyUsage: null,
    extKeyUsage: null,
    policies: [],
    basic: null,
    subjectKeyId: null,
    unknownCritical: [],
  }
  readExtensions(cert.extensions ?? [], info)
  return info
}

/** A serial number as minimal lower-case hex, the key for CRL lookups. */
export function serialHex(content: Uint8Array): string {
  let i = 0
  while (i < content.length - 1 && content[i] === 0) i++
  return toHex(content.subarray(i))
}

function readExtensions(extensions: pkijs.Extension[], info: CertInfo): void {
  const seen = new Set<string>()
  for (const e of extensions) {
    if (seen.has(e.extnID)) throw new TypeError(`Extension ${e.extnID} appears twice`)
    seen.add(e.extnID)
    if (e.critical && !understood.has(e.extnID)) info.unknownCritical.push(e.extnID)
    readExtension(e, info)
  }
}

function readExtension(e: pkijs.Extension, info: CertInfo): void {
  const value = e.extnValue.valueBlock.valueHexView
  if (e.extnID === ext.keyUsage) info.keyUsage = readKeyUsage(value)
  if (e.extnID === ext.subjectKeyId) info.subjectKeyId = toHex(octets(value))
  if (e.extnID === ext.extKeyUsage) info.extKeyUsage = parsed(e, pkijs.ExtKeyUsage).keyPurposes
  if (e.extnID === ext.certificatePolicies) {
    info.policies = parsed(e, pkijs.CertificatePolicies).certificatePolicies.map((p) =>
      p.policyIdentifier
    )
  }
  if (e.extnID === ext.basicConstraints) {
    const bc = parsed(e, pkijs.BasicConstraints)
    const len = bc.pathLenConstraint
    const pathLen = len === undefined
      ? null
      : typeof len === 'number'
      ? len
      : len.valueBlock.valueDec
    info.basic = { ca: bc.cA, pathLen }
  }
}

function parsed<T extends object>(e: pkijs.Extension, type: new (...args: never[]) => T): T {
  const value: unknown = e.parsedValue
  if (!(value instanceof type) || 'parsingError' in value) {
    throw new TypeError(`Extension ${e.extnID} is malformed`)
  }
  return value
}

function readKeyUsage(der: Uint8Array): KeyUsageName[] {
  const bits = parseDer(der)
  if (!(bits instanceof asn1js.BitString)) throw new TypeError('keyUsage is not a BIT STRING')
  const bytes = bits.valueBlock.valueHexView
  return keyUsageNames.filter((_, i) => (((bytes[i >> 3] ?? 0) >> (7 - (i & 7))) & 1) === 1)
}

function octets(der: Uint8Array): Uint8Array {
  const node = parseDer(der)
  if (!(node instanceof asn1js.OctetString)) {
    throw new TypeError('subjectKeyIdentifier is not an OCTET STRING')
  }
  return node.valueBlock.valueHexView
}
