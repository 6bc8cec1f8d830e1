/**
 * pkijs over the runtime's own WebCrypto (`globalThis.crypto`, present on Node ≥ 19 and Deno),
 * never `node:crypto`. The engine is passed explicitly to every pkijs call that accepts one.
 */
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'

/** The pkijs crypto engine this module uses. */
export const engine: pkijs.CryptoEngine = new pkijs.CryptoEngine({
  name: 'webcrypto',
  crypto: globalThis.crypto,
})

// pkijs also calls its global engine internally (e.g. while parsing keys); point it at the
// same WebCrypto instead of trusting whatever the runtime detection picked.
pkijs.setEngine('webcrypto', engine)

/** Parser limits for untrusted input (CMS from a browser); CRLs from configuration get more. */
export interface DerLimits {
  maxDepth: number
  maxNodes: number
  maxContentLength: number
}

/** Limits for a signature received from a user. */
export const untrustedLimits: DerLimits = {
  maxDepth: 40,
  maxNodes: 20_000,
  maxContentLength: 2 * 1024 * 1024,
}

/** Limits for configured files (roots, CRLs with hundreds of thousands of entries). */
export const configLimits: DerLimits = {
  maxDepth: 40,
  maxNodes: 20_000_000,
  maxContentLength: 256 * 1024 * 1024,
}

/** Decodes one DER/BER value that must span the whole input; throws otherwise. */
export function parseDer(bytes: Uint8Array, limits: DerLimits = untrustedLimits): asn1js.AsnType {
  const { offset, result } = asn1js.fromBER(bytes, { ...limits, copyInput: true })
  if (offset === -1) throw new TypeError(`Invalid ASN.1: ${result.error || 'cannot decode'}`)
  if (offset !== bytes.length) throw new TypeError('Invalid ASN.1: trailing bytes after the value')
  return result
}

/** The original encoding of a decoded ASN.1 value. */
export function encodingOf(node: asn1js.AsnType): Uint8Array {
  return new Uint8Array(node.valueBeforeDecodeView)
}
