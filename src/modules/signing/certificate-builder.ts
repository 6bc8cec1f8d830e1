/**
 * Builds X.509 certificates for the demo CA (and for the test PKI): names with one attribute
 * per RDN, key usage as a minimal DER bit string, policies, EKU, key identifiers. The issuer's
 * name is copied byte for byte from its certificate so chains match exactly.
 */
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import type { HashName } from './algorithms.ts'
import { type KeyUsageName, parseCertificate } from './certificate.ts'
import { engine, parseDer } from './engine.ts'
import { extensionsFor } from './extensions-builder.ts'
import type { NameAttribute } from './names.ts'
import { attr } from './oids.ts'

/** What goes into a certificate. */
export interface CertificateSpec {
  /** In encoding order; shown reversed (RFC 4514). */
  subject: NameAttribute[]
  publicKey: CryptoKey
  /** The issuer's certificate (DER), or null for a self-signed one. */
  issuerCertificate: Uint8Array | null
  /** The key that signs: the issuer's, or the subject's own when self-signed. */
  signingKey: CryptoKey
  notBefore: Date
  notAfter: Date
  /** Present for a CA. */
  ca?: { pathLen?: number }
  keyUsage: KeyUsageName[]
  extKeyUsage?: string[]
  policies?: string[]
  hash?: HashName
  /** Extra extensions (the test PKI adds an unknown critical one). */
  extensions?: pkijs.Extension[]
}

/** Builds and signs a certificate; returns its DER. */
export async function buildCertificate(spec: CertificateSpec): Promise<Uint8Array> {
  const cert = new pkijs.Certificate()
  cert.version = 2
  cert.serialNumber = new asn1js.Integer({ valueHex: randomSerial() })
  cert.subject = encodeName(spec.subject)
  const issuer = spec.issuerCertificate ? parseCertificate(spec.issuerCertificate) : null
  cert.issuer = issuer ? issuer.cert.subject : encodeName(spec.subject)
  cert.notBefore = time(spec.notBefore)
  cert.notAfter = time(spec.notAfter)
  await cert.subjectPublicKeyInfo.importKey(spec.publicKey, engine)
  const keyId = await keyIdentifier(cert.subjectPublicKeyInfo)
  cert.extensions = [
    ...extensionsFor(spec, keyId, issuer?.subjectKeyId ?? null),
    ...(spec.extensions ?? []),
  ]
  await cert.sign(spec.signingKey, spec.hash ?? 'SHA-256', engine)
  return new Uint8Array(cert.toSchema().toBER())
}

/** A name with one attribute per RDN; C and SERIALNUMBER as PrintableString, the rest UTF-8. */
export function encodeName(attrs: readonly NameAttribute[]): pkijs.RelativeDistinguishedNames {
  const printable = new Set<string>([attr.country, attr.serialNumber])
  const rdns = attrs.map((a) => {
    const value = printable.has(a.oid)
      ? new asn1js.PrintableString({ value: a.value })
      : new asn1js.Utf8String({ value: a.value })
    return new asn1js.Set({
      value: [
        new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: a.oid }), value] }),
      ],
    })
  })
  const der = new Uint8Array(new asn1js.Sequence({ value: rdns }).toBER())
  return new pkijs.RelativeDistinguishedNames({ schema: parseDer(der) })
}

/** A Time: UTCTime before 2050, GeneralizedTime from 2050 (RFC 5280 §4.1.2.5). */
export function time(date: Date): pkijs.Time {
  return new pkijs.Time({ type: date.getUTCFullYear() >= 2050 ? 1 : 0, value: date })
}

/** A positive 16-byte serial number. */
export function randomSerial(): ArrayBuffer {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x40
  return bytes.buffer
}

// RFC 7093 method 1: the leftmost 160 bits of the SHA-256 of the subjectPublicKey bits.
async function keyIdentifier(spki: pkijs.PublicKeyInfo): Promise<Uint8Array> {
  const hash = await crypto.subtle.digest(
    'SHA-256',
    spki.subjectPublicKey.valueBlock.valueHexView.slice(),
  )
  return new Uint8Array(hash).slice(0, 20)
}
