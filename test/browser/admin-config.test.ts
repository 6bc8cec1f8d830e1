/**
 * The administration of providers and approvals in Chromium with JavaScript off, in Kazakh and
 * Russian: both pages, a save, and the error state of the authority form pass axe.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  axeViolations,
  type Browser,
  chromiumAvailable,
  launchBrowser,
  newContext,
  screenshot,
  signIn,
  startServer,
  type TestServer,
} from './harness.ts'

const available = await chromiumAvailable()

describe.skipIf(!available)('administration of providers and approvals, JavaScript off', () => {
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

  for (const lang of ['kk', 'ru'] as const) {
    it(`the providers page saves a choice and has no axe violations (${lang})`, async () => {
      const context = await newContext(browser, { javaScript: false })
      const page = await context.newPage()
      await signIn(page, server.url, 'admin.admin', undefined, lang)
      await page.goto(`${server.url}/${lang}/admin`)
      await page.click(`main a[href="/${lang}/admin/providers"]`)
      expect(await page.locator('main select').count()).toBe(13)
      expect(await axeViolations(page)).toEqual([])
      await screenshot(page, `admin-providers-${lang}`)
      // The demo maps it to construction: Kazakh moves it, Russian moves it back.
      const target = lang === 'kk' ? 'org-aktobe-agriculture' : 'org-aktobe-construction'
      await page.selectOption('#provider-aktobe-survey-license', target)
      await page.click('main button[type="submit"]')
      expect(new URL(page.url()).search).toBe('?saved=1')
      expect(await page.locator('.banner--success').count()).toBe(1)
      expect(await page.inputValue('#provider-aktobe-survey-license')).toBe(target)
      expect(await axeViolations(page)).toEqual([])
      await screenshot(page, `admin-providers-saved-${lang}`)
      await context.close()
    })

    it(`the approvals page and its error state have no axe violations (${lang})`, async () => {
      const context = await newContext(browser, { javaScript: false })
      const page = await context.newPage()
      await signIn(page, server.url, 'admin.admin', undefined, lang)
      await page.goto(`${server.url}/${lang}/admin/approvals`)
      expect(await page.locator('main h1').count()).toBe(1)
      expect(await axeViolations(page)).toEqual([])
      await screenshot(page, `admin-approvals-${lang}`)
      await page.selectOption('#region', 'zhambyl')
      await page.click('form[action$="/authorities"] button[type="submit"]')
      expect(await page.locator('.error-summary a[href="#kind"]').count()).toBe(1)
      expect(await page.locator('.error-summary a[href="#organizationId"]').count()).toBe(1)
      expect(await page.inputValue('#region')).toBe('zhambyl')
      expect(await page.title()).toMatch(lang === 'kk' ? /^Қате/ : /^Ошибка/)
      expect(await axeViolations(page)).toEqual([])
      await screenshot(page, `admin-approvals-error-${lang}`)
      // Kazakh first turns silence into agreement, Russian turns it back: each run changes it.
      const silence = lang === 'kk' ? 'deemed_agreed' : 'wait'
      const radio = `input[name="silence.aktobe-grain-license.issue"][value="${silence}"]`
      await page.check(radio)
      await page.click('#policies-form button[type="submit"]')
      expect(new URL(page.url()).search).toBe('?saved=policies')
      expect(await page.isChecked(radio)).toBe(true)
      expect(await axeViolations(page)).toEqual([])
      await context.close()
    })
  }
})
