/**
 * The pages of issued documents and of the registry, over HTTP on the real application: who
 * sees which document, its PDF, the office's handover, and the administrator's status changes
 * with their error states.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoApplicants, demoOfficers } from '../../src/modules/identity/index.ts'
import { CaseFixture } from '../../src/modules/issuance/cases.fixture.ts'
import { issueSignedDecision } from '../../src/modules/issuance/index.ts'
import { findLicenseByNumber } from '../../src/modules/issuance/repo.ts'
import type { DocumentRow } from '../../src/modules/issuance/tables.ts'
import { loadDocumentFonts } from '../../src/platform/fonts.ts'
import { readPdf, squash } from '../../src/modules/documents/pdf-text.fixture.ts'
import { createTestApp, type TestApp, textOf } from '../helpers/app.ts'
import { dialects } from '../helpers/db.ts'
import { errorSummary, h1s, parse } from '../helpers/html.ts'

const fonts = await loadDocumentFonts()
const holderLogin = demoApplicants().find((a) => a.type === 'legal_entity')!.login
const otherLogin = demoApplicants().find((a) => a.type === 'individual')!.login
const officer = (prefix: string, role: string) =>
  demoOfficers().find((o) => o.org.prefix === prefix && o.role === role)!.login

describe.each(dialects)('$name: document and registry pages', ({ name }) => {
  let t: TestApp
  let portal: DocumentRow
  let office: DocumentRow
  beforeAll(async () => {
    t = await createTestApp({ dialect: name, demo: true })
    const fx = await CaseFixture.create(t.db, t.clock, fonts)
    const holder = await t.db.kysely.selectFrom('identity_accounts').select('id')
      .where('login', '=', holderLogin).executeTakeFirstOrThrow()
    const issue = async (channel: 'portal' | 'office') =>
      await issueSignedDecision(
        fx.deps(),
        await fx.signDecision(
          await fx.addCase({
            regulationId: 'aktobe-grain-license',
            channel,
            applicant: { accountId: holder.id, email: 'astyk@example.kz' },
          }),
        ),
      )
    portal = await issue('portal')
    office = await issue('office')
  })
  afterAll(() => t.close())

  it('the holder sees the document in both languages and its PDF; others get a 404', async () => {
    const holder = t.client()
    await holder.signIn(holderLogin)
    const kk = await holder.get(`/kk/licenses/${portal.id}`)
    expect(kk.status).toBe(200)
    expect(h1s(parse(kk.text))).toEqual(['Лицензия'])
    expect(textOf(kk.text)).toContain(portal.number)
    expect(textOf(kk.text)).toContain('Қолданыста')
    const ru = await holder.get(`/ru/licenses/${portal.id}`)
    expect(textOf(ru.text)).toContain('Лицензиар')
    const pdf = await holder.get(`/ru/licenses/${portal.id}/pdf`)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    const list = await holder.get('/kk/licenses')
    expect(textOf(list.text)).toContain(portal.number)
    const other = t.client()
    await other.signIn(otherLogin)
    expect((await other.get(`/kk/licenses/${portal.id}`)).status).toBe(404)
    expect((await other.get(`/kk/licenses/${portal.id}/pdf`)).status).toBe(404)
    const foreign = t.client()
    await foreign.signIn(officer('zhambyl-agri', 'head'))
    expect((await foreign.get(`/ru/licenses/${portal.id}`)).status).toBe(404)
    expect((await foreign.get('/ru/licenses/not-an-id')).status).toBe(404)
    expect(t.missingTranslations).toEqual([])
  })

  it('the PDF served is the document re-rendered from its record, with the Kazakh letters', async () => {
    const holder = t.client()
    await holder.signIn(holderLogin)
    const res = await t.app.request(`http://localhost:3000/kk/licenses/${portal.id}/pdf`, {
      headers: { cookie: [...holder.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    })
    const read = await readPdf(new Uint8Array(await res.arrayBuffer()))
    expect(read.body).toContain(squash(portal.number))
    expect(read.body).toContain(squash('«ШАҺАР АСТЫҚ ҚОЙМАСЫ» ЖШС'))
  })

  it('the office specialist records the handover of an office result once', async () => {
    const c = t.client()
    await c.signIn(officer('aktobe-agri', 'office_specialist'))
    const page = await c.get(`/ru/licenses/${office.id}`)
    expect(textOf(page.text)).toContain('Зарегистрировать выдачу')
    expect(textOf((await c.get(`/ru/licenses/${portal.id}`)).text)).not.toContain(
      'Зарегистрировать выдачу',
    )
    const res = await c.post(`/ru/licenses/${office.id}/handover`, {})
    expect(res.status).toBe(303)
    const after = await c.get(res.headers.get('location')!)
    expect(textOf(after.text)).toContain('Выдача документа зарегистрирована')
    expect((await c.post(`/ru/licenses/${office.id}/handover`, {})).status).toBe(409)
    const head = t.client()
    await head.signIn(officer('aktobe-agri', 'head'))
    expect((await head.post(`/ru/licenses/${portal.id}/handover`, {})).status).toBe(403)
  })

  it('the administrator suspends with a reason; no reason is a 422 with the error linked', async () => {
    const c = t.client()
    await c.signIn('admin.admin')
    const list = await c.get(`/ru/admin/licenses?q=${encodeURIComponent('шаһар')}`)
    expect(textOf(list.text)).toContain(portal.number)
    const license = (await findLicenseByNumber(t.db.kysely, portal.number))!
    const path = `/ru/admin/licenses/${license.id}`
    const empty = await c.post(`${path}/suspension`, {
      version: String(license.version),
      reason: ' ',
    })
    expect(empty.status).toBe(422)
    expect(errorSummary(parse(empty.text))).toEqual([['#reason-suspend', 'Укажите причину']])
    const ok = await c.post(`${path}/suspension`, {
      version: String(license.version),
      reason: 'Постановление суда № 2-15/2026',
    })
    expect(ok.status).toBe(303)
    const shown = await c.get(ok.headers.get('location')!)
    expect(textOf(shown.text)).toContain('Действие лицензии приостановлено')
    expect(textOf(shown.text)).toContain('Постановление суда № 2-15/2026')
    const stale = await c.post(`${path}/termination`, {
      version: String(license.version),
      reason: 'x',
    })
    expect(stale.status).toBe(409)
    const verify = await t.client().get(`/ru/verify/${portal.number}`)
    expect(textOf(verify.text)).toContain('на это время он недействителен')
    expect((await c.get('/ru/admin/licenses/0123')).status).toBe(404)
  })

  it('the outbox page keeps the e-mail notices while SMTP is not configured', async () => {
    const c = t.client()
    await c.signIn('admin.admin')
    const res = await c.get('/kk/admin/licenses/outbox')
    expect(res.status).toBe(200)
    expect(textOf(res.text)).toContain('Электрондық пошта жіберілмейді')
    expect(textOf(res.text)).toContain('astyk@example.kz')
    expect(t.missingTranslations).toEqual([])
  })
})
