/**
 * Whose name goes into an account's demo certificates, shaped as NCA RK would issue them: an
 * individual or a sole proprietor by IIN; a company's first head by BIN and the head's IIN
 * from the legal-entities registry; an officer as a person with the right to sign for their
 * organisation, by the IIN the administrator recorded. An officer without one, and every
 * organisation (no BIN is held for them), get made-up numbers, stable per account and
 * organisation, that only ever appear in demo certificates.
 */
import { accountSummary, makeBin, makeIin } from '../identity/index.ts'
import { sha256Hex } from './canonical.ts'
import type { DemoSubject } from './demo-ca.ts'
import type { SigningDeps } from './deps.ts'

/** The subject of an account's demo certificates, or undefined for an unknown account. */
export async function demoSubjectFor(
  deps: Pick<SigningDeps, 'db' | 'registries'>,
  accountId: string,
  now: Date,
): Promise<DemoSubject | undefined> {
  const account = await accountSummary(deps, accountId)
  if (!account) return undefined
  if (account.applicantType === 'legal_entity' && account.bin) {
    const company = await deps.registries.companies.findCompany(account.bin)
    return {
      role: 'head',
      bin: account.bin,
      iin: company?.head.iin ?? await madeUpIin(account.id),
      commonName: company?.head.fullName ?? account.name.kk,
      organization: account.name.kk,
      now,
    }
  }
  if (account.kind === 'applicant' && account.iin) {
    const person = await deps.registries.persons.findPerson(account.iin)
    const name = person ? [person.lastName, person.firstName, person.middleName] : []
    return {
      role: 'individual',
      iin: account.iin,
      commonName: name.filter(Boolean).join(' ') || account.name.kk,
      ...(account.applicantType === 'sole_proprietor' ? { organization: account.name.kk } : {}),
      now,
    }
  }
  return {
    role: 'signer',
    iin: account.iin ?? await madeUpIin(account.id),
    bin: await madeUpBin(account.organization?.id ?? account.id),
    commonName: account.name.kk,
    ...(account.organization ? { organization: account.organization.name.kk } : {}),
    now,
  }
}

async function madeUpIin(seed: string): Promise<string> {
  const n = parseInt((await sha256Hex(new TextEncoder().encode(`iin:${seed}`))).slice(0, 8), 16)
  const day = String(1 + (n % 28)).padStart(2, '0')
  return makeIin({ birthDate: `1980-01-${day}`, sex: n % 2 ? 'male' : 'female', serial: n % 9000 })
}

async function madeUpBin(seed: string): Promise<string> {
  const n = parseInt((await sha256Hex(new TextEncoder().encode(`bin:${seed}`))).slice(0, 8), 16)
  return makeBin({ yymm: '0101', type: 4, subtype: 0, serial: n % 9000 })
}
