/**
 * The extensions our certificates carry: keyUsage (critical), basicConstraints for CAs
 * (critical), extendedKeyUsage, certificatePolicies and the key identifiers.
 */
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import { fromHex } from './bytes.ts'
import type { CertificateSpec } from './certificate-builder.ts'
import { type KeyUsageName, keyUsageNames } from './certificate.ts'
import { ext } from './oids.ts'

/** Builds one extension. */
export function extension(
  extnID: string,
  critical: boolean,
  value: { toBER(): ArrayBuffer },
): pkijs.Extension {
  return new pkijs.Extension({ extnID, critical, extnValue: value.toBER() })
}

/** The keyUsage bit string, DER-minimal (trailing zero bits dropped). */
export function keyUsageBits(usages: readonly KeyUsageName[]): asn1js.BitString {
  const bits = usages.map((u) => keyUsageNames.indexOf(u))
  const last = Math.max(...bits)
  const bytes = new Uint8Array((last >> 3) + 1)
  for (const b of bits) bytes[b >> 3] = (bytes[b >> 3] ?? 0) | (0x80 >> (b & 7))
  return new asn1js.BitString({ valueHex: bytes.buffer, unusedBits: 7 - (last & 7) })
}

/** The standard extensions of a certificate built from `spec`. */
export function extensionsFor(
  spec: CertificateSpec,
  keyId: Uint8Array,
  issuerKeyId: string | null,
): pkijs.Extension[] {
  const list = [extension(ext.keyUsage, true, keyUsageBits(spec.keyUsage))]
  if (spec.ca) {
    const pathLen = spec.ca.pathLen !== undefined ? { pathLenConstraint: spec.ca.pathLen } : {}
    list.push(
      extension(
        ext.basicConstraints,
        true,
        new pkijs.BasicConstraints({ cA: true, ...pathLen }).toSchema(),
      ),
    )
  }
  if (spec.extKeyUsage) {
    list.push(
      extension(
        ext.extKeyUsage,
        false,
        new pkijs.ExtKeyUsage({ keyPurposes: spec.extKeyUsage }).toSchema(),
      ),
    )
  }
  if (spec.policies?.length) list.push(policies(spec.policies))
  return [...list, ...keyIdentifiers(keyId, issuerKeyId ? fromHex(issuerKeyId) : keyId)]
}

function policies(oids: string[]): pkijs.Extension {
  const infos = oids.map((p) => new pkijs.PolicyInformation({ policyIdentifier: p }))
  return extension(
    ext.certificatePolicies,
    false,
    new pkijs.CertificatePolicies({ certificatePolicies: infos }).toSchema(),
  )
}

function keyIdentifiers(subjectId: Uint8Array, authorityId: Uint8Array): pkijs.Extension[] {
  const octets = (b: Uint8Array) => new asn1js.OctetString({ valueHex: b.slice().buffer })
  const aki = new pkijs.AuthorityKeyIdentifier({ keyIdentifier: octets(authorityId) })
  return [
    extension(ext.subjectKeyId, false, octets(subjectId)),
    extension(ext.authorityKeyId, false, aki.toSchema()),
  ]
}
