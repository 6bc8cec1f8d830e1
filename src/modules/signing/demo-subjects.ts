/**
 * Names and policies of demo certificates, shaped like NCA RK's: C=KZ, O, OU=BIN…,
 * SERIALNUMBER=IIN…, CN; the policies of an individual, a first head, a person with the right
 * to sign, or an employee.
 */
import type { DemoRole, DemoSubject } from './demo-ca.ts'
import type { NameAttribute } from './names.ts'
import { attr, ncaPolicy } from './oids.ts'

/** The NCA policy OIDs each demo role gets. */
export const rolePolicies: Record<DemoRole, string[]> = {
  individual: [ncaPolicy.individual],
  head: [ncaPolicy.legalEntity, ncaPolicy.firstHead],
  signer: [ncaPolicy.legalEntity, ncaPolicy.rightToSign],
  employee: [ncaPolicy.legalEntity, ncaPolicy.employee],
}

/** The subject of a demo user's certificates, NCA-style; throws on a malformed IIN or BIN. */
export function subjectName(s: DemoSubject): NameAttribute[] {
  const twelve = /^\d{12}$/
  if (s.iin !== undefined && !twelve.test(s.iin)) {
    throw new TypeError(`IIN "${s.iin}" must be 12 digits`)
  }
  if (s.bin !== undefined && !twelve.test(s.bin)) {
    throw new TypeError(`BIN "${s.bin}" must be 12 digits`)
  }
  if (s.role === 'individual' && !s.iin) {
    throw new TypeError('An individual certificate needs an IIN')
  }
  if (s.role !== 'individual' && !s.bin) {
    throw new TypeError(`A "${s.role}" certificate needs a BIN`)
  }
  const name: NameAttribute[] = [{ oid: attr.country, value: 'KZ' }]
  if (s.organization !== undefined) name.push({ oid: attr.organization, value: s.organization })
  if (s.bin) name.push({ oid: attr.organizationalUnit, value: `BIN${s.bin}` })
  if (s.iin) name.push({ oid: attr.serialNumber, value: `IIN${s.iin}` })
  name.push({ oid: attr.commonName, value: s.commonName })
  return name
}

/** The subject of a demo CA certificate. */
export function caName(commonName: string): NameAttribute[] {
  return [
    { oid: attr.country, value: 'KZ' },
    { oid: attr.organization, value: 'DEMO (not for real use)' },
    { oid: attr.commonName, value: commonName },
  ]
}
