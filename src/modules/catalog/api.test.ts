import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts'
import { dialects } from '../../../test/helpers/db.ts'
import { aktobeGrainLicense } from './data/aktobe-grain-license.ts'
import { zhambylVeterinaryLicense } from './data/zhambyl-veterinary-license.ts'
import { validateRegulation } from './validate.ts'
import { syncCatalog } from './sync.ts'

describe.each(dialects)('$name: the JSON API', ({ name }) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp({ dialect: name })
    await syncCatalog({ db: t.db, clock: t.clock })
  })
  afterAll(() => t.close())

  async function json(path: string, status = 200) {
    const res = await t.client().get(path)
    expect(res.status, path).toBe(status)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    return { res, body: JSON.parse(res.text) }
  }

  it('GET /api/v1/services lists every service in force, cacheable for five minutes', async () => {
    const { res, body } = await json('/api/v1/services')
    expect(res.headers.get('cache-control')).toBe('public, max-age=300')
    expect(body.count).toBe(13)
    expect(body.items).toHaveLength(13)
    expect(body.items[0]).toEqual({
      id: 'aktobe-grain-license',
      code: 'S1-A',
      name: aktobeGrainLicense.name,
      region: 'aktobe',
      sector: 'agriculture',
      provider: aktobeGrainLicense.provider.name,
      channels: ['office', 'portal'],
      subServices: ['issue', 'reissue', 'duplicate'],
      version: 1,
      effectiveFrom: '2014-05-27',
      links: {
        self: '/api/v1/services/aktobe-grain-license',
        html: { kk: '/kk/services/aktobe-grain-license', ru: '/ru/services/aktobe-grain-license' },
      },
    })
  })

  it('GET /api/v1/services takes the same filters and search as the page', async () => {
    expect((await json('/api/v1/services?region=zhambyl')).body.count).toBe(5)
    expect((await json('/api/v1/services?sector=veterinary&q=%D0%92%D0%95%D0%A2')).body.count)
      .toBe(1)
    expect((await json(`/api/v1/services?q=${encodeURIComponent('%')}`)).body.count).toBe(0)
    expect((await json(`/api/v1/services?q=${'я'.repeat(10_000)}&region=mars`)).body.count)
      .toBe(0)
  })

  it('GET /api/v1/services/:id returns the validated definition, versions and fees for the year', async () => {
    const { res, body } = await json('/api/v1/services/zhambyl-veterinary-license')
    expect(res.headers.get('cache-control')).toBe('public, max-age=300')
    const expected = validateRegulation(zhambylVeterinaryLicense)
    if (!expected.ok) throw new Error('the data file must validate')
    expect(body).toMatchObject({
      id: 'zhambyl-veterinary-license',
      version: 1,
      effectiveFrom: zhambylVeterinaryLicense.effectiveFrom,
      inForce: true,
      versionInForce: 1,
      versions: [{ version: 1, effectiveFrom: zhambylVeterinaryLicense.effectiveFrom }],
      fees: {
        year: 2026,
        mciTenge: 4325,
        subServices: [
          { kind: 'issue', mci: 10, tenge: 43_250 },
          { kind: 'reissue', mci: 10, tenge: 43_250 },
          { kind: 'duplicate', mci: 10, tenge: 43_250 },
        ],
      },
      links: { self: '/api/v1/services/zhambyl-veterinary-license?version=1' },
    })
    expect(body.definition).toEqual(expected.value)
    expect((await json('/api/v1/services/aktobe-grain-license?version=1')).body.fees.subServices)
      .toEqual([])
  })

  it('answers 404 JSON for an unknown service or version', async () => {
    for (
      const path of [
        '/api/v1/services/no-such',
        '/api/v1/services/aktobe-grain-license?version=2',
        '/api/v1/services/aktobe-grain-license?version=x',
      ]
    ) {
      const { res, body } = await json(path, 404)
      expect(res.headers.get('cache-control')).toBe('no-store')
      expect(typeof body.error).toBe('string')
    }
  })
})
