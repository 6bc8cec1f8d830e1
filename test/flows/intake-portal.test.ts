/**
 * The portal channel over HTTP, per dialect: a demo applicant applies for a sub-service,
 * saves each step, uploads, pays through the stand-in gateway, signs with the demo key and
 * sends (twice), and gets one application with its registration number and receipt.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoApplicants, demoPersons } from '../../src/modules/identity/index.ts'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import { dialects } from '../helpers/db.ts'
import { h1s, parse } from '../helpers/html.ts'
import {
  choiceValues,
  payThroughStandIn,
  pdfFile,
  redirected,
  saveStep,
  sendKey,
  signWithDemoKey,
  startPortalDraft,
  upload,
} from '../factories/intake.ts'

const aliya = demoPersons.aliya.iin

describe.each(dialects)('$name: the portal application', ({ name }) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp({ dialect: name, demo: true })
  })
  afterAll(() => t.close())

  it('portal intake issues one number for a grain license in Zhambyl sent twice', async () => {
    const c = t.client()
    await c.signIn(aliya)
    const base = await startPortalDraft(c, 'zhambyl-grain-license', 'issue')
    expect(base).toMatch(/^\/kk\/applications\/[0-9a-f]{32}$/)
    const tasks = await c.get(base)
    expect(tasks.status).toBe(200)
    redirected(await saveStep(c, `${base}/applicant`, { phone: '+7 701 555 12 34', email: '' }))
    redirected(await upload(c, base, 'qualification-scans', pdfFile('біліктілік.pdf')))
    const qualification = await c.get(`${base}/qualification`)
    const ids = choiceValues(qualification.text, 'confirmed')
    expect(ids.length).toBeGreaterThan(0)
    redirected(await saveStep(c, `${base}/qualification`, { confirmed: ids }))
    const unpaid = await c.post(`${base}/signature`, {})
    expect(unpaid.status).toBe(422)
    expect(unpaid.text).toContain('Лицензиялық жарна төленбеген')
    await payThroughStandIn(c, base)
    const fee = await c.get(`${base}/fee`)
    expect(fee.text).toContain('43\u00a0250\u00a0₸')
    expect(fee.text).toMatch(/LOCAL-[0-9A-F]{10}/)
    expect(await signWithDemoKey(c, base)).toBe(`${base}/submission`)
    const key = await sendKey(c, base)
    const first = redirected(await c.post(`${base}/submission`, { key }))
    const second = redirected(await c.post(`${base}/submission`, { key }))
    expect(second).toBe(first)
    expect(first).toBe(`${base}/receipt?sent=1`)
    const rows = await t.db.kysely.selectFrom('intake_applications').select(['number', 'channel'])
      .where('submitted_at', 'is not', null).execute()
    expect(rows).toEqual([{ number: 'ZHM-2026-000001', channel: 'portal' }])
    const receipt = await c.get(first)
    expect(receipt.status).toBe(200)
    expect(h1s(parse(receipt.text))).toEqual(['Құжаттарды қабылдау туралы қолхат'])
    expect(receipt.text).toContain('ZHM-2026-000001')
    expect(receipt.text).toContain('біліктілік.pdf')
    const pdf = await c.get(`${base}/receipt.pdf`)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(pdf.text.startsWith('%PDF-')).toBe(true)
    expect(t.missingTranslations).toEqual([])
  })

  it('the cabinet lists the application with its number and status', async () => {
    const c = t.client()
    await c.signIn(aliya)
    const page = await c.get('/kk/cabinet')
    expect(page.status).toBe(200)
    expect(page.text).toContain('ZHM-2026-000001')
    expect(page.text).toContain('Жіберілді')
    expect(demoApplicants().length).toBeGreaterThan(0)
  })
})
