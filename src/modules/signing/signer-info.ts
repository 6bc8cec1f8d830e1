/**
 * The two checks on the SignerInfo itself: that the signed bytes are exactly the document's
 * bytes (messageDigest over our canonical bytes, and the attached content if any), and that the
 * signature over the signed attributes verifies with the signer's key.
 */
import type { HashName, SignatureAlgorithm } from './algorithms.ts'
import { bytesEqual, toHex } from './bytes.ts'
import { refuse } from './checks.ts'
import type { ParsedCms } from './cms.ts'
import { cms } from './oids.ts'
import { digest, verifyBytes } from './primitives.ts'
import type { Outcome } from './types.ts'

/** The signed content must be `content`, byte for byte. */
export async function checkContent(
  parsed: ParsedCms,
  content: Uint8Array,
  hash: HashName,
): Promise<Outcome> {
  if (parsed.eContentType !== cms.data) {
    return refuse('content_mismatch', `content type ${parsed.eContentType}, expected data`)
  }
  if (parsed.eContent !== null && !bytesEqual(parsed.eContent, content)) {
    return refuse('content_mismatch', 'the attached content is not the document')
  }
  const mode = parsed.eContent === null ? 'detached' : 'attached'
  const attrs = parsed.signedAttributes
  if (!attrs) {
    return { ok: true, detail: `${mode}; no signed attributes, the signature covers the content` }
  }
  if (attrs.contentType !== parsed.eContentType) {
    return refuse('content_mismatch', 'contentType attribute differs from the content type')
  }
  const actual = await digest(hash, content)
  if (!bytesEqual(actual, attrs.messageDigest)) {
    return refuse('content_mismatch', `messageDigest is not the ${hash} of the document`)
  }
  return { ok: true, detail: `${mode}; ${hash} ${toHex(actual)}` }
}

/** The signature over the signed attributes (or the content, without them) must verify. */
export async function checkSignature(
  parsed: ParsedCms,
  content: Uint8Array,
  algorithm: SignatureAlgorithm,
): Promise<Outcome> {
  const data = parsed.signedAttributes?.der ?? content
  const signature = new Uint8Array(parsed.signerInfo.signature.getValue())
  const valid = await verifyBytes(
    parsed.signer.cert.subjectPublicKeyInfo,
    algorithm,
    signature,
    data,
  )
  return valid
    ? { ok: true, detail: algorithm.label }
    : { ok: false, code: 'bad_signature', detail: `${algorithm.label} signature does not verify` }
}
