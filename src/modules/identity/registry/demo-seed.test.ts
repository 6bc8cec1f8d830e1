import { describe, expect, it } from 'vitest'
import { parseBin, parseIin } from '../iin.ts'
import { checkSeed } from './check-seed.ts'
import {
  demoCompanies,
  demoPersons,
  demoPowersOfAttorney,
  demoSeed,
  demoSoleProprietors,
  fullName,
} from './demo-seed.ts'
import { createLocalRegistries } from './local.ts'

const today = '2026-11-22'
const KAZAKH_LETTER = /[ӘәҒғҚқҢңӨөҰұҮүҺһІі]/u

describe('demoSeed', () => {
  it('has 12 people, 3 sole proprietors, 5 companies and 3 powers of attorney', () => {
    expect(demoSeed.persons).toHaveLength(12)
    expect(demoSeed.soleProprietors).toHaveLength(3)
    expect(demoSeed.companies).toHaveLength(5)
    expect(demoSeed.powersOfAttorney).toHaveLength(3)
    expect(checkSeed(demoSeed)).toEqual([])
  })

  it('keys each entry by the key it is exported under', () => {
    for (const [key, p] of Object.entries(demoPersons)) expect(p.key).toBe(key)
    for (const [key, s] of Object.entries(demoSoleProprietors)) expect(s.key).toBe(key)
    for (const [key, c] of Object.entries(demoCompanies)) expect(c.key).toBe(key)
  })

  it('gives every person an IIN that encodes their birth date, and keeps Kazakh letters', () => {
    for (const p of demoSeed.persons) {
      expect(parseIin(p.iin, { today })).toMatchObject({ ok: true, birthDate: p.birthDate })
    }
    expect(demoSeed.persons.filter((p) => KAZAKH_LETTER.test(fullName(p))).length)
      .toBeGreaterThanOrEqual(9)
    expect(demoPersons.aliya.iin).toBe('880314400124')
    expect(fullName(demoPersons.zhanar)).toBe('Ыбырай Жанар')
  })

  it('gives every company a resident head-unit BIN that starts with its registration month', () => {
    for (const c of demoSeed.companies) {
      expect(parseBin(c.bin)).toMatchObject({ ok: true, entity: 'resident', unit: 'head' })
      expect(c.bin.slice(0, 4)).toBe(c.registeredAt.slice(2, 4) + c.registeredAt.slice(5, 7))
      expect(c.name.ru).toMatch(/^(ТОО|АО) «/)
      expect(c.name.kk).toMatch(/» (ЖШС|АҚ)$/)
    }
  })

  it('has two powers of attorney in force today and one expired', async () => {
    const { notary } = createLocalRegistries(demoSeed)
    const inForce = await Promise.all(demoPowersOfAttorney.map((p) =>
      notary.findPowerOfAttorney({
        number: p.number,
        principalIinOrBin: p.principal.iinOrBin,
        representativeIin: p.representative.iin,
        on: today,
      })
    ))
    expect(inForce.map((p) => p !== undefined)).toEqual([true, true, false])
  })
})
