/**
 * Certificate revocation lists for the demo CA (and the test PKI): v2 CRLs with a cRLNumber,
 * signed by the issuer's key, in the same format the verifier reads from NCA RK.
 */
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import { fromHex } from './bytes.ts'
import { parseCertificate } from './certificate.ts'
import { time } from './certificate-builder.ts'
import { extension } from './extensions-builder.ts'
import { type DemoCredential, issuerKey } from './demo-ca.ts'
import { engine } from './engine.ts'
import { ext } from './oids.ts'

/** One revoked certificate: its serial number (hex, as the verifier reports it) and date. */
export interface RevokedEntry {
  serial: string
  date: Date
}

/** Issues a CRL signed by `issuer`; returns its DER. */
export async function createCrl(
  issuer: DemoCredential,
  revoked: RevokedEntry[],
  options: { thisUpdate: Date; nextUpdate: Date; number?: number },
): Promise<Uint8Array> {
  const crl = new pkijs.CertificateRevocationList()
  crl.version = 1
  crl.issuer = parseCertificate(issuer.certificate).cert.subject
  crl.thisUpdate = time(options.thisUpdate)
  crl.nextUpdate = time(options.nextUpdate)
  if (revoked.length) {
    crl.revokedCertificates = revoked.map((r) =>
      new pkijs.RevokedCertificate({
        userCertificate: new asn1js.Integer({ valueHex: serialBytes(r.serial) }),
        revocationDate: time(r.date),
      })
    )
  }
  const number = new asn1js.Integer({ value: options.number ?? 1 })
  crl.crlExtensions = new pkijs.Extensions({
    extensions: [extension(ext.crlNumber, false, number)],
  })
  await crl.sign(await issuerKey(issuer), 'SHA-256', engine)
  return new Uint8Array(crl.toSchema().toBER())
}

// A positive INTEGER needs a leading zero byte when its top bit is set.
function serialBytes(hex: string): ArrayBuffer {
  const bytes = fromHex(hex.length % 2 ? `0${hex}` : hex)
  if (((bytes[0] ?? 0) & 0x80) === 0) return bytes.slice().buffer
  const padded = new Uint8Array(bytes.length + 1)
  padded.set(bytes, 1)
  return padded.buffer
}
