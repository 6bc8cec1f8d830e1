/**
 * Who signed, and whether they may sign this document. The IIN comes from SERIALNUMBER
 * (`IIN` + 12 digits) and the BIN from OU (`BIN` + 12 digits), both read by OID.
 */
import type { CertInfo } from './certificate.ts'
import { refuse } from './checks.ts'
import { nameValue, nameValues } from './names.ts'
import { attr, ncaPolicy } from './oids.ts'
import type { Expected, Outcome } from './types.ts'

/** Identity fields of a certificate subject. */
export interface Identity {
  iin?: string
  bin?: string
  commonName: string
  organization?: string
}

/** Reads IIN, BIN, common name and organisation from the subject. */
export function readIdentity(cert: CertInfo): Identity {
  const iin = prefixed(nameValues(cert.subject, attr.serialNumber), 'IIN')
  const bin = prefixed(nameValues(cert.subject, attr.organizationalUnit), 'BIN')
  const organization = nameValue(cert.subject, attr.organization)
  return {
    commonName: nameValue(cert.subject, attr.commonName) ?? '',
    ...(iin ? { iin } : {}),
    ...(bin ? { bin } : {}),
    ...(organization !== undefined ? { organization } : {}),
  }
}

/** Checks the certificate against the person or organisation the document is for. */
export function checkIdentity(cert: CertInfo, expected: Expected): Outcome {
  const id = readIdentity(cert)
  if (expected.kind === 'legal_entity') return checkEntity(cert, id, expected)
  if (!id.iin) return refuse('identity_missing', 'no IIN in SERIALNUMBER')
  if (expected.kind === 'individual' && id.iin !== expected.iin) {
    return refuse('identity_mismatch', `IIN ${id.iin}, expected ${expected.iin}`)
  }
  return { ok: true, detail: `IIN ${id.iin}` }
}

// The BIN names the organisation; the policy says whether this person may sign for it.
function checkEntity(
  cert: CertInfo,
  id: Identity,
  expected: { bin: string; iin?: string },
): Outcome {
  if (!id.bin) return refuse('identity_missing', 'no BIN in OU')
  if (id.bin !== expected.bin) {
    return refuse('organization_mismatch', `BIN ${id.bin}, expected ${expected.bin}`)
  }
  const may = cert.policies.includes(ncaPolicy.firstHead) ||
    cert.policies.includes(ncaPolicy.rightToSign)
  if (!may) {
    return refuse('not_authorized_for_entity', `policies: ${cert.policies.join(' ') || 'none'}`)
  }
  if (expected.iin !== undefined && id.iin !== expected.iin) {
    return refuse('identity_mismatch', `IIN ${id.iin ?? 'none'}, expected ${expected.iin}`)
  }
  return { ok: true, detail: `BIN ${id.bin}${id.iin ? `, IIN ${id.iin}` : ''}` }
}

function prefixed(values: string[], prefix: string): string | undefined {
  const re = new RegExp(`^${prefix}(\\d{12})$`)
  for (const v of values) {
    const m = re.exec(v.trim())
    if (m) return m[1]
  }
  return undefined
}
