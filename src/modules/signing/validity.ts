/**
 * Validity periods and key usage: the checks that depend on the trusted time and the purpose.
 * The time is ours (when we received the signature), never the signer's claimed signingTime.
 */
import type { CertInfo } from './certificate.ts'
import { formatName } from './names.ts'
import { eku } from './oids.ts'
import type { Outcome, Purpose } from './types.ts'

/** Every certificate of the path must be valid at `at`; the leaf is checked first. */
export function checkValidity(path: readonly CertInfo[], at: Date): Outcome {
  for (const cert of path) {
    const name = `"${formatName(cert.subject)}"`
    if (at < cert.notBefore) {
      return {
        ok: false,
        code: 'not_yet_valid',
        detail: `${name} valid from ${cert.notBefore.toISOString()}`,
      }
    }
    if (at > cert.notAfter) {
      return {
        ok: false,
        code: 'expired',
        detail: `${name} expired ${cert.notAfter.toISOString()}`,
      }
    }
  }
  return { ok: true, detail: `all ${path.length} certificates valid at ${at.toISOString()}` }
}

/**
 * `sign` needs nonRepudiation (NCA's SIGN key); `auth` needs digitalSignature and clientAuth
 * (NCA's AUTH key). So an AUTH key cannot sign a document and a SIGN key cannot log in.
 */
export function checkKeyUsage(leaf: CertInfo, purpose: Purpose): Outcome {
  const usage = leaf.keyUsage ?? []
  const listed = `keyUsage: ${usage.join(' ') || 'none'}; extendedKeyUsage: ${
    leaf.extKeyUsage?.join(' ') ?? 'none'
  }`
  if (leaf.basic?.ca) {
    return { ok: false, code: 'wrong_key_usage', detail: `a CA certificate; ${listed}` }
  }
  const fits = purpose === 'sign'
    ? usage.includes('nonRepudiation')
    : usage.includes('digitalSignature') && (leaf.extKeyUsage ?? []).includes(eku.clientAuth)
  return fits
    ? { ok: true, detail: listed }
    : { ok: false, code: 'wrong_key_usage', detail: `${purpose}: ${listed}` }
}
