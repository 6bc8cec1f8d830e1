/**
 * Bad input on the intake pages, per dialect: every invalid form is a 422 with an error summary
 * that links to its field and keeps what was typed; someone else's draft, a tampered hidden
 * field or a sub-service the service lacks is a 404 or 422, never a 500 or someone else's data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoCompanies, demoPersons } from '../../src/modules/identity/index.ts'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import { dialects } from '../helpers/db.ts'
import { errorSummary, fieldValue, parse } from '../helpers/html.ts'
import {
  inputValue,
  jpegFile,
  pdfFile,
  pngFile,
  redirected,
  saveStep,
  startPortalDraft,
  upload,
} from '../factories/intake.ts'

const aliya = demoPersons.aliya.iin
const olga = demoPersons.olga.iin

describe.each(dialects)('$name: intake refuses bad input', ({ name }) => {
  let t: TestApp
  let base: string
  beforeAll(async () => {
    t = await createTestApp({
      dialect: name,
      demo: true,
      env: { MAX_UPLOAD_BYTES: '2048', MAX_APPLICATION_BYTES: '3000' },
    })
    const c = t.client()
    await c.signIn(aliya)
    base = await startPortalDraft(c, 'zhambyl-grain-license', 'reissue')
  })
  afterAll(() => t.close())

  async function aliyaClient() {
    const c = t.client()
    await c.signIn(aliya)
    return c
  }

  it('a contact step with a bad phone and e-mail: 422, summary linking each field, input kept', async () => {
    const c = await aliyaClient()
    const res = await saveStep(c, `${base}/applicant`, { phone: '12ab', email: 'not-an-email' })
    expect(res.status).toBe(422)
    const doc = parse(res.text)
    expect(errorSummary(doc).map(([href]) => href)).toEqual(['#phone', '#email'])
    expect(fieldValue(doc, 'phone')).toBe('12ab')
    expect(fieldValue(doc, 'email')).toBe('not-an-email')
    expect(doc.querySelector('title')?.textContent).toMatch(/^Қате: /)
  })

  it('re-issue particulars without the license number or reason: 422 naming both', async () => {
    const c = await aliyaClient()
    const res = await saveStep(c, `${base}/particulars`, {
      licenseNumber: ' ',
      reissueReasonText: '',
    })
    expect(res.status).toBe(422)
    expect(errorSummary(parse(res.text)).map(([href]) => href)).toEqual([
      '#licenseNumber',
      '#reissueReasonText',
    ])
  })

  it('a sub-service the service does not have: 422, nothing saved', async () => {
    const c = await aliyaClient()
    const res = await saveStep(c, `${base}/sub-service`, { kind: 'attestation' })
    expect(res.status).toBe(422)
    expect(errorSummary(parse(res.text))[0]?.[0]).toBe('#kind')
    const row = await t.db.kysely.selectFrom('intake_applications').select('sub_service')
      .where('id', '=', base.split('/').at(-1)!).executeTakeFirstOrThrow()
    expect(row.sub_service).toBe('reissue')
  })

  it('a start form for an unknown service is a 404; a tampered kind is a 422', async () => {
    const c = await aliyaClient()
    expect((await c.get('/kk/applications/new?service=no-such-service')).status).toBe(404)
    const page = await c.get('/kk/applications/new?service=zhambyl-grain-license')
    const startKey = inputValue(page.text, 'startKey')
    const tampered = await c.post('/kk/applications', {
      service: 'zhambyl-grain-license',
      kind: 'accreditation',
      startKey,
    })
    expect(tampered.status).toBe(422)
    const bad = await c.post('/kk/applications', { service: '../etc', kind: 'issue', startKey })
    expect(bad.status).toBe(404)
  })

  it("another applicant's draft: 404 on every page and action, and no data of it shown", async () => {
    const c = t.client()
    await c.signIn(olga)
    for (
      const path of ['', '/applicant', '/documents', '/fee', '/check', '/receipt', '/submission']
    ) {
      const res = await c.get(`${base}${path}`)
      expect(res.status, path).toBe(404)
      expect(res.text).not.toContain(aliya)
    }
    expect((await c.post(`${base}/applicant`, { version: '1', phone: '+77010000000' })).status)
      .toBe(404)
    expect((await c.post(`${base}/submission`, { key: 'x'.repeat(32) })).status).toBe(404)
    expect((await upload(c, base, 'license-scan', pdfFile())).status).toBe(404)
    const company = t.client()
    await company.signIn(demoCompanies.aktobeAstyk.bin)
    expect((await company.get(`/kk/cabinet/${base.split('/').at(-1)}`)).status).toBe(404)
  })

  it('a stale version is a conflict that keeps the input; a double tap of the same save is fine', async () => {
    const c = await aliyaClient()
    const page = await c.get(`${base}/applicant`)
    const form = { version: inputValue(page.text, 'version'), phone: '+7 701 222 33 44' }
    redirected(await c.post(`${base}/applicant`, form))
    redirected(await c.post(`${base}/applicant`, form))
    const stale = await c.post(`${base}/applicant`, { ...form, phone: '+7 701 999 88 77' })
    expect(stale.status).toBe(409)
    expect(fieldValue(parse(stale.text), 'phone')).toBe('+7 701 999 88 77')
    expect(inputValue(stale.text, 'version')).not.toBe(form.version)
    const junk = await c.post(`${base}/applicant`, { version: 'abc', phone: '+7 701 222 33 44' })
    expect(junk.status).toBe(422)
  })

  it('files: too large, empty, of the wrong kind, or a PDF named as an image, each say what is allowed', async () => {
    const c = await aliyaClient()
    const cases: Array<[File, string]> = [
      [pdfFile('big.pdf', 'x'.repeat(3000)), '2 КБ'],
      [new File([], 'empty.pdf', { type: 'application/pdf' }), 'PDF, JPEG немесе PNG'],
      [
        new File(['MZ\x90\x00 not a document'], 'tool.pdf', { type: 'application/pdf' }),
        'PDF, JPEG немесе PNG',
      ],
      [pdfFile('photo.png'), 'PDF, JPEG немесе PNG'],
    ]
    for (const [file, allowed] of cases) {
      const res = await upload(c, base, 'license-scan', file)
      expect(res.status, file.name).toBe(422)
      const summary = errorSummary(parse(res.text))
      expect(summary[0]?.[0]).toBe('#file-license-scan')
      expect(summary[0]?.[1]).toContain(allowed)
    }
    const docs = await t.db.kysely.selectFrom('intake_documents').select('id').execute()
    expect(docs).toEqual([])
  })

  it('files: PNG and JPEG by content, the per-application total, replace and remove', async () => {
    const c = await aliyaClient()
    redirected(await upload(c, base, 'license-scan', pngFile('скан лицензии.png')))
    redirected(await upload(c, base, 'other', jpegFile('../../etc/\u202epasswd.jpg')))
    const byName = async () =>
      Object.fromEntries(
        (await t.db.kysely.selectFrom('intake_documents')
          .select(['id', 'display_name', 'content_type', 'sha256']).where('removed_at', 'is', null)
          .execute()).map((r) => [r.display_name, r]),
      )
    const rows = await byName()
    expect(Object.keys(rows).sort()).toEqual(['passwd.jpg', 'скан лицензии.png'])
    expect(rows['passwd.jpg']!.content_type).toBe('image/jpeg')
    expect(rows['скан лицензии.png']!.content_type).toBe('image/png')
    expect(rows['скан лицензии.png']!.sha256).toMatch(/^[0-9a-f]{64}$/)
    redirected(await upload(c, base, 'other', pdfFile('a.pdf', 'y'.repeat(1900))))
    const over = await upload(c, base, 'other', pdfFile('b.pdf', 'z'.repeat(1900)))
    expect(over.status).toBe(422)
    expect(over.text).toContain('2,9 КБ'.replace(',', '.'))
    const png = rows['скан лицензии.png']!.id
    const download = await c.get(`${base}/documents/${png}`)
    expect(download.headers.get('content-type')).toBe('image/png')
    expect(download.headers.get('content-disposition')).toContain("filename*=UTF-8''")
    expect(download.headers.get('x-content-type-options')).toBe('nosniff')
    // An uploaded file is never rendered as a page of this origin: the download is sandboxed.
    expect(download.headers.get('content-security-policy')).toBe('sandbox')
    redirected(await c.post(`${base}/documents/${png}/replacement`, { file: pdfFile('new.pdf') }))
    const jpeg = rows['passwd.jpg']!.id
    redirected(await c.post(`${base}/documents/${jpeg}/removal`, {}))
    expect(Object.keys(await byName()).sort()).toEqual(['a.pdf', 'new.pdf'])
    expect((await c.post(`${base}/documents/${jpeg}/removal`, {})).status).toBe(404)
    const olgaClient = t.client()
    await olgaClient.signIn(olga)
    expect((await olgaClient.get(`${base}/documents/${png}`)).status).toBe(404)
  })

  it('sending without a required document, payment or signature names what is missing', async () => {
    const c = await aliyaClient()
    const check = await c.post(`${base}/signature`, {})
    expect(check.status).toBe(422)
    const texts = errorSummary(parse(check.text)).map(([, text]) => text)
    expect(texts).toContain('Кіші қызмет бойынша мәліметтерді толтырыңыз')
    expect(texts).toContain(
      'Лицензиялық жарна төленбеген: төлемсіз өтінішке қол қоюға және оны жіберуге болмайды',
    )
    const forged = await c.post(`${base}/submission`, { key: 'f'.repeat(32) })
    expect(forged.status).toBe(422)
    const sent = await t.db.kysely.selectFrom('intake_applications').select('number')
      .where('number', 'is not', null).execute()
    expect(sent).toEqual([])
  })

  it('a cut upload stores nothing', async () => {
    const c = await aliyaClient()
    const before = await t.db.kysely.selectFrom('intake_files').select('id').execute()
    const boundary = 'cut-boundary'
    const part = (name: string, value: string) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`
    const head = part('_csrf', await c.csrfToken()) + part('document', 'other') +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="x.pdf"\r\n` +
      'Content-Type: application/pdf\r\n\r\n%PDF-1.4\n'
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(head))
        controller.error(new Error('connection reset'))
      },
    })
    const cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
    const request = new Request(`http://localhost:3000${base}/documents`, {
      method: 'POST',
      // The browser announced the whole body; the connection dropped after the first part.
      headers: {
        cookie,
        'sec-fetch-site': 'same-origin',
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': '4000',
      },
      body,
      duplex: 'half',
    } as RequestInit)
    const res = await t.app.request(request)
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    const after = await t.db.kysely.selectFrom('intake_files').select('id').execute()
    expect(after.length).toBe(before.length)
    expect(t.missingTranslations).toEqual([])
  })
})
