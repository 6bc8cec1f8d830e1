/**
 * The office and PSC counters, per dialect: the applicant is looked up in the registry ("data
 * not found" said plainly), a representative is recorded only with a notarized power of
 * attorney the notary registry confirms, each counter sees only its own organisation's work,
 * and the applicant then finds the application in their cabinet.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoCompanies, demoPersons, makeIin } from '../../src/modules/identity/index.ts'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import { dialects } from '../helpers/db.ts'
import { errorSummary, parse } from '../helpers/html.ts'
import { applyAll, inputValue, redirected, saveStep } from '../factories/intake.ts'

const agrohim = demoCompanies.zhambylAgrohim.bin
const asqar = demoPersons.asqar.iin

describe.each(dialects)('$name: intake at the counters', ({ name }) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp({ dialect: name, demo: true })
  })
  afterAll(() => t.close())

  async function start(login: string, fields: Record<string, string>) {
    const c = t.client()
    await c.signIn(login)
    const page = await c.get('/ru/office/applications/new')
    const res = await c.post('/ru/office/applications', {
      startKey: inputValue(page.text, 'startKey'),
      ...fields,
    })
    return { c, res }
  }

  it('says plainly when the registry has no data, and checks the IIN first', async () => {
    const unknown = makeIin({ birthDate: '1990-01-01', sex: 'male', serial: 4321 })
    const fields = { service: 'zhambyl-grain-license', kind: 'issue', applicantType: 'individual' }
    const missing = await start('zhambyl-agri.office', { ...fields, iinOrBin: unknown })
    expect(missing.res.status).toBe(422)
    const [link] = errorSummary(parse(missing.res.text))
    expect(link?.[0]).toBe('#iinOrBin')
    expect(link?.[1]).toContain('Получить данные невозможно в связи с их отсутствием')
    const typo = await start('taraz-con.operator', { ...fields, iinOrBin: '12345' })
    expect(typo.res.status).toBe(422)
    expect(errorSummary(parse(typo.res.text))[0]?.[1]).toContain('12')
  })

  it("enters only its own organisation's services", async () => {
    const { c, res } = await start('zhambyl-agri.office', {
      service: 'aktobe-grain-license',
      kind: 'issue',
      applicantType: 'legal_entity',
      iinOrBin: agrohim,
    })
    expect(res.status).toBe(422)
    const page = await c.get('/ru/office/applications/new')
    expect(page.text).toContain('value="zhambyl-veterinary-license"')
    expect(page.text).not.toContain('value="aktobe-grain-license"')
  })

  it('records a representative only with a notarized power of attorney in force', async () => {
    const { c, res } = await start('zhambyl-agri.office', {
      service: 'zhambyl-veterinary-license',
      kind: 'issue',
      applicantType: 'legal_entity',
      iinOrBin: agrohim,
    })
    const base = redirected(res)
    const wrong = await saveStep(c, `${base}/representative`, {
      hasRepresentative: 'yes',
      representativeIin: asqar,
      poaNumber: '2023-0112',
    })
    expect(wrong.status).toBe(422)
    expect(errorSummary(parse(wrong.text))[0]?.[0]).toBe('#poaNumber')
    const bad = await saveStep(c, `${base}/representative`, {
      hasRepresentative: 'yes',
      representativeIin: '000',
      poaNumber: '',
    })
    expect(errorSummary(parse(bad.text)).map(([href]) => href)).toEqual([
      '#representativeIin',
      '#poaNumber',
    ])
    redirected(
      await saveStep(c, `${base}/representative`, {
        hasRepresentative: 'yes',
        representativeIin: asqar,
        poaNumber: '2025-0457',
      }),
    )
    const stored = await t.db.kysely.selectFrom('intake_applications').select('representative')
      .where('id', '=', base.split('/').at(-1)!).executeTakeFirstOrThrow()
    expect(JSON.parse(stored.representative!)).toMatchObject({
      iin: asqar,
      powerOfAttorney: { number: '2025-0457', source: 'local' },
    })
    const other = t.client()
    await other.signIn('aktobe-agri.office')
    expect((await other.get(base.replace('/ru/', '/kk/'))).status).toBe(404)
  })

  it('a whole office application in Russian with a representative; the applicant sees it', async () => {
    const done = await applyAll(t, {
      service: 'zhambyl-grain-license',
      kind: 'reissue',
      applicantType: 'legal_entity',
      applicant: agrohim,
      officer: 'zhambyl-agri.office',
      representative: { iin: asqar, poa: '2025-0457' },
      lang: 'ru',
    })
    expect(done.html).toContain('Расписка о приёме документов')
    expect(done.html).toContain('по доверенности № 2025-0457')
    expect(done.html).toContain('КВ-000731')
    const row = await t.db.kysely.selectFrom('intake_applications').select(['lang', 'channel'])
      .where('number', '=', done.number).executeTakeFirstOrThrow()
    expect(row).toEqual({ lang: 'ru', channel: 'office' })
    const company = t.client()
    await company.signIn(agrohim)
    const cabinet = await company.get('/kk/cabinet')
    expect(cabinet.text).toContain(done.number)
    const id = done.base.split('/').at(-1)
    const receipt = await company.get(`/kk/applications/${id}/receipt`)
    expect(receipt.status).toBe(200)
    expect(receipt.text).toContain('lang="ru"')
    expect((await company.get(`/kk/applications/${id}/applicant`)).status).toBe(404)
    expect(t.missingTranslations).toEqual([])
  })
})
