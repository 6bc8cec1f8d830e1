/**
 * Consistency checks for a registry seed, run when the local stand-in is created, so a typo in
 * demo or test data fails at start-up with the entry named instead of as a "not found" later.
 */
import { parseBin, parseIin, parseIinOrBin } from '../iin.ts'
import type { RegistrySeed } from './types.ts'

// A seed may describe people born up to today; "future" is a live-input rule, not a data rule.
const anyDay = { today: '9999-12-31' }

/** Every problem found in the seed, one readable line each; empty when the seed is sound. */
export function checkSeed(seed: RegistrySeed): string[] {
  return [
    ...seed.persons.flatMap((p) => {
      const r = parseIin(p.iin, anyDay)
      if (!r.ok) return [`person "${p.key}": IIN "${p.iin}" is invalid (${r.error})`]
      return r.birthDate === p.birthDate ? [] : [
        `person "${p.key}": birth date "${p.birthDate}" differs from the IIN's "${r.birthDate}"`,
      ]
    }),
    ...seed.soleProprietors.flatMap((s) => iinErrors(`sole proprietor "${s.key}"`, s.iin)),
    ...seed.companies.flatMap((c) => [
      ...binErrors(`company "${c.key}"`, c.bin),
      ...iinErrors(`company "${c.key}" head`, c.head.iin),
    ]),
    ...seed.powersOfAttorney.flatMap((p) => powerErrors(p)),
    ...duplicates('person key', seed.persons.map((p) => p.key)),
    ...duplicates('person IIN', seed.persons.map((p) => p.iin)),
    ...duplicates('sole proprietor IIN', seed.soleProprietors.map((s) => s.iin)),
    ...duplicates('company BIN', seed.companies.map((c) => c.bin)),
    ...duplicates('power of attorney number', seed.powersOfAttorney.map((p) => p.number)),
  ]
}

function powerErrors(p: RegistrySeed['powersOfAttorney'][number]): string[] {
  const at = `power of attorney "${p.number}"`
  const principal = parseIinOrBin(p.principal.iinOrBin, anyDay)
  return [
    ...(principal.ok
      ? []
      : [`${at}: principal "${p.principal.iinOrBin}" is invalid (${principal.error})`]),
    ...iinErrors(`${at} representative`, p.representative.iin),
    ...(p.issuedOn <= p.validUntil
      ? []
      : [`${at}: valid until ${p.validUntil}, before it was issued`]),
    ...(p.notarized === true ? [] : [`${at}: the notarial system holds only notarized powers`]),
  ]
}

function iinErrors(at: string, iin: string): string[] {
  const r = parseIin(iin, anyDay)
  return r.ok ? [] : [`${at}: IIN "${iin}" is invalid (${r.error})`]
}

function binErrors(at: string, bin: string): string[] {
  const r = parseBin(bin)
  return r.ok ? [] : [`${at}: BIN "${bin}" is invalid (${r.error})`]
}

function duplicates(what: string, values: string[]): string[] {
  const twice = new Set(values.filter((v, i) => values.indexOf(v) !== i))
  return [...twice].map((v) => `${what} "${v}" appears more than once`)
}
