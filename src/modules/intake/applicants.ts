/**
 * The applicant as the state registries describe them (through identity's adapters): the
 * Individuals database for a person, the register of sole proprietors, the Legal entities
 * database for a company. The application keeps this snapshot, so nobody retypes it.
 */
import type { Registries } from '../identity/index.ts'
import type { ApplicationRow } from './tables.ts'
import type { Bilingual } from './view-types.ts'

/** What the application stores about the applicant from the registry. */
export interface ApplicantSnapshot {
  readonly name: Bilingual
  readonly address: Bilingual | null
  /** `local` for the stand-in registries: pages then say it is demo data. */
  readonly source: 'local' | 'state'
  readonly iin: string | null
  readonly bin: string | null
}

/** Looks the applicant up; undefined when the registry has no data for them. */
export async function lookupApplicant(
  registries: Registries,
  type: ApplicationRow['applicant_type'],
  id: string,
): Promise<ApplicantSnapshot | undefined> {
  if (type === 'legal_entity') {
    const c = await registries.companies.findCompany(id)
    return c && { name: c.name, address: c.address, source: c.source, iin: null, bin: c.bin }
  }
  if (type === 'sole_proprietor') {
    const s = await registries.companies.findSoleProprietor(id)
    return s && { name: s.name, address: s.address, source: s.source, iin: s.iin, bin: null }
  }
  const p = await registries.persons.findPerson(id)
  if (!p) return undefined
  const full = [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ')
  return {
    name: { kk: full, ru: full },
    address: p.address,
    source: p.source,
    iin: p.iin,
    bin: null,
  }
}

/** The snapshot stored on an application row. */
export function snapshotOf(row: Pick<ApplicationRow, 'applicant'>): ApplicantSnapshot {
  return JSON.parse(row.applicant) as ApplicantSnapshot
}
