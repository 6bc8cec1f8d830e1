/**
 * Intake in Chromium with JavaScript off: a portal application (Kazakh) and an office one with a
 * representative (Russian), each paid, signed with the demo key, sent twice by replaying the
 * POST, ending with exactly one application and its receipt. axe runs on every page and error
 * state on the way; screenshots are written for a person to look at.
 */
import { Buffer } from 'node:buffer'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, demoCompanies, demoPersons } from '../../src/modules/identity/index.ts'
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
const ALIYA = demoPersons.aliya.iin

/** A minimal PDF file for the file inputs. */
function pdf(name: string) {
  return {
    name,
    mimeType: 'application/pdf',
    buffer: Buffer.from(`%PDF-1.4\n1 0 obj << >> endobj\n% ${name}\n%%EOF\n`),
  }
}

describe.skipIf(!available)('intake in Chromium, JavaScript off', () => {
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

  async function checked(page: Page, name: string) {
    expect(await axeViolations(page), name).toEqual([])
    await screenshot(page, name)
  }

  async function click(page: Page, selector: string) {
    await Promise.all([page.waitForLoadState(), page.click(selector)])
  }

  /** Replays the send form's POST exactly as the browser sent it; answers status and location. */
  async function replaySend(page: Page) {
    const form = page.locator('form#send')
    const action = await form.getAttribute('action')
    const fields = {
      _csrf: await form.locator('input[name="_csrf"]').inputValue(),
      key: await form.locator('input[name="key"]').inputValue(),
    }
    await click(page, 'form#send button')
    const sentTo = new URL(page.url()).pathname
    const replay = await page.request.post(`${server.url}${action}`, {
      form: fields,
      headers: { origin: server.url },
      maxRedirects: 0,
    })
    return { sentTo, status: replay.status(), location: replay.headers()['location'] ?? '' }
  }

  async function signWithDemo(page: Page, shot: string) {
    await click(page, 'main form[action$="/signature"] button')
    expect(new URL(page.url()).pathname).toMatch(/\/signatures\/[0-9a-f]+$/)
    await page.fill('#demo-password', DEMO_PASSWORD)
    await screenshot(page, shot)
    await click(page, 'form:has(#demo-password) button')
    expect(new URL(page.url()).pathname).toMatch(/\/submission$/)
  }

  let portalNumber = ''
  let portalCase = ''

  it('E2E intake portal', async () => {
    const context = await newContext(browser, { javaScript: false })
    const page = await context.newPage()
    await signIn(page, server.url, ALIYA, DEMO_PASSWORD, 'kk')
    expect(new URL(page.url()).pathname).toBe('/kk/cabinet')
    await checked(page, 'intake-cabinet-empty-kk')
    await page.goto(`${server.url}/kk/services/zhambyl-grain-license`)
    await click(page, 'a[href="/kk/applications/new?service=zhambyl-grain-license&kind=issue"]')
    await checked(page, 'intake-start-kk')
    await click(page, 'main form button')
    const tasks = new URL(page.url()).pathname
    expect(tasks).toMatch(/^\/kk\/applications\/[0-9a-f]{32}$/)
    await checked(page, 'intake-tasks-kk')

    await page.goto(`${server.url}${tasks}/applicant`)
    await page.fill('#phone', 'abc')
    await click(page, 'main form button')
    expect(await page.locator('.error-summary a[href="#phone"]').count()).toBe(1)
    await checked(page, 'intake-applicant-error-kk')
    await page.fill('#phone', '+7 701 555 12 34')
    await click(page, 'main form button')
    expect(new URL(page.url()).pathname).toBe(tasks)

    await page.goto(`${server.url}${tasks}/documents`)
    await page.setInputFiles('#file-qualification-scans', {
      name: 'scan.png',
      mimeType: 'image/png',
      buffer: Buffer.from('%PDF-1.4\n'),
    })
    await click(page, 'form:has(#file-qualification-scans) button')
    expect(await page.locator('.error-summary a[href="#file-qualification-scans"]').count()).toBe(1)
    await checked(page, 'intake-documents-error-kk')
    await page.setInputFiles('#file-qualification-scans', pdf('біліктілік талаптары.pdf'))
    await click(page, 'form:has(#file-qualification-scans) button')
    expect(await page.locator('a[download]').first().textContent()).toBe('біліктілік талаптары.pdf')
    await checked(page, 'intake-documents-kk')

    await page.goto(`${server.url}${tasks}/qualification`)
    await click(page, 'main form button')
    await checked(page, 'intake-qualification-error-kk')
    for (const box of await page.locator('input[name="confirmed"]').all()) await box.check()
    await click(page, 'main form button')

    await page.goto(`${server.url}${tasks}/check`)
    await checked(page, 'intake-check-unpaid-kk')
    expect(await page.locator('.error-summary').textContent()).toContain('Лицензиялық жарна')
    await page.goto(`${server.url}${tasks}/fee`)
    await click(page, 'main form[action$="/payment"] button')
    expect(await page.locator('main .warning').first().textContent()).toContain('ЖЕРГІЛІКТІ')
    await checked(page, 'intake-payment-stand-in-kk')
    await click(page, 'main form[action$="/confirmation"] button')
    expect(await page.locator('main').textContent()).toContain('Төленді')
    await checked(page, 'intake-fee-paid-kk')

    await page.goto(`${server.url}${tasks}/check`)
    await checked(page, 'intake-check-kk')
    await signWithDemo(page, 'intake-signing-kk')
    await checked(page, 'intake-submission-kk')
    const sent = await replaySend(page)
    expect(sent.sentTo).toBe(`${tasks}/receipt`)
    expect(sent.status).toBe(303)
    expect(sent.location).toBe(`${tasks}/receipt?sent=1`)
    const number = await page.locator('.summary-list__value').first().textContent()
    expect(number).toMatch(/^ZHM-\d{4}-\d{6}$/)
    portalNumber = number!
    await checked(page, 'intake-receipt-kk')

    await page.goto(`${server.url}/kk/cabinet`)
    expect(await page.locator('table tbody tr').count()).toBe(1)
    expect(await page.locator('table tbody').textContent()).toContain(number!)
    await checked(page, 'intake-cabinet-kk')
    await click(page, 'table tbody a')
    portalCase = new URL(page.url()).pathname
    await checked(page, 'intake-case-kk')
    await context.close()
  }, 240_000)

  it('E2E intake office', async () => {
    const context = await newContext(browser, { javaScript: false })
    const page = await context.newPage()
    await signIn(page, server.url, 'zhambyl-agri.office', DEMO_PASSWORD, 'ru')
    await page.goto(`${server.url}/ru/office/applications/new`)
    await page.selectOption('#service', 'zhambyl-grain-license')
    await page.check('input[name="kind"][value="issue"]')
    await page.check('input[name="applicantType"][value="legal_entity"]')
    await page.fill('#iinOrBin', '110340099999')
    await click(page, 'main form button')
    expect(await page.locator('.error-summary a[href="#iinOrBin"]').count()).toBe(1)
    await checked(page, 'intake-office-new-error-ru')
    await page.fill('#iinOrBin', demoCompanies.zhambylAgrohim.bin)
    await click(page, 'main form button')
    const tasks = new URL(page.url()).pathname
    expect(tasks).toMatch(/^\/ru\/office\/applications\/[0-9a-f]{32}$/)
    await checked(page, 'intake-office-tasks-ru')

    await page.goto(`${server.url}${tasks}/applicant`)
    await page.fill('#phone', '+7 726 245 42 30')
    await click(page, 'main form button')
    await page.goto(`${server.url}${tasks}/representative`)
    await page.check('input[name="hasRepresentative"][value="yes"]')
    await page.fill('#representativeIin', demoPersons.asqar.iin)
    await page.fill('#poaNumber', '2023-0112')
    await click(page, 'main form button')
    expect(await page.locator('.error-summary a[href="#poaNumber"]').count()).toBe(1)
    await checked(page, 'intake-representative-error-ru')
    await page.fill('#poaNumber', '2025-0457')
    await click(page, 'main form button')
    expect(new URL(page.url()).pathname).toBe(tasks)

    await page.goto(`${server.url}${tasks}/documents`)
    for (
      const id of await page.locator('input[name="document"]').evaluateAll((els) =>
        els.map((e) => (e as HTMLInputElement).value).filter((v) => v !== 'other')
      )
    ) {
      await page.setInputFiles(`#file-${id}`, pdf(`${id}.pdf`))
      await click(page, `form:has(#file-${id}) button`)
    }
    await checked(page, 'intake-office-documents-ru')
    await page.goto(`${server.url}${tasks}/qualification`)
    for (const box of await page.locator('input[name="confirmed"]').all()) await box.check()
    await click(page, 'main form button')
    await page.goto(`${server.url}${tasks}/fee`)
    await page.fill('#receiptNumber', 'КВ-000731')
    await page.fill('#paidOn', '2026-03-01')
    await checked(page, 'intake-office-fee-ru')
    await click(page, 'main form button')

    await page.goto(`${server.url}${tasks}/check`)
    await checked(page, 'intake-office-check-ru')
    await signWithDemo(page, 'intake-office-signing-ru')
    const sent = await replaySend(page)
    expect(sent.sentTo).toBe(`${tasks}/receipt`)
    expect(sent.status).toBe(303)
    expect(sent.location).toBe(`${tasks}/receipt?sent=1`)
    const receipt = await page.locator('main').textContent()
    expect(receipt).toContain('Расписка о приёме документов')
    expect(receipt).toContain('по доверенности № 2025-0457')
    await checked(page, 'intake-office-receipt-ru')
    await page.goto(`${server.url}/ru/office/applications`)
    expect(await page.locator('table tbody tr').count()).toBe(1)
    await checked(page, 'intake-office-list-ru')
    await context.close()
  }, 240_000)

  it(
    'every other intake page and error state has no axe violations (ru portal, kk counter)',
    async () => {
      const context = await newContext(browser, { javaScript: false })
      const page = await context.newPage()
      await signIn(page, server.url, ALIYA, DEMO_PASSWORD, 'ru')
      await page.goto(
        `${server.url}/ru/applications/new?service=aktobe-design-license&kind=reissue`,
      )
      await checked(page, 'intake-start-ru')
      await click(page, 'main form button')
      const tasks = new URL(page.url()).pathname
      await checked(page, 'intake-tasks-ru')
      await page.goto(`${server.url}${tasks}/particulars`)
      await click(page, 'main form button')
      expect(await page.locator('.error-summary').count()).toBe(1)
      await checked(page, 'intake-particulars-error-ru')
      await page.goto(`${server.url}${tasks}/sub-service`)
      await checked(page, 'intake-sub-service-ru')
      await page.goto(`${server.url}${tasks}/documents`)
      await click(page, 'form:has(#file-other) button')
      expect(await page.locator('.error-summary a[href="#file-other"]').count()).toBe(1)
      await checked(page, 'intake-documents-error-ru')
      for (const step of ['applicant', 'qualification', 'fee', 'check']) {
        await page.goto(`${server.url}${tasks}/${step}`)
        await checked(page, `intake-${step}-ru`)
      }
      await page.goto(`${server.url}${portalCase.replace('/kk/', '/ru/')}`)
      await checked(page, 'intake-case-ru')
      await page.goto(
        `${server.url}${portalCase.replace('/kk/cabinet/', '/ru/applications/')}/receipt`,
      )
      await checked(page, 'intake-receipt-page-ru')
      await page.goto(`${server.url}/ru/cabinet`)
      await checked(page, 'intake-cabinet-ru')
      for (const lang of ['ru', 'kk'] as const) {
        await page.goto(`${server.url}/${lang}/status`)
        await click(page, 'main form button')
        await checked(page, `intake-status-error-${lang}`)
        await page.fill('#number', portalNumber)
        await page.fill('#iinOrBin', ALIYA)
        await click(page, 'main form button')
        expect(await page.locator('#status-result').textContent()).toBe(portalNumber)
        await checked(page, `intake-status-${lang}`)
      }

      await signIn(page, server.url, 'zhambyl-agri.office', DEMO_PASSWORD, 'kk')
      await page.goto(`${server.url}/kk/office/applications/new`)
      await checked(page, 'intake-office-new-kk')
      await page.selectOption('#service', 'zhambyl-veterinary-license')
      await page.check('input[name="kind"][value="duplicate"]')
      await page.check('input[name="applicantType"][value="individual"]')
      await page.fill('#iinOrBin', demoPersons.ergali.iin)
      await click(page, 'main form button')
      const office = new URL(page.url()).pathname
      await checked(page, 'intake-office-tasks-kk')
      for (const step of ['representative', 'particulars', 'fee']) {
        await page.goto(`${server.url}${office}/${step}`)
        await click(page, 'main form button')
        expect(await page.locator('.error-summary').count(), step).toBe(1)
        await checked(page, `intake-office-${step}-error-kk`)
      }
      await page.goto(`${server.url}/kk/office/applications`)
      await checked(page, 'intake-office-list-kk')
      await context.close()
    },
    240_000,
  )
})
