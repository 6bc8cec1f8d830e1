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

describe.skipIf(!available)('identity pages in Chromium, JavaScript off', () => {
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
    it(`login, its error state and registration errors have no axe violations (${lang})`, async () => {
      const context = await newContext(browser, { javaScript: false })
      const page = await context.newPage()
      await page.goto(`${server.url}/${lang}/login`)
      expect(await axeViolations(page)).toEqual([])
      await screenshot(page, `login-${lang}`)
      await page.fill('#login', '880314400124')
      await page.fill('#password', 'wrong password')
      await page.click('main button[type="submit"]')
      expect(await page.locator('.error-summary').count()).toBe(1)
      expect(await page.inputValue('#login')).toBe('880314400124')
      expect(await axeViolations(page)).toEqual([])
      await screenshot(page, `login-error-${lang}`)
      await page.goto(`${server.url}/${lang}/register`)
      await page.check('input[value="individual"]')
      await page.fill('#iinOrBin', '88031440012')
      await page.click('main button[type="submit"]')
      expect(await page.locator('#iinOrBin-error').count()).toBe(1)
      expect(await axeViolations(page)).toEqual([])
      await screenshot(page, `register-error-${lang}`)
      await context.close()
    })
  }

  it('an applicant signs in, sees the account and sessions, and signs out (kk)', async () => {
    const context = await newContext(browser, { javaScript: false })
    const page = await context.newPage()
    await signIn(page, server.url, '880314400124')
    expect(new URL(page.url()).pathname).toBe('/kk/cabinet')
    await page.goto(`${server.url}/kk/account`)
    expect(await page.locator('h1').textContent()).toBe('Жеке кабинет')
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'account-kk')
    await page.goto(`${server.url}/kk/account/sessions`)
    expect(await axeViolations(page)).toEqual([])
    await page.click('header .account button')
    expect(new URL(page.url()).pathname).toBe('/kk')
    await page.goto(`${server.url}/kk/account`)
    expect(new URL(page.url()).pathname).toBe('/kk/login')
    await context.close()
  })

  it('the administrator pages have no axe violations, with a form error (ru)', async () => {
    const context = await newContext(browser, { javaScript: false })
    const page = await context.newPage()
    await signIn(page, server.url, 'admin.admin', undefined, 'ru')
    for (
      const path of [
        '/ru/admin',
        '/ru/admin/officers',
        '/ru/admin/organizations',
        '/ru/admin/officers/new',
      ]
    ) {
      await page.goto(`${server.url}${path}`)
      expect(await axeViolations(page), path).toEqual([])
    }
    await page.click('main button[type="submit"]')
    expect(await page.locator('.error-summary').count()).toBe(1)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'admin-new-officer-error-ru')
    await page.goto(`${server.url}/ru/admin/officers`)
    await page.click('main table a >> nth=0')
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'admin-officer-ru')
    await context.close()
  })
})
