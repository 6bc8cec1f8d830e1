import { describe, expect, it } from 'vitest'
import { makeBin, makeIin } from '../iin.ts'
import {
  demoCompanies,
  demoPersons,
  demoPowersOfAttorney,
  demoSeed,
  demoSoleProprietors,
} from './demo-seed.ts'
import { createLocalRegistries } from './local.ts'
import type { RegistrySeed } from './types.ts'

const registries = createLocalRegistries(demoSeed)
const { aliya, asqar, dana, erlan, nurlan } = demoPersons
const agrohim = demoCompanies.zhambylAgrohim
const [forAgrohim, forNurlan, expired] = demoPowersOfAttorney as [
  (typeof demoPowersOfAttorney)[number],
  (typeof demoPowersOfAttorney)[number],
  (typeof demoPowersOfAttorney)[number],
]

describe('createLocalRegistries(): findPerson()', () => {
  it('finds a seeded person, Kazakh letters intact, marked as local and without the seed key', async () => {
    const found = await registries.persons.findPerson(aliya.iin)
    expect(found).toEqual({
      iin: aliya.iin,
      lastName: 'Сәрсенова',
      firstName: 'Әлия',
      middleName: 'Нұрланқызы',
      birthDate: '1988-03-14',
      address: {
        kk: 'Ақтөбе қаласы, Әбілқайыр хан даңғылы, 56-үй, 12-пәтер',
        ru: 'г. Актобе, проспект Абулхаир хана, д. 56, кв. 12',
      },
      source: 'local',
    })
    expect(found?.lastName.normalize('NFC')).toBe(found?.lastName)
  })
  it('ignores spaces and hyphens in the IIN asked for', async () => {
    const spaced = `${aliya.iin.slice(0, 6)} ${aliya.iin.slice(6, 9)}-${aliya.iin.slice(9)}`
    expect(await registries.persons.findPerson(spaced)).toMatchObject({ iin: aliya.iin })
  })
  it('answers undefined for a valid IIN nobody was seeded with, and for garbage', async () => {
    expect(
      await registries.persons.findPerson(
        makeIin({ birthDate: '1960-01-01', sex: 'male', serial: 1 }),
      ),
    )
      .toBeUndefined()
    expect(await registries.persons.findPerson('not an IIN')).toBeUndefined()
  })
  it('answers a copy, so changing it does not change the registry', async () => {
    const first = await registries.persons.findPerson(aliya.iin)
    first!.address.kk = 'changed'
    expect((await registries.persons.findPerson(aliya.iin))?.address.kk).toContain('Ақтөбе')
  })
})

describe('createLocalRegistries(): findCompany() and findSoleProprietor()', () => {
  it('finds a company with its head and bilingual name', async () => {
    expect(await registries.companies.findCompany(agrohim.bin)).toMatchObject({
      bin: agrohim.bin,
      name: { kk: '«Жамбыл Агрохим» ЖШС', ru: 'ТОО «Жамбыл Агрохим»' },
      head: { iin: demoPersons.ergali.iin, fullName: 'Жұмабаев Ерғали Төлеуұлы' },
      registeredAt: '2011-03-22',
      source: 'local',
    })
    expect((await registries.companies.findCompany(demoCompanies.shygysElevator.bin))?.name.ru)
      .toBe('ТОО «Шығыс Элеватор»')
  })
  it('answers undefined for a BIN not seeded and for an IIN', async () => {
    expect(
      await registries.companies.findCompany(
        makeBin({ yymm: '2001', type: 4, subtype: 0, serial: 5 }),
      ),
    )
      .toBeUndefined()
    expect(await registries.companies.findCompany(aliya.iin)).toBeUndefined()
  })
  it('finds a sole proprietor by IIN, and not a person who is not one', async () => {
    expect(await registries.companies.findSoleProprietor(asqar.iin)).toEqual({
      iin: asqar.iin,
      name: demoSoleProprietors.asqarAgro.name,
      registeredAt: '2012-04-03',
      address: asqar.address,
      source: 'local',
    })
    expect(await registries.companies.findSoleProprietor(aliya.iin)).toBeUndefined()
  })
})

describe('createLocalRegistries(): findPowerOfAttorney()', () => {
  const query = {
    number: forAgrohim.number,
    principalIinOrBin: agrohim.bin,
    representativeIin: asqar.iin,
    on: '2026-11-22',
  }
  it('finds a power in force, on its first and last day too', async () => {
    const found = await registries.notary.findPowerOfAttorney(query)
    expect(found).toMatchObject({ number: '2025-0457', notarized: true, source: 'local' })
    expect(found?.principal.name.ru).toBe('ТОО «Жамбыл Агрохим»')
    expect(found?.powers).toEqual(['apply', 'sign', 'receive_result'])
    for (const on of [forAgrohim.issuedOn, forAgrohim.validUntil]) {
      expect(await registries.notary.findPowerOfAttorney({ ...query, on })).toBeDefined()
    }
    expect(
      await registries.notary.findPowerOfAttorney({
        number: ` ${forNurlan.number} `,
        principalIinOrBin: nurlan.iin,
        representativeIin: erlan.iin,
        on: '2026-11-22',
      }),
    ).toMatchObject({ principal: { name: { kk: 'Қасымов Нұрлан Бағдатұлы' } } })
  })
  it('answers undefined before the power was issued and after its last day', async () => {
    expect(await registries.notary.findPowerOfAttorney({ ...query, on: '2025-02-09' }))
      .toBeUndefined()
    expect(await registries.notary.findPowerOfAttorney({ ...query, on: '2028-02-11' }))
      .toBeUndefined()
  })
  it('answers undefined for the expired demo power, which was in force in 2023', async () => {
    const q = { number: expired.number, principalIinOrBin: aliya.iin, representativeIin: dana.iin }
    expect(await registries.notary.findPowerOfAttorney({ ...q, on: '2026-11-22' })).toBeUndefined()
    expect(await registries.notary.findPowerOfAttorney({ ...q, on: '2023-06-01' })).toBeDefined()
  })
  it('answers undefined when the principal or representative does not match', async () => {
    expect(await registries.notary.findPowerOfAttorney({ ...query, principalIinOrBin: aliya.iin }))
      .toBeUndefined()
    expect(await registries.notary.findPowerOfAttorney({ ...query, representativeIin: dana.iin }))
      .toBeUndefined()
    expect(await registries.notary.findPowerOfAttorney({ ...query, number: '2025-0458' }))
      .toBeUndefined()
  })
  it('answers undefined from the day a power is revoked, and never shows the revocation field', async () => {
    const revoked: RegistrySeed = {
      ...demoSeed,
      powersOfAttorney: [{ ...forAgrohim, revokedOn: '2026-01-15' }],
    }
    const notary = createLocalRegistries(revoked).notary
    const before = await notary.findPowerOfAttorney({ ...query, on: '2026-01-14' })
    expect(before).toBeDefined()
    expect(before).not.toHaveProperty('revokedOn')
    expect(await notary.findPowerOfAttorney({ ...query, on: '2026-01-15' })).toBeUndefined()
  })
  it('rejects when the day asked about is not YYYY-MM-DD', async () => {
    await expect(registries.notary.findPowerOfAttorney({ ...query, on: '22.11.2026' })).rejects
      .toThrow(RangeError)
  })
})

describe('createLocalRegistries() with an inconsistent seed', () => {
  it('throws and names every problem', () => {
    const broken: RegistrySeed = {
      persons: [
        { ...aliya, iin: `${aliya.iin.slice(0, 11)}${(Number(aliya.iin[11]) + 1) % 10}` },
        { ...dana, birthDate: '2001-09-09' },
        { ...nurlan, key: 'nurlan2' },
        nurlan,
      ],
      soleProprietors: [],
      companies: [{ ...agrohim, bin: '941340000385' }],
      powersOfAttorney: [{ ...forAgrohim, validUntil: '2020-01-01' }],
    }
    expect(() => createLocalRegistries(broken)).toThrow(
      new RegExp(
        [
          'person "aliya": IIN "\\d{12}" is invalid \\(checksum\\)',
          'person "dana": birth date "2001-09-09" differs from the IIN\'s "2001-09-08"',
          'company "zhambylAgrohim": BIN "941340000385" is invalid \\(month\\)',
          'power of attorney "2025-0457": valid until 2020-01-01, before it was issued',
          'person IIN "\\d{12}" appears more than once',
        ].join('\\n'),
      ),
    )
  })
})
