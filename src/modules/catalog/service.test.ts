import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Db } from '../../db/connect.ts'
import { dialects, testDb } from '../../../test/helpers/db.ts'
import { aktobeGrainLicense } from './data/aktobe-grain-license.ts'
import { regions } from './definition.ts'
import {
  getRegulationInForce,
  getRegulationVersion,
  getRegulationVersionById,
  listRegulations,
  listRegulationVersions,
} from './service.ts'
import { copyOf, syncedDeps } from './test-deps.ts'
import { addRegulationVersion } from './versions.ts'

const id = 'aktobe-grain-license'

describe.each(dialects)('$name: the version rule', ({ name }) => {
  let db: Db
  let deps: Awaited<ReturnType<typeof syncedDeps>>
  beforeEach(async () => {
    db = await testDb(name)
    deps = await syncedDeps(db)
    for (const [effectiveFrom, kk] of [['2026-03-10', 'Екінші'], ['2026-04-01', 'Үшінші']]) {
      const definition = copyOf(aktobeGrainLicense)
      definition.name.kk = `${kk} нұсқа`
      const added = await addRegulationVersion(deps, {
        regulationId: id,
        effectiveFrom: effectiveFrom!,
        definition,
        actorId: 'admin-1',
      })
      expect(added.ok).toBe(true)
    }
  })
  afterEach(() => db.close())

  async function versionOn(instant: string) {
    return (await getRegulationInForce(deps, id, new Date(instant)))?.version
  }

  it('getRegulationInForce() switches versions at midnight Asia/Almaty, not UTC', async () => {
    expect(await versionOn('2026-03-09T18:59:59Z')).toBe(1) // 23:59:59 on 9 March in Almaty
    expect(await versionOn('2026-03-09T19:00:00Z')).toBe(2) // 00:00 on 10 March in Almaty
    expect(await versionOn('2026-03-10T12:00:00Z')).toBe(2)
    expect(await versionOn('2026-03-31T18:59:59Z')).toBe(2)
    expect(await versionOn('2026-03-31T19:00:00Z')).toBe(3)
    expect(await versionOn('2030-01-01T00:00:00Z')).toBe(3)
  })

  it('getRegulationInForce() is undefined before the first version and for an unknown id', async () => {
    expect(await versionOn('2014-05-26T12:00:00Z')).toBeUndefined()
    expect(await versionOn('2014-05-27T12:00:00Z')).toBe(1)
    expect(await getRegulationInForce(deps, 'no-such-service', new Date())).toBeUndefined()
  })

  it('getRegulationInForce() prefers the version that took effect last, even with a lower number', async () => {
    const definition = copyOf(aktobeGrainLicense)
    const back = await addRegulationVersion(deps, {
      regulationId: id,
      effectiveFrom: '2020-01-01',
      definition,
      actorId: 'admin-1',
    })
    expect(back.ok && back.value.version).toBe(4)
    expect(await versionOn('2026-03-05T00:00:00Z')).toBe(4)
    expect(await versionOn('2026-04-05T00:00:00Z')).toBe(3)
  })

  it('a case that stored version 1 keeps its definition after later versions are added', async () => {
    const v1 = (await getRegulationVersion(deps, id, 1))!
    const kept = (await getRegulationVersionById(deps, v1.id))!
    expect(kept.version).toBe(1)
    expect(kept.definition.name.kk).toBe(aktobeGrainLicense.name.kk)
    expect((await getRegulationVersion(deps, id, 3))?.definition.name.kk).toBe('Үшінші нұсқа')
    expect((await listRegulationVersions(deps, id)).map((v) => v.version)).toEqual([1, 2, 3])
    expect(await getRegulationVersion(deps, id, 9)).toBeUndefined()
    expect(await getRegulationVersionById(deps, 'nope')).toBeUndefined()
  })

  it('listRegulations() lists the version in force on the day asked', async () => {
    const on = async (instant: string) =>
      (await listRegulations(deps, { on: new Date(instant) })).find((v) => v.regulationId === id)
        ?.version
    expect(await on('2026-03-02T05:00:00Z')).toBe(1)
    expect(await on('2026-03-20T05:00:00Z')).toBe(2)
    deps.clock.set('2026-04-02T05:00:00Z')
    expect((await listRegulations(deps)).find((v) => v.regulationId === id)?.version).toBe(3)
  })
})

describe.each(dialects)('$name: listRegulations()', ({ name }) => {
  let db: Db
  let deps: Awaited<ReturnType<typeof syncedDeps>>
  beforeEach(async () => {
    db = await testDb(name)
    deps = await syncedDeps(db)
  })
  afterEach(() => db.close())

  const codes = async (filter: Parameters<typeof listRegulations>[1]) =>
    (await listRegulations(deps, filter)).map((v) => v.definition.code)

  it('lists all 13 regulations ordered by code', async () => {
    expect(await codes({})).toEqual([
      'S1-A',
      'S1-B',
      'S1-C',
      'S2',
      'S3',
      'S4',
      'S5',
      'S6',
      'S7',
      'S8',
      'S9',
      'S10',
      'S11',
    ])
  })

  it('filters by region and by sector', async () => {
    expect(await codes({ region: 'zhambyl' })).toEqual(['S1-C', 'S8', 'S9', 'S10', 'S11'])
    expect(await codes({ sector: 'veterinary' })).toEqual(['S11'])
    expect(await codes({ region: 'aktobe', sector: 'agriculture' })).toEqual(['S1-A'])
    expect(await codes({ region: 'almaty', sector: 'veterinary' })).toEqual([])
  })

  it('finds Kazakh and Russian text whatever the case', async () => {
    const grain = ['S1-A', 'S1-B', 'S1-C', 'S2']
    expect(await codes({ q: 'ҚОЙМА' })).toEqual(grain)
    expect(await codes({ q: 'қойма' })).toEqual(grain)
    expect(await codes({ q: 'ЗЕРНОВЫХ' })).toEqual(['S1-A', 'S1-B', 'S1-C'])
    expect(await codes({ q: 'ЛИЦЕНЗИЯ' })).toEqual(await codes({ q: 'лицензия' }))
    expect((await codes({ q: 'ЛИЦЕНЗИЯ' })).length).toBeGreaterThan(5)
    expect(await codes({ q: 'ветеринария' })).toEqual(['S11'])
  })

  it('matches the provider name and, when given, the region names', async () => {
    expect(await codes({ q: 'сәулет-құрылыс бақылау' })).toEqual(['S3', 'S4', 'S5', 'S6', 'S7'])
    const regionNames = { almaty: ['Алматы облысы', 'Алматинская область'] }
    expect(await codes({ q: 'алматинская', regionNames })).toEqual(['S2'])
    expect(await codes({ q: 'алматинская' })).toEqual([])
  })

  it('returns nothing, and never fails, for pattern characters, markup or a huge query', async () => {
    for (const q of ['%', '_', "'", '%%%', '<script>alert(1)</script>', "' OR 1=1 --", '😀']) {
      expect(await codes({ q }), q).toEqual([])
    }
    expect(await codes({ q: 'қойма'.repeat(2000) })).toEqual([])
    expect(await codes({ q: `қойма${' '.repeat(10_000)}` })).toHaveLength(4)
  })

  it('every region in definition.ts has at least one regulation', async () => {
    for (const region of regions) expect((await codes({ region })).length).toBeGreaterThan(0)
  })
})
