/**
 * The signed attributes of a SignerInfo (RFC 5652 §5.3): the bytes the signature covers
 * (`[0] IMPLICIT` re-tagged as `SET OF`), the content type, the message digest and the signer's
 * claimed signing time; and building them when we sign.
 */
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import { toBuffer } from './bytes.ts'
import { time } from './certificate-builder.ts'
import { cms } from './oids.ts'

/** What verification reads from the signed attributes. */
export interface SignedAttributes {
  /** DER of the attributes as a SET OF: the data the signature is over. */
  der: Uint8Array
  contentType: string
  messageDigest: Uint8Array
  /** The signer's claim; reported, never trusted. */
  signingTime: Date | null
}

/** Reads signed attributes; throws when they break RFC 5652's rules. */
export function readSignedAttributes(attrs: pkijs.SignedAndUnsignedAttributes): SignedAttributes {
  const der = new Uint8Array(attrs.encodedValue.slice(0))
  der[0] = 0x31
  const seen = new Set<string>()
  for (const a of attrs.attributes) {
    if (seen.has(a.type)) throw new TypeError(`Signed attribute ${a.type} appears twice`)
    seen.add(a.type)
  }
  const contentType = single(attrs, cms.contentType)
  const digest = single(attrs, cms.messageDigest)
  const time = optionalSingle(attrs, cms.signingTime)
  if (!(contentType instanceof asn1js.ObjectIdentifier)) {
    throw new TypeError('contentType attribute missing or invalid')
  }
  if (!(digest instanceof asn1js.OctetString)) {
    throw new TypeError('messageDigest attribute missing or invalid')
  }
  return {
    der,
    contentType: contentType.valueBlock.toString(),
    messageDigest: new Uint8Array(digest.valueBlock.valueHexView),
    signingTime: toDate(time),
  }
}

function single(attrs: pkijs.SignedAndUnsignedAttributes, type: string): unknown {
  const a = attrs.attributes.find((x) => x.type === type)
  if (!a || a.values.length !== 1) {
    throw new TypeError(`Signed attribute ${type} must have exactly one value`)
  }
  return a.values[0]
}

function optionalSingle(attrs: pkijs.SignedAndUnsignedAttributes, type: string): unknown {
  return attrs.attributes.some((x) => x.type === type) ? single(attrs, type) : null
}

function toDate(value: unknown): Date | null {
  if (value instanceof asn1js.UTCTime || value instanceof asn1js.GeneralizedTime) {
    return value.toDate()
  }
  if (value !== null) throw new TypeError('signingTime attribute is not a time')
  return null
}

/** contentType, signingTime and messageDigest, in DER order (a SET OF sorts by encoding). */
export function buildSignedAttributes(
  messageDigest: Uint8Array,
  signingTime: Date,
): pkijs.Attribute[] {
  const list = [
    new pkijs.Attribute({
      type: cms.contentType,
      values: [new asn1js.ObjectIdentifier({ value: cms.data })],
    }),
    new pkijs.Attribute({ type: cms.signingTime, values: [time(signingTime).toSchema()] }),
    new pkijs.Attribute({
      type: cms.messageDigest,
      values: [new asn1js.OctetString({ valueHex: toBuffer(messageDigest) })],
    }),
  ]
  const encoded = list.map((a) => ({ a, der: new Uint8Array(a.toSchema().toBER()) }))
  encoded.sort((x, y) => compareBytes(x.der, y.der))
  return encoded.map((e) => e.a)
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0)
  }
  return a.length - b.length
}
