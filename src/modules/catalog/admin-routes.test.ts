import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp, type TestClient } from '../../../test/helpers/app.ts'
import { dialects } from '../../../test/helpers/db.ts'
import { errorSummary, fieldValue, h1s, parse } from '../../../test/helpers/html.ts'
import { listAuditEntries } from '../audit/index.ts'
import { demoApplicants, demoOfficers } from '../identity/index.ts'
import { aktobeGrainLicense } from './data/aktobe-grain-license.ts'
import { mciValue } from './mci.ts'
import { getRegulationVersion } from './service.ts'
import { syncCatalog } from './sync.ts'
import { copyOf } from './test-deps.ts'

const admin = demoOfficers().find((o) => o.role === 'administrator')!.login
const newVersion = '/kk/admin/catalog/aktobe-grain-license/versions/new'

describe.each(dialects)('$name: catalog administration over HTTP', ({ name }) => {
  let t: TestApp
  let c: TestClient
  beforeAll(async () => {
    t = await createTestApp({ dialect: name, demo: true })
    await syncCatalog({ db: t.db, clock: t.clock })
    c = t.client()
    await c.signIn(admin)
  })
  afterAll(() => t.close())

  it('is refused to visitors and applicants', async () => {
    const anonymous = await t.client().get('/kk/admin/catalog')
    expect(anonymous.status).toBe(303)
    expect(anonymous.headers.get('location')).toMatch(/^\/kk\/login\?/)
    const applicant = t.client()
    await applicant.signIn(demoApplicants()[0]!.login)
    expect((await applicant.get('/ru/admin/catalog')).status).toBe(403)
    expect(
      (await applicant.post('/ru/admin/catalog/mci', { year: '2027', valueTenge: '1' }))
        .status,
    ).toBe(403)
  })

  it('lists the regulations with their versions and the MCI values', async () => {
    const res = await c.get('/ru/admin/catalog')
    expect(res.status).toBe(200)
    const doc = parse(res.text)
    expect(h1s(doc)).toEqual(['Управление каталогом услуг'])
    expect(doc.querySelectorAll(`a[href^="/ru/admin/catalog/"][href$="/versions/new"]`))
      .toHaveLength(13)
    expect(res.text).toContain('4\u00a0325\u00a0₸')
  })

  it('POST /mci re-renders with 422, the errors and the input kept, and saves a valid value', async () => {
    const bad = await c.post('/ru/admin/catalog/mci', { year: '20x6', valueTenge: '-5' })
    expect(bad.status).toBe(422)
    const doc = parse(bad.text)
    expect(errorSummary(doc).map(([href]) => href)).toEqual(['#mci-year', '#mci-valueTenge'])
    expect([fieldValue(doc, 'year'), fieldValue(doc, 'valueTenge')]).toEqual(['20x6', '-5'])
    expect(doc.title).toMatch(/^Ошибка: /)
    const ok = await c.post('/ru/admin/catalog/mci', { year: '2027', valueTenge: '4 500' })
    expect(ok.status).toBe(303)
    expect(ok.headers.get('location')).toBe('/ru/admin/catalog?saved=mci')
    expect((await mciValue({ db: t.db, clock: t.clock }, 2027))?.valueTenge).toBe(4500)
    const audit = await listAuditEntries(t.db.kysely, 'catalog_mci_value', '2027')
    expect(audit.map((a) => a.action)).toEqual(['catalog.mci.set'])
    expect(audit[0]!.actor_id).not.toBeNull()
  })

  it('GET versions/new prefills the latest definition; 404 for an unknown regulation', async () => {
    const res = await c.get(newVersion)
    expect(res.status).toBe(200)
    const definition = JSON.parse(textareaValue(parse(res.text), 'definition'))
    expect(definition.id).toBe('aktobe-grain-license')
    expect((await c.get('/kk/admin/catalog/no-such/versions/new')).status).toBe(404)
    expect((await c.post('/kk/admin/catalog/no-such/versions/new', {})).status).toBe(404)
  })

  it('POST versions/new lists every problem (date, JSON, each step) with 422 and keeps the input', async () => {
    const noJson = await c.post(newVersion, { effectiveFrom: '2026-02-30', definition: '{"a":' })
    expect(noJson.status).toBe(422)
    expect(errorSummary(parse(noJson.text)).map(([href]) => href)).toEqual([
      '#effectiveFrom',
      '#definition',
    ])
    const broken = copyOf(aktobeGrainLicense) as unknown as {
      subServices: Array<
        { route: { steps: Array<{ role: string; outcomes: Array<{ to: string }> }> } }
      >
    }
    broken.subServices[0]!.route.steps[2]!.role = 'chief'
    broken.subServices[2]!.route.steps[4]!.role = 'clerk'
    const text = JSON.stringify(broken, null, 2)
    const res = await c.post(newVersion, { effectiveFrom: '2026-07-01', definition: text })
    expect(res.status).toBe(422)
    const doc = parse(res.text)
    const problems = errorSummary(doc).map(([, message]) => message)
    expect(problems).toHaveLength(2)
    expect(problems[0]).toContain('subServices[issue].route.steps[draft].role')
    expect(problems[1]).toContain('subServices[duplicate].route.steps[issue].role')
    expect(textareaValue(doc, 'definition')).toBe(text)
    expect(fieldValue(doc, 'effectiveFrom')).toBe('2026-07-01')
    expect(await getRegulationVersion({ db: t.db, clock: t.clock }, 'aktobe-grain-license', 2))
      .toBeUndefined()
  })

  it('POST versions/new stores a valid version as the next number and redirects', async () => {
    const definition = copyOf(aktobeGrainLicense)
    definition.name.kk = 'Жаңа редакция'
    const res = await c.post(newVersion, {
      effectiveFrom: '2026-07-01',
      definition: JSON.stringify(definition),
    })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/kk/admin/catalog?saved=version')
    const stored = await getRegulationVersion(
      { db: t.db, clock: t.clock },
      'aktobe-grain-license',
      2,
    )
    expect(stored?.definition.name.kk).toBe('Жаңа редакция')
    expect(stored?.effectiveFrom).toBe('2026-07-01')
    expect(stored?.createdBy).not.toBeNull()
    expect((await c.get('/kk/admin/catalog?saved=version')).text).toContain(
      'Регламенттің жаңа нұсқасы сақталды.',
    )
    expect(t.missingTranslations).toEqual([])
  })
})

/** linkedom leaves character references in a textarea's text; a browser decodes them. */
function textareaValue(doc: Document, name: string): string {
  return (fieldValue(doc, name) ?? '').replace(
    /&(quot|amp|lt|gt|#39);/g,
    (_m, e: string) => ({ quot: '"', amp: '&', lt: '<', gt: '>', '#39': "'" })[e] ?? '',
  )
}
