/**
 * Public verification: the look-up (status from the registry, the signature verified again),
 * the pages `/kk/verify`, `/ru/verify`, the QR link and `GET /api/v1/licenses/:number`, bad
 * input, and the limit per client address.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CaseFixture } from '../../src/modules/issuance/cases.fixture.ts'
import {
  issueDeemed,
  issueSignedDecision,
  lookupLicense,
} from '../../src/modules/issuance/index.ts'
import { changeStatus } from '../../src/modules/issuance/registry.ts'
import { findLicenseByNumber } from '../../src/modules/issuance/repo.ts'
import { loadDocumentFonts } from '../../src/platform/fonts.ts'
import { createTestApp, type TestApp, textOf } from '../helpers/app.ts'
import { dialects } from '../helpers/db.ts'
import { h1s, parse } from '../helpers/html.ts'

const fonts = await loadDocumentFonts()
const admin = { accountId: 'admin-1', name: { kk: 'Әкімші', ru: 'Администратор' } }
const individual = {
  type: 'individual' as const,
  iin: '880314400124',
  bin: null,
  name: { kk: 'Әлия Серікқызы Нұрланова', ru: 'Әлия Серікқызы Нұрланова' },
  address: { kk: 'Ақтөбе қ., Сәтпаев к., 7, 12-пәтер', ru: 'г. Актобе, ул. Сатпаева, 7, кв. 12' },
}

describe.each(dialects)('$name: public verification', ({ name }) => {
  let t: TestApp
  let fx: CaseFixture
  let active: string
  let superseded: string
  let terminated: string
  let deemed: string
  beforeAll(async () => {
    t = await createTestApp({ dialect: name })
    fx = await CaseFixture.create(t.db, t.clock, fonts)
    const issue = async (input: Parameters<CaseFixture['addCase']>[0]) =>
      await issueSignedDecision(fx.deps(), await fx.signDecision(await fx.addCase(input)))
    active = (await issue({ regulationId: 'aktobe-grain-license', applicant: individual })).number
    superseded = (await issue({ regulationId: 'aktobe-grain-license' })).number
    await issue({
      regulationId: 'aktobe-grain-license',
      subService: 'reissue',
      particulars: { licenseNumber: superseded },
    })
    terminated = (await issue({ regulationId: 'aktobe-grain-license' })).number
    const row = (await findLicenseByNumber(t.db.kysely, terminated))!
    await changeStatus(fx.deps(), {
      licenseId: row.id,
      action: 'terminate',
      reason: 'Лицензиаттың өтініші',
      expectedVersion: row.version,
      actor: admin,
    })
    const zhambyl = await fx.addCase({
      regulationId: 'zhambyl-grain-license',
      organizationId: 'org-zhambyl-agriculture',
      stepKind: null,
    })
    deemed = (await issueDeemed(fx.deps(), {
      caseId: zhambyl,
      number: 'ZHM-2026-000009',
      dueAt: '2026-03-01T13:00:00Z',
      endedAt: '2026-03-02T05:00:00Z',
      source: '004 L4049-4051',
    })).number
  })
  afterAll(() => t.close())

  it('lookupLicense() re-verifies the stored signature and reads the status from the registry', async () => {
    const look = (number: string) => lookupLicense(fx.deps(), { number, client: 'lookup-test' })
    expect(await look(active)).toMatchObject({
      kind: 'found',
      license: { status: 'active', signature: 'verified', demo: true, basis: 'decision' },
    })
    expect(await look(superseded)).toMatchObject({ license: { status: 'reissued' } })
    expect(await look(terminated)).toMatchObject({ license: { status: 'terminated' } })
    expect(await look(deemed)).toMatchObject({ license: { basis: 'deemed', signature: 'deemed' } })
    const found = await look(active.toLowerCase())
    expect(JSON.stringify(found)).not.toContain('880314400124')
    expect(JSON.stringify(found)).not.toContain('Сәтпаев')
  })

  it('lookupLicense() says "failed" when the signature or the stored data does not hold', async () => {
    const cms = [...fx.signed.values()][0]!
    const saved = cms.cms
    cms.cms = saved.slice(0, -8)
    const number = (await issueSignedDecision(
      fx.deps(),
      await fx.signDecision(await fx.addCase({ regulationId: 'aktobe-grain-license' })),
    )).number
    expect(await lookupLicense(fx.deps(), { number: active, client: 'x' })).toMatchObject({
      license: { signature: 'failed' },
    })
    cms.cms = saved
    await t.db.kysely.updateTable('issuance_documents')
      .set((eb) => ({ data: eb.fn('replace', ['data', eb.val('ШАҺАР'), eb.val('ШАХАР')]) }))
      .where('number', '=', number).execute()
    expect(await lookupLicense(fx.deps(), { number, client: 'x' })).toMatchObject({
      license: { signature: 'failed' },
    })
  })

  for (const lang of ['kk', 'ru'] as const) {
    it(`/${lang}/verify shows active, superseded and terminated licenses by QR link and form`, async () => {
      const c = t.client()
      const form = await c.get(`/${lang}/verify`)
      expect(form.status).toBe(200)
      expect(h1s(parse(form.text))).toHaveLength(1)
      const qr = await c.get(`/${lang}/verify/${active}`)
      expect(qr.status).toBe(200)
      expect(textOf(qr.text)).toContain(individual.name.kk)
      expect(qr.text).not.toContain(individual.iin)
      expect(qr.text).not.toContain(individual.address[lang])
      const words = lang === 'kk'
        ? ['Қолданыста', 'Қайта ресімделген', 'Қолданылуы тоқтатылған']
        : ['Действует', 'Переоформлена', 'Действие прекращено']
      for (const [i, number] of [active, superseded, terminated].entries()) {
        const res = await c.get(`/${lang}/verify?number=${encodeURIComponent(` ${number} `)}`)
        expect(res.status).toBe(200)
        expect(textOf(res.text)).toContain(words[i])
      }
      expect(t.missingTranslations).toEqual([])
    })
  }

  it('/verify answers "not found" for unknown, malformed, refusal and huge numbers, never 500', async () => {
    const c = t.client()
    const near = active.replace(/\d{7}$/, (d) => String(Number(d) + 90).padStart(7, '0'))
    const refusalLike = active.replace('-LIC-', '-REF-')
    for (
      const input of [near, refusalLike, 'AKT-2026-000001', "1' OR '1'='1", 'x'.repeat(10_000), '']
    ) {
      const res = await c.get(`/ru/verify?number=${encodeURIComponent(input)}`)
      expect(res.status, input.slice(0, 30)).toBe(404)
      expect(textOf(res.text)).toContain('Не найдено')
      expect(res.text).not.toContain(active)
    }
    const long = await c.get(`/kk/verify/${'Ә'.repeat(5000)}`)
    expect(long.status).toBe(404)
    const api = await c.get(`/api/v1/licenses/${encodeURIComponent(near)}`)
    expect([api.status, JSON.parse(api.text)]).toEqual([404, { error: 'not_found' }])
  })

  it('GET /api/v1/licenses/:number returns the public facts as JSON', async () => {
    const res = await t.client().get(`/api/v1/licenses/${active}`)
    expect(res.status).toBe(200)
    const body = JSON.parse(res.text)
    expect(body).toMatchObject({
      number: active,
      kind: 'license',
      status: 'active',
      valid: true,
      licensee: individual.name,
      basis: 'decision',
      provider: { ru: 'ГУ «Управление сельского хозяйства Актюбинской области»' },
      links: { kk: `http://localhost:3000/kk/verify/${active}` },
    })
    expect(Object.keys(body).sort()).toEqual([
      'activity',
      'basis',
      'issuedAt',
      'kind',
      'licensee',
      'links',
      'number',
      'provider',
      'signature',
      'status',
      'statusSince',
      'subtypes',
      'valid',
    ])
    expect(res.text).not.toContain(individual.iin)
    const old = JSON.parse((await t.client().get(`/api/v1/licenses/${superseded}`)).text)
    expect([old.status, old.valid]).toEqual(['reissued', false])
  })

  it('limits look-ups per client address (429 page and JSON), counted in the database', async () => {
    const c = t.client()
    const headers = { 'x-test': '1' }
    let last = 0
    for (let i = 0; i < 31; i++) last = (await c.get(`/kk/verify/${active}`, { headers })).status
    expect(last).toBe(429)
    const second = t.secondInstance()
    const page = await second.request(`http://localhost:3000/ru/verify/${active}`)
    expect(page.status).toBe(429)
    expect(page.headers.get('retry-after')).toMatch(/^\d+$/)
    const api = await second.request(`http://localhost:3000/api/v1/licenses/${active}`)
    expect(api.status).toBe(429)
    t.clock.advance(11 * 60_000)
    expect((await c.get(`/kk/verify/${active}`)).status).toBe(200)
  })
})
