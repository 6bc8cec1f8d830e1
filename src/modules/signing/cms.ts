/**
 * Reads a CMS SignedData from untrusted input within fixed limits: size first, then structure.
 * Any exception while parsing becomes `malformed`; nothing here decides trust.
 */
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import { bytesEqual, readBinary, toHex } from './bytes.ts'
import { type CertInfo, parseCertificate, serialHex } from './certificate.ts'
import { parseDer } from './engine.ts'
import { cms } from './oids.ts'
import { readSignedAttributes, type SignedAttributes } from './signed-attributes.ts'
import type { ErrorCode } from './types.ts'

/** The largest CMS we accept, in DER bytes. */
export const maxCmsBytes = 1024 * 1024

/** A SignedData with exactly one signer whose certificate it carries. */
export interface ParsedCms {
  signerInfo: pkijs.SignerInfo
  signer: CertInfo
  certificates: CertInfo[]
  eContentType: string
  /** The encapsulated content (attached signature), or null (detached). */
  eContent: Uint8Array | null
  signedAttributes: SignedAttributes | null
}

/** The parsed CMS, or the reason it cannot be read. */
export type ParseResult = { ok: true; value: ParsedCms } | {
  ok: false
  code: ErrorCode
  detail: string
}

/** Parses DER, PEM or base64 CMS. */
export function parseCms(input: Uint8Array | string): ParseResult {
  // Base64 and PEM are about 4/3 of the DER; refuse before decoding anything large.
  if (input.length > maxCmsBytes * 1.4 + 4096) return tooLarge(input.length)
  let der: Uint8Array
  try {
    der = readBinary(input)
  } catch (error) {
    return fail('malformed', `cannot decode: ${String(error)}`)
  }
  if (der.length > maxCmsBytes) return tooLarge(der.length)
  try {
    return readContentInfo(der)
  } catch (error) {
    return fail('malformed', String(error))
  }
}

function tooLarge(size: number): ParseResult {
  return fail('too_large', `${size} bytes, limit ${maxCmsBytes}`)
}

function fail(code: ErrorCode, detail: string): ParseResult {
  return { ok: false, code, detail }
}

function readContentInfo(der: Uint8Array): ParseResult {
  const info = new pkijs.ContentInfo({ schema: parseDer(der) })
  if (info.contentType !== cms.signedData) {
    return fail('not_signed_data', `content type ${info.contentType}`)
  }
  const signedData = new pkijs.SignedData({ schema: info.content })
  const [signerInfo, ...others] = signedData.signerInfos
  if (!signerInfo) return fail('malformed', 'no SignerInfo')
  if (others.length) return fail('multiple_signers', `${others.length + 1} SignerInfos`)
  const certificates = embeddedCertificates(info.content)
  const signer = certificates.find((c) => identifies(signerInfo.sid, c))
  if (!signer) return fail('signer_certificate_missing', 'no certificate matches the signer id')
  const attrs = signerInfo.signedAttrs
  return {
    ok: true,
    value: {
      signerInfo,
      signer,
      certificates,
      ...encapsulated(signedData.encapContentInfo),
      signedAttributes: attrs ? readSignedAttributes(attrs) : null,
    },
  }
}

function encapsulated(
  info: pkijs.EncapsulatedContentInfo,
): { eContentType: string; eContent: Uint8Array | null } {
  const { eContentType, eContent } = info
  if (eContent === undefined) return { eContentType, eContent: null }
  if (!(eContent instanceof asn1js.OctetString)) {
    throw new TypeError('eContent is not an OCTET STRING')
  }
  return { eContentType, eContent: new Uint8Array(eContent.getValue()) }
}

// The certificates' original bytes: re-encoding a parsed certificate could change them.
function embeddedCertificates(signedData: unknown): CertInfo[] {
  if (!(signedData instanceof asn1js.Sequence)) throw new TypeError('SignedData is not a SEQUENCE')
  const set = signedData.valueBlock.value.find((n) =>
    n.idBlock.tagClass === 3 && n.idBlock.tagNumber === 0
  )
  if (!set) return []
  const items = (set.valueBlock as { value?: asn1js.AsnType[] }).value ?? []
  // Only X.509 certificates (universal SEQUENCE); attribute and other certificate formats are ignored.
  return items.filter((n) => n.idBlock.tagClass === 1).map((n) =>
    parseCertificate(new Uint8Array(n.valueBeforeDecodeView))
  )
}

function identifies(sid: unknown, cert: CertInfo): boolean {
  if (sid instanceof pkijs.IssuerAndSerialNumber) {
    const issuer = new Uint8Array(sid.issuer.valueBeforeDecode)
    return bytesEqual(issuer, cert.issuerDer) &&
      serialHex(sid.serialNumber.valueBlock.valueHexView) === cert.serialHex
  }
  const block = sid as {
    valueBlock?: {
      valueHexView?: Uint8Array
      value?: Array<{ valueBlock: { valueHexView: Uint8Array } }>
    }
  }
  const keyId = block.valueBlock?.valueHexView?.length
    ? block.valueBlock.valueHexView
    : block.valueBlock?.value?.[0]?.valueBlock.valueHexView
  return keyId !== undefined && cert.subjectKeyId === toHex(keyId)
}
