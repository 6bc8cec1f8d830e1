/**
 * The state registries the regulations name, as interfaces an adapter implements: the
 * "Individuals" state database (ЖТ МДБ / ГБД ФЛ), the "Legal entities" state database
 * (ЗТ МДБ / ГБД ЮЛ) and the unified notarial information system (БНАЖ / ЕНИС). The methods
 * are async because the real ones are calls through the e-government gateway; the local
 * stand-in answers at once. Every answer says where it came from, so a page can tell the
 * user plainly when it shows local demo data rather than the state database's.
 */

/** Text in both languages of the service, as the registry holds it. */
export interface LocalizedText {
  kk: string
  ru: string
}

/** Where an answer came from: `local` is the in-process stand-in, never the state database. */
export type RegistrySource = 'local' | 'state'

/** A person as the Individuals database describes them; dates are `YYYY-MM-DD`. */
export interface PersonRecord {
  iin: string
  lastName: string
  firstName: string
  middleName?: string
  birthDate: string
  address: LocalizedText
}

/** A legal entity (or its branch) as the Legal entities database describes it. */
export interface CompanyRecord {
  bin: string
  name: LocalizedText
  legalForm: LocalizedText
  head: { iin: string; fullName: string }
  address: LocalizedText
  registeredAt: string
}

/** A sole proprietor; they act under their own IIN, not a BIN. */
export interface SoleProprietorRecord {
  iin: string
  name: LocalizedText
  registeredAt: string
  address: LocalizedText
}

/** What a power of attorney lets the representative do; labels under `registry.powers.*`. */
export type Power = 'apply' | 'sign' | 'receive_result'

/** A notarized power of attorney; `validUntil` is the last day it may be used. */
export interface PowerOfAttorneyRecord {
  number: string
  notarized: true
  notary: { fullName: string }
  issuedOn: string
  validUntil: string
  principal: { iinOrBin: string; name: LocalizedText }
  representative: { iin: string; fullName: string }
  powers: Power[]
}

/** A registry answer: the record plus where it came from. */
export type Found<T> = T & { source: RegistrySource }

/** The Individuals state database. */
export interface PersonRegistry {
  findPerson(iin: string): Promise<Found<PersonRecord> | undefined>
}

/** The Legal entities state database, and the register of sole proprietors by IIN. */
export interface CompanyRegistry {
  findCompany(bin: string): Promise<Found<CompanyRecord> | undefined>
  findSoleProprietor(iin: string): Promise<Found<SoleProprietorRecord> | undefined>
}

/** What a power of attorney is looked up by; `on` is the `YYYY-MM-DD` it must be valid on. */
export interface PowerOfAttorneyQuery {
  number: string
  principalIinOrBin: string
  representativeIin: string
  on: string
}

/** The unified notarial information system; it answers only for a power valid on that day. */
export interface NotaryRegistry {
  findPowerOfAttorney(
    query: PowerOfAttorneyQuery,
  ): Promise<Found<PowerOfAttorneyRecord> | undefined>
}

/** The three registries together, as the identity module receives them. */
export interface Registries {
  persons: PersonRegistry
  companies: CompanyRegistry
  notary: NotaryRegistry
}

/** The data a local stand-in serves. `key` names a seeded entry in tests and demo accounts. */
export interface RegistrySeed {
  persons: ReadonlyArray<PersonRecord & { key: string }>
  soleProprietors: ReadonlyArray<SoleProprietorRecord & { key: string }>
  companies: ReadonlyArray<CompanyRecord & { key: string }>
  powersOfAttorney: ReadonlyArray<PowerOfAttorneyRecord & { revokedOn?: string }>
}
