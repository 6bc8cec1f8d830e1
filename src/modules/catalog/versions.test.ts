import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Db } from '../../db/connect.ts'
import { NotFoundError } from '../../lib/errors.ts'
import { listAuditEntries, verifyAuditChain } from '../audit/index.ts'
import { dialects, testDb } from '../../../test/helpers/db.ts'
import { aktobeGrainLicense } from './data/aktobe-grain-license.ts'
import { feeInTenge, listMciValues, mciValue, setMciValue } from './mci.ts'
import { getRegulationVersion, listRegulationVersions } from './service.ts'
import { copyOf, syncedDeps } from './test-deps.ts'
import { addRegulationVersion } from './versions.ts'

const regulationId = 'aktobe-grain-license'

describe.each(dialects)('$name: addRegulationVersion()', ({ name }) => {
  let db: Db
  let deps: Awaited<ReturnType<typeof syncedDeps>>
  beforeEach(async () => {
    db = await testDb(name)
    deps = await syncedDeps(db)
  })
  afterEach(() => db.close())

  const add = (definition: unknown, effectiveFrom = '2026-04-01') =>
    addRegulationVersion(deps, { regulationId, effectiveFrom, definition, actorId: 'admin-7' })

  it('numbers the version max+1 and sets version and effectiveFrom from the input', async () => {
    const result = await add({
      ...copyOf(aktobeGrainLicense),
      version: 1,
      effectiveFrom: '1999-01-01',
    })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value).toMatchObject({ regulationId, version: 2, effectiveFrom: '2026-04-01' })
    expect(result.value.definition).toMatchObject({ version: 2, effectiveFrom: '2026-04-01' })
    expect(result.value.createdBy).toBe('admin-7')
    const stored = await getRegulationVersion(deps, regulationId, 2)
    expect(stored?.id).toBe(result.value.id)
    expect(
      (await add(copyOf(aktobeGrainLicense))).ok &&
        (await listRegulationVersions(deps, regulationId)).length,
    ).toBe(3)
  })

  it('accepts a definition without an id and an effective date in the past', async () => {
    const { id: _id, ...withoutId } = copyOf(aktobeGrainLicense)
    const result = await add(withoutId, '2015-01-01')
    expect(result.ok && result.value.definition.id).toBe(regulationId)
  })

  it('records the change in the audit trail, in the same transaction', async () => {
    const result = await add(copyOf(aktobeGrainLicense))
    if (!result.ok) throw new Error(result.errors.join('\n'))
    const entries = await listAuditEntries(db.kysely, 'catalog_regulation_version', result.value.id)
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ action: 'catalog.version.add', actor_id: 'admin-7' })
    expect(JSON.parse(entries[0]!.details)).toEqual({
      regulationId,
      version: 2,
      effectiveFrom: '2026-04-01',
    })
    expect((await verifyAuditChain(db.kysely)).ok).toBe(true)
  })

  it('returns every problem, naming the step, and stores nothing', async () => {
    const broken = copyOf(aktobeGrainLicense) as unknown as {
      subServices: Array<{ route: { steps: Array<{ role: string; norm: unknown }> } }>
    }
    broken.subServices[1]!.route.steps[2]!.role = 'boss'
    broken.subServices[1]!.route.steps[3]!.norm = { amount: 1, unit: 'weeks' }
    const result = await add(broken)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toHaveLength(2)
    expect(result.errors[0]).toMatch(
      /^regulation "aktobe-grain-license" version 2: subServices\[reissue\]\.route\.steps\[draft\]\.role: /,
    )
    expect(result.errors[1]).toContain('subServices[reissue].route.steps[sign].norm.unit')
    expect(await listRegulationVersions(deps, regulationId)).toHaveLength(1)
    expect(await listAuditEntries(db.kysely, 'catalog_regulation_version', regulationId)).toEqual(
      [],
    )
  })

  it('refuses a definition of another regulation, a non-object and a bad date', async () => {
    const other = { ...copyOf(aktobeGrainLicense), id: 'almaty-cotton-license' }
    expect(await add(other)).toEqual({
      ok: false,
      errors: [
        'the definition is for regulation "almaty-cotton-license", not "aktobe-grain-license"',
      ],
    })
    expect(await add([1, 2])).toEqual({
      ok: false,
      errors: ['the definition must be a JSON object'],
    })
    expect(await add(copyOf(aktobeGrainLicense), '2026-02-30')).toMatchObject({ ok: false })
  })

  it('throws NotFoundError for an unknown regulation', async () => {
    await expect(
      addRegulationVersion(deps, {
        regulationId: 'no-such',
        effectiveFrom: '2026-01-01',
        definition: {},
        actorId: null,
      }),
    ).rejects.toBeInstanceOf(NotFoundError)
  })
})

describe.each(dialects)('$name: MCI', ({ name }) => {
  let db: Db
  let deps: Awaited<ReturnType<typeof syncedDeps>>
  beforeEach(async () => {
    db = await testDb(name)
    deps = await syncedDeps(db)
  })
  afterEach(() => db.close())

  it('feeInTenge() multiplies the MCI count by the year value', async () => {
    expect(feeInTenge(10, (await mciValue(deps, 2026))!)).toBe(43_250)
    expect(feeInTenge(10, (await mciValue(deps, 2025))!)).toBe(39_320)
    expect(await mciValue(deps, 2027)).toBeUndefined()
  })

  it('setMciValue() adds a year, changes a year and audits both', async () => {
    await setMciValue(deps, { year: 2027, valueTenge: 4500, actorId: 'admin-1' })
    await setMciValue(deps, { year: 2026, valueTenge: 4330, actorId: 'admin-2', ip: '10.0.0.1' })
    expect((await listMciValues(deps)).map((m) => [m.year, m.valueTenge])).toEqual([
      [2027, 4500],
      [2026, 4330],
      [2025, 3932],
    ])
    expect(await mciValue(deps, 2026)).toMatchObject({ updatedBy: 'admin-2' })
    const entries = await listAuditEntries(db.kysely, 'catalog_mci_value', '2026')
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      action: 'catalog.mci.set',
      actor_id: 'admin-2',
      ip: '10.0.0.1',
    })
    expect(JSON.parse(entries[0]!.details)).toEqual({
      year: 2026,
      valueTenge: 4330,
      previous: 4325,
    })
  })

  it('setMciValue() refuses a year or value out of range', async () => {
    for (const [year, valueTenge] of [[1999, 4000], [2026, 0], [2026, 1.5], [2026, 2_000_000]]) {
      await expect(setMciValue(deps, { year: year!, valueTenge: valueTenge!, actorId: null }))
        .rejects.toBeInstanceOf(RangeError)
    }
    expect((await mciValue(deps, 2026))?.valueTenge).toBe(4325)
  })
})
