/**
 * The issuance pages in Chromium with JavaScript off, in both languages: public verification
 * (form, found, not found), a document for its holder and for the office with the handover
 * form, the registry, a license with a refused status change, and the e-mail outbox. axe finds
 * nothing on any of them, error states included; screenshots are written for a person.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemClock } from '../../src/lib/clock.ts'
import { DEMO_PASSWORD, demoCompanies } from '../../src/modules/identity/index.ts'
import { CaseFixture } from '../../src/modules/issuance/cases.fixture.ts'
import { issueSignedDecision } from '../../src/modules/issuance/index.ts'
import type { DocumentRow } from '../../src/modules/issuance/tables.ts'
import { loadDocumentFonts } from '../../src/platform/fonts.ts'
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

describe.skipIf(!available)('issuance pages in Chromium, JavaScript off', () => {
  let server: TestServer
  let browser: Browser
  let portal: DocumentRow
  let office: DocumentRow
  beforeAll(async () => {
    server = await startServer()
    browser = await launchBrowser()
    const db = server.db
    const fx = await CaseFixture.create(db, systemClock, await loadDocumentFonts())
    const holder = await db.kysely.selectFrom('identity_accounts').select('id')
      .where('login', '=', demoCompanies.aktobeAstyk.bin).executeTakeFirstOrThrow()
    const issue = async (channel: 'portal' | 'office') => {
      const id = await fx.addCase({
        regulationId: 'aktobe-grain-license',
        channel,
        applicant: { accountId: holder.id, email: 'astyk@example.kz' },
        particulars: {
          objects: [{ name: '«Шаһар» элеваторы', address: 'Ембі қ., Өнеркәсіп көшесі, 7' }],
        },
      })
      return await issueSignedDecision(fx.deps(), await fx.signDecision(id))
    }
    portal = await issue('portal')
    office = await issue('office')
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

  for (const lang of ['kk', 'ru'] as const) {
    it(`verification: the form, a license found and a number not found (${lang})`, async () => {
      const page = await (await newContext(browser, { javaScript: false })).newPage()
      await page.goto(`${server.url}/${lang}/verify`)
      await checked(page, `issuance-verify-form-${lang}`)
      await page.fill('#number', portal.number.toLowerCase())
      await click(page, 'main form button')
      expect(await page.locator('#verify-result').textContent()).toContain(portal.number)
      await checked(page, `issuance-verify-found-${lang}`)
      await page.fill('#number', 'AKT-LIC-2026-9999999')
      await click(page, 'main form button')
      expect(await page.locator('#verify-result').count()).toBe(1)
      await checked(page, `issuance-verify-not-found-${lang}`)
      await page.context().close()
    })

    it(`documents: the holder's license and the office's handover form (${lang})`, async () => {
      const holder = await (await newContext(browser, { javaScript: false })).newPage()
      await signIn(holder, server.url, demoCompanies.aktobeAstyk.bin, DEMO_PASSWORD, lang)
      await holder.goto(`${server.url}/${lang}/licenses`)
      await checked(holder, `issuance-documents-${lang}`)
      await holder.goto(`${server.url}/${lang}/licenses/${portal.id}`)
      expect(await holder.locator('h1').textContent()).toBe('Лицензия')
      await checked(holder, `issuance-license-${lang}`)
      const desk = await (await newContext(browser, { javaScript: false })).newPage()
      await signIn(desk, server.url, 'aktobe-agri.office', DEMO_PASSWORD, lang)
      await desk.goto(`${server.url}/${lang}/licenses/${office.id}`)
      await checked(desk, `issuance-handover-${lang}`)
      await holder.context().close()
      await desk.context().close()
    })

    it(`registry: the list, a refused change with its error, the outbox (${lang})`, async () => {
      const page = await (await newContext(browser, { javaScript: false })).newPage()
      await signIn(page, server.url, 'admin.admin', DEMO_PASSWORD, lang)
      await page.goto(`${server.url}/${lang}/admin/licenses`)
      await checked(page, `issuance-registry-${lang}`)
      await click(page, `main table a`)
      await checked(page, `issuance-registry-license-${lang}`)
      await click(page, 'form[action$="/suspension"] button')
      expect(await page.locator('.error-summary a[href="#reason-suspend"]').count()).toBe(1)
      await checked(page, `issuance-registry-error-${lang}`)
      await page.goto(`${server.url}/${lang}/admin/licenses/outbox`)
      expect(await page.locator('main table').textContent()).toContain('astyk@example.kz')
      await checked(page, `issuance-outbox-${lang}`)
      await page.context().close()
    })
  }
})
