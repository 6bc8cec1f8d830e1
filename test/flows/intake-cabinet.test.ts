/**
 * The cabinet, status by number, draft retention and idempotency under concurrency, per
 * dialect: ten identical sends at once make one application; a status look-up needs the number
 * and the IIN/BIN and is limited per address across instances; untouched drafts are announced,
 * then removed with their files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoPersons } from '../../src/modules/identity/index.ts'
import { databaseFileStore, removeStaleDrafts } from '../../src/modules/intake/index.ts'
import { createTestApp, type TestApp, TestClient } from '../helpers/app.ts'
import { dialects } from '../helpers/db.ts'
import { errorSummary, parse } from '../helpers/html.ts'
import {
  applyAll,
  inputValue,
  pdfFile,
  redirected,
  sendKey,
  startPortalDraft,
  upload,
} from '../factories/intake.ts'

const aliya = demoPersons.aliya.iin

describe.each(dialects)('$name: the cabinet and idempotency', ({ name }) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp({ dialect: name, demo: true })
  })
  afterAll(() => t.close())

  it('lands an applicant on the cabinet after sign-in', async () => {
    const res = await t.client().signIn(aliya)
    expect(res.headers.get('location')).toBe('/kk/cabinet')
  })

  it('ten identical start and send POSTs at once make one draft and one application', async () => {
    const c = t.client()
    await c.signIn(aliya)
    const page = await c.get('/kk/applications/new?service=aktobe-grain-license&kind=duplicate')
    const start = {
      service: 'aktobe-grain-license',
      kind: 'duplicate',
      startKey: inputValue(page.text, 'startKey'),
    }
    const starts = await Promise.all(
      Array.from({ length: 10 }, () => c.post('/kk/applications', start)),
    )
    const bases = new Set(starts.map(redirected))
    expect(bases.size).toBe(1)
    const [base] = [...bases] as [string]
    const done = await applyRest(c, base)
    const key = await sendKey(c, base)
    const sends = await Promise.all(
      Array.from({ length: 10 }, () => c.post(`${base}/submission`, { key })),
    )
    expect(new Set(sends.map(redirected))).toEqual(new Set([`${base}/receipt?sent=1`]))
    const id = base.split('/').at(-1)!
    const submissions = await t.db.kysely.selectFrom('intake_submissions').select('key')
      .where('application_id', '=', id).execute()
    expect(submissions.length).toBe(1)
    const audit = await t.db.kysely.selectFrom('audit_entries').select('action')
      .where('entity_id', '=', id).where('action', '=', 'intake.application.submitted').execute()
    expect(audit.length).toBe(1)
    expect(done).toBe(true)
  })

  it('status by number needs the number and the IIN/BIN, and is limited per address', async () => {
    const done = await applyAll(t, {
      service: 'zhambyl-grain-license',
      kind: 'duplicate',
      applicantType: 'individual',
      applicant: aliya,
    })
    const anon = t.client()
    const ok = await anon.post('/ru/status', { number: done.number.toLowerCase(), iinOrBin: aliya })
    expect(ok.status).toBe(200)
    expect(ok.text).toContain(done.number)
    expect(ok.text).toContain('Отправлено')
    const wrong = await anon.post('/ru/status', {
      number: done.number,
      iinOrBin: demoPersons.olga.iin,
    })
    expect(wrong.text).toContain('не найдено')
    expect(wrong.text).not.toContain('Выдача дубликата лицензии')
    const bad = await anon.post('/ru/status', { number: 'ZHM-1', iinOrBin: 'x' })
    expect(bad.status).toBe(422)
    expect(errorSummary(parse(bad.text)).map(([href]) => href)).toEqual(['#number', '#iinOrBin'])
    const other = new TestClient(t.secondInstance(), t.config)
    const answers: number[] = []
    for (let i = 0; i < 10; i++) {
      const client = i % 2 ? anon : other
      answers.push(
        (await client.post('/ru/status', { number: done.number, iinOrBin: aliya })).status,
      )
    }
    expect(answers.filter((s) => s === 429).length).toBeGreaterThan(0)
    t.clock.advance(16 * 60_000)
    expect((await anon.post('/ru/status', { number: done.number, iinOrBin: aliya })).status).toBe(
      200,
    )
  })

  it('the case page shows the history and a refresh; others get a 404', async () => {
    const c = t.client()
    await c.signIn(aliya)
    const list = await c.get('/kk/cabinet')
    const href = parse(list.text).querySelector('table a[href^="/kk/cabinet/"]')?.getAttribute(
      'href',
    )
    expect(href).toBeTruthy()
    const page = await c.get(href!)
    expect(page.status).toBe(200)
    expect(page.text).toContain('Мәртебесін жаңарту')
    expect(page.text).toContain('Өтініш жіберілді және нөмір берілді')
    expect(page.text).toContain('hx-trigger="every 60s"')
    const olga = t.client()
    await olga.signIn(demoPersons.olga.iin)
    expect((await olga.get(href!)).status).toBe(404)
  })

  it('announces untouched drafts before the retention period ends, then removes them and their files', async () => {
    const c = t.client()
    await c.signIn(demoPersons.olga.iin)
    const base = await startPortalDraft(c, 'east-kazakhstan-grain-license', 'issue')
    redirected(await upload(c, base, 'other', pdfFile('ескі.pdf')))
    const deps = {
      db: t.db,
      files: databaseFileStore(t.db, () => t.clock.now()),
      limits: { draftRetentionDays: 90 },
    }
    t.clock.advance(80 * 86_400_000)
    await c.signIn(demoPersons.olga.iin)
    const cabinet = await c.get('/kk/cabinet')
    expect(cabinet.text).toContain('жойылады')
    expect(await removeStaleDrafts(deps, t.clock.now())).toBe(0)
    t.clock.advance(11 * 86_400_000)
    expect(await removeStaleDrafts(deps, t.clock.now())).toBeGreaterThan(0)
    const id = base.split('/').at(-1)!
    const row = await t.db.kysely.selectFrom('intake_applications').select([
      'removed_at',
      'particulars',
    ])
      .where('id', '=', id).executeTakeFirstOrThrow()
    expect(row.removed_at).not.toBeNull()
    const files = await t.db.kysely.selectFrom('intake_documents').select('id')
      .where('application_id', '=', id).execute()
    expect(files).toEqual([])
    await c.signIn(demoPersons.olga.iin)
    expect((await c.get(base)).status).toBe(404)
    expect(t.missingTranslations).toEqual([])
  })
})

// Applicant, documents and signature of an Aktobe duplicate (no fee, no checklist).
async function applyRest(c: TestClient, base: string): Promise<boolean> {
  const page = await c.get(`${base}/applicant`)
  redirected(
    await c.post(`${base}/applicant`, {
      version: inputValue(page.text, 'version'),
      phone: '+77010001122',
    }),
  )
  const particulars = await c.get(`${base}/particulars`)
  redirected(
    await c.post(`${base}/particulars`, {
      version: inputValue(particulars.text, 'version'),
      licenseNumber: 'KZ-1',
      duplicateCause: 'damaged',
    }),
  )
  const signing = redirected(await c.post(`${base}/signature`, {}))
  const sign = await c.get(signing)
  redirected(
    await c.post(signing, {
      nonce: inputValue(sign.text, 'nonce'),
      method: 'demo',
      password: 'demo-akimat-2026',
    }),
  )
  return true
}
