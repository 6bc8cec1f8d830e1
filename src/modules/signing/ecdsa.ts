/**
 * ECDSA signatures travel in CMS and X.509 as DER `SEQUENCE { r INTEGER, s INTEGER }`, while
 * WebCrypto speaks the fixed-width `r || s` form. These convert strictly: a signature that is
 * not minimal DER, or whose numbers do not fit the curve, is not a signature.
 */
import * as asn1js from 'asn1js'

/** `r || s` of `size` bytes each, or null when `der` is not a well-formed ECDSA signature. */
export function ecdsaDerToRaw(der: Uint8Array, size: number): Uint8Array | null {
  const { offset, result } = asn1js.fromBER(der, { maxDepth: 3, maxNodes: 4 })
  if (offset !== der.length || !(result instanceof asn1js.Sequence)) return null
  const parts = result.valueBlock.value
  if (parts.length !== 2) return null
  const out = new Uint8Array(size * 2)
  for (const [i, part] of parts.entries()) {
    if (!(part instanceof asn1js.Integer)) return null
    const n = unsigned(part.valueBlock.valueHexView)
    if (!n || n.length > size) return null
    out.set(n, size * (i + 1) - n.length)
  }
  return out
}

/** DER `SEQUENCE { r, s }` from WebCrypto's `r || s`. */
export function ecdsaRawToDer(raw: Uint8Array): Uint8Array {
  const half = raw.length / 2
  const ints = [raw.subarray(0, half), raw.subarray(half)].map((n) =>
    new asn1js.Integer({ valueHex: minimalPositive(n) })
  )
  return new Uint8Array(new asn1js.Sequence({ value: ints }).toBER())
}

// A positive DER INTEGER's content: minimal, with one leading zero only before a high bit.
function unsigned(content: Uint8Array): Uint8Array | null {
  if (content.length === 0 || ((content[0] ?? 0) & 0x80) !== 0) return null
  if (content[0] === 0 && content.length > 1 && ((content[1] ?? 0) & 0x80) === 0) return null
  return content[0] === 0 ? content.subarray(1) : content
}

function minimalPositive(n: Uint8Array): Uint8Array<ArrayBuffer> {
  let i = 0
  while (i < n.length - 1 && n[i] === 0) i++
  const body = n.subarray(i)
  if (((body[0] ?? 0) & 0x80) === 0) return body.slice()
  const out = new Uint8Array(body.length + 1)
  out.set(body, 1)
  return out
}
