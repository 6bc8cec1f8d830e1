/**
 * In-memory stand-ins for the state registries, over a seed. Every answer carries
 * `source: 'local'` so pages can say it is not the state database; answers are copies, so a
 * caller cannot change the seed. Identifiers are compared after dropping spaces and hyphens,
 * as the IIN and BIN fields do.
 */
import { checkSeed } from './check-seed.ts'
import type {
  Found,
  PowerOfAttorneyQuery,
  PowerOfAttorneyRecord,
  Registries,
  RegistrySeed,
} from './types.ts'

const SEPARATORS = /[\s\-\u2010-\u2015\u2212]/gu

/** Creates the local registries; throws when the seed is inconsistent, naming each problem. */
export function createLocalRegistries(seed: RegistrySeed): Registries {
  const errors = checkSeed(seed)
  if (errors.length > 0) {
    throw new RangeError(`Registry seed is inconsistent:\n${errors.join('\n')}`)
  }
  const persons = byId(seed.persons, (p) => p.iin)
  const soleProprietors = byId(seed.soleProprietors, (s) => s.iin)
  const companies = byId(seed.companies, (c) => c.bin)
  return {
    persons: { findPerson: (iin) => answer(() => persons.get(compact(iin))) },
    companies: {
      findCompany: (bin) => answer(() => companies.get(compact(bin))),
      findSoleProprietor: (iin) => answer(() => soleProprietors.get(compact(iin))),
    },
    notary: {
      findPowerOfAttorney: (query) => answer(() => validPower(seed.powersOfAttorney, query)),
    },
  }
}

function byId<T extends { key: string }>(
  items: ReadonlyArray<T>,
  id: (item: T) => string,
): Map<string, Omit<T, 'key'>> {
  return new Map(items.map((item) => {
    const { key: _key, ...record } = item
    return [id(item), record]
  }))
}

// The executor turns a throw into a rejection, as a real adapter's failure would be.
function answer<T>(lookup: () => T | undefined): Promise<Found<T> | undefined> {
  return new Promise((resolve) => {
    const record = lookup()
    resolve(record && { ...structuredClone(record), source: 'local' as const })
  })
}

// The notarial system answers only for a power that is in force on the day asked about:
// issued on or before it, not past its last valid day, and not revoked by then.
function validPower(
  powers: RegistrySeed['powersOfAttorney'],
  query: PowerOfAttorneyQuery,
): PowerOfAttorneyRecord | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(query.on)) {
    throw new RangeError(`on must be YYYY-MM-DD, got "${query.on}"`)
  }
  const number = query.number.trim().toUpperCase()
  const found = powers.find((p) =>
    p.number.toUpperCase() === number &&
    p.principal.iinOrBin === compact(query.principalIinOrBin) &&
    p.representative.iin === compact(query.representativeIin)
  )
  if (!found || query.on < found.issuedOn || query.on > found.validUntil) return undefined
  if (found.revokedOn !== undefined && query.on >= found.revokedOn) return undefined
  const { revokedOn: _revokedOn, ...record } = found
  return record
}

function compact(id: string): string {
  return id.replace(SEPARATORS, '')
}
