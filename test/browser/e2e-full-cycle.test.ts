/**
 * The whole life of an Aktobe grain-receipts license in Chromium: the applicant's portal
 * request in Kazakh, then in Russian the office's registration, the head's assignment, the
 * executor's review of the documents and draft, the interested authority's consent (signed),
 * the executor's final decision and the head's EDS signature, then the result in the
 * applicant's cabinet and its public verification through the document's QR link. JavaScript
 * is off everywhere except on the signing pages, which get a scripted window of the same
 * session (as a person switching to a browser with NCALayer would).
 */
import { Buffer } from 'node:buffer'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, demoCompanies } from '../../src/modules/identity/index.ts'
import { readPdf, squash } from '../../src/modules/documents/pdf-text.fixture.ts'
import {
  axeViolations,
  type Browser,
  chromiumAvailable,
  launchBrowser,
  newContext,
  type Page,
  screenshot,
  signIn,
  startServer,
  type TestServer,
} from './harness.ts'

const available = await chromiumAvailable()
const COMPANY = demoCompanies.aktobeAstyk

describe.skipIf(!available)('E2E full cycle', () => {
  let server: TestServer
  let browser: Browser
  beforeAll(async () => {
    server = await startServer()
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  /** A window of its own, signed in, JavaScript off. */
  async function person(login: string, lang: 'kk' | 'ru'): Promise<Page> {
    const context = await newContext(browser, { javaScript: false })
    const page = await context.newPage()
    await signIn(page, server.url, login, DEMO_PASSWORD, lang)
    return page
  }

  async function click(page: Page, selector: string) {
    await Promise.all([page.waitForLoadState(), page.locator(selector).first().click()])
  }

  async function checked(page: Page, name: string) {
    expect(await axeViolations(page), name).toEqual([])
    await screenshot(page, `e2e-${name}`)
  }

  /**
   * Signs on the signing page with the demo key in a scripted window of the same session, and
   * brings the unscripted window to where signing returned.
   */
  async function signWithDemoKey(page: Page, name: string) {
    expect(new URL(page.url()).pathname).toMatch(/^\/(kk|ru)\/signatures\/[0-9a-f]+$/)
    const scripted = await browser.newContext({
      javaScriptEnabled: true,
      storageState: await page.context().storageState(),
    })
    const signing = await scripted.newPage()
    await signing.goto(page.url())
    await checked(signing, name)
    await signing.fill('#demo-password', DEMO_PASSWORD)
    await click(signing, 'form:has(input[name="method"][value="demo"]) button[type="submit"]')
    const back = signing.url()
    await scripted.close()
    await page.goto(back)
  }

  it('E2E full cycle', async () => {
    // The applicant asks for the license on the portal, in Kazakh.
    const applicant = await person(COMPANY.bin, 'kk')
    await applicant.goto(`${server.url}/kk/services/aktobe-grain-license`)
    await click(applicant, 'a[href="/kk/applications/new?service=aktobe-grain-license&kind=issue"]')
    await click(applicant, 'main form button')
    const tasks = new URL(applicant.url()).pathname
    expect(tasks).toMatch(/^\/kk\/applications\/[0-9a-f]{32}$/)
    const caseId = tasks.split('/').at(-1)!
    await applicant.goto(`${server.url}${tasks}/applicant`)
    await applicant.fill('#phone', '+7 713 256 34 28')
    if (await applicant.locator('#email').count()) {
      await applicant.fill('#email', 'astyk@example.kz')
    }
    await click(applicant, 'main form button')
    await applicant.goto(`${server.url}${tasks}/particulars`)
    if (await applicant.locator('main form button').count()) {
      await click(applicant, 'main form button')
    }
    await applicant.goto(`${server.url}${tasks}/documents`)
    await applicant.setInputFiles('#file-other', {
      name: 'астық қоймасы.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\n% қойма\n%%EOF\n'),
    })
    await click(applicant, 'form:has(#file-other) button')
    await applicant.goto(`${server.url}${tasks}/qualification`)
    for (const box of await applicant.locator('input[name="confirmed"]').all()) await box.check()
    if (await applicant.locator('main form button').count()) {
      await click(applicant, 'main form button')
    }
    await applicant.goto(`${server.url}${tasks}/fee`)
    if (await applicant.locator('main form[action$="/payment"]').count()) {
      await click(applicant, 'main form[action$="/payment"] button')
      await click(applicant, 'main form[action$="/confirmation"] button')
    }
    await applicant.goto(`${server.url}${tasks}/check`)
    await checked(applicant, 'check-kk')
    await click(applicant, 'main form[action$="/signature"] button')
    await signWithDemoKey(applicant, 'application-signing-kk')
    expect(new URL(applicant.url()).pathname).toBe(`${tasks}/submission`)
    await click(applicant, 'form#send button')
    expect(new URL(applicant.url()).pathname).toBe(`${tasks}/receipt`)
    const number = await applicant.locator('.summary-list__value').first().textContent()
    expect(number).toMatch(/^AKT-\d{4}-\d{6}$/)
    await checked(applicant, 'receipt-kk')

    // The office registers it, in Russian.
    const office = await person('aktobe-agri.office', 'ru')
    await office.goto(`${server.url}/ru/cases/${caseId}`)
    await checked(office, 'case-registration-ru')
    await outcome(office, 'registration', 'done')
    await click(office, 'form[action$="/registration"] button[type="submit"]')

    // The head appoints the executor.
    const head = await person('aktobe-agri.head', 'ru')
    await head.goto(`${server.url}/ru/cases/${caseId}`)
    await head.selectOption('#assignee', { index: 1 })
    await click(head, 'form[action$="/assignment"] button[type="submit"]')

    // The executor reviews the documents and drafts the license for the authority.
    const executor = await person('aktobe-agri.executor', 'ru')
    await executor.goto(`${server.url}/ru/cases/${caseId}`)
    await checked(executor, 'case-draft-ru')
    await outcome(executor, 'draft', 'grant')
    await click(executor, 'form[action$="/draft"] button[type="submit"]')
    await executor.goto(`${server.url}/ru/cases/${caseId}/approvals`)
    await executor.check('input[name="authorities"][value="org-aktobe-consumer-protection"]')
    await click(executor, 'main form button[type="submit"]')

    // The interested authority consents, with a conclusion it signs.
    const authority = await person('aktobe-kzpp.reviewer', 'ru')
    await authority.goto(`${server.url}/ru/approvals`)
    await click(authority, 'main a[href^="/ru/approvals/"]')
    await authority.check('input[name="verdict"][value="consent"]')
    await authority.fill('#text', 'Зерновой склад соответствует установленным требованиям')
    await click(authority, 'form[action$="/conclusion"] button[type="submit"]')
    await signWithDemoKey(authority, 'conclusion-signing-ru')
    await click(authority, 'form[action$="/answer"] button[type="submit"]')

    // The executor finalizes the license; the head signs it with EDS.
    await executor.goto(`${server.url}/ru/cases/${caseId}`)
    await outcome(executor, 'decision', 'grant')
    await click(executor, 'form[action$="/decision"] button[type="submit"]')
    await head.goto(`${server.url}/ru/cases/${caseId}`)
    await checked(head, 'case-signature-ru')
    await click(head, 'form[action$="/signature-request"] button[type="submit"]')
    await signWithDemoKey(head, 'decision-signing-ru')
    expect(new URL(head.url()).pathname).toBe(`/ru/cases/${caseId}`)
    await click(head, 'form[action$="/signature"] button[type="submit"]')
    await checked(head, 'case-signed-ru')

    // The result is in the applicant's cabinet at once (portal), in Kazakh.
    await applicant.goto(`${server.url}/kk/cabinet/${caseId}`)
    await checked(applicant, 'cabinet-result-kk')
    await click(applicant, 'main a[href*="/licenses/"]:not([href$="/pdf"])')
    expect(new URL(applicant.url()).pathname).toMatch(/^\/kk\/licenses\/[0-9a-f]{32}$/)
    await checked(applicant, 'license-kk')
    const licenseNumber = (await applicant.locator('.document dd').nth(1).textContent())!.trim()
    expect(licenseNumber).toMatch(/^AKT-LIC-\d{4}-\d{7}$/)
    const pdf = await applicant.request.get(`${applicant.url()}/pdf`)
    expect(pdf.headers()['content-type']).toBe('application/pdf')
    const read = await readPdf(new Uint8Array(await pdf.body()))
    expect(read.body).toContain(squash(licenseNumber))
    expect(read.body).toContain(squash(COMPANY.name.kk))
    // Every Kazakh letter this license's own words use comes back out of the PDF's text.
    for (
      const words of ['Ақтөбе облысының ауыл шаруашылығы', 'Құжаттың түпнұсқалығын тексеру үшін']
    ) {
      expect(read.body).toContain(squash(words))
    }

    // Anyone verifies it through the QR code's link, without signing in.
    const qrLink = await applicant.locator('.document-qr a').getAttribute('href')
    expect(qrLink).toBe(`${server.url}/kk/verify/${licenseNumber}`)
    const visitor = await (await newContext(browser, { javaScript: false })).newPage()
    await visitor.goto(qrLink!)
    const verdict = await visitor.locator('main').textContent()
    expect(verdict).toContain(licenseNumber)
    expect(verdict).toContain('Қолданыста')
    expect(verdict).toContain('ЭЦҚ тексерілді')
    expect(verdict).not.toContain(COMPANY.bin)
    await checked(visitor, 'verify-kk')
  }, 600_000)
})

/** Picks a step's outcome when the form offers a choice (a single outcome needs none). */
async function outcome(page: Page, resource: string, value: string) {
  const radio = page.locator(
    `form[action$="/${resource}"] input[type="radio"][name="outcome"][value="${value}"]`,
  )
  if (await radio.count()) await radio.check()
}
