import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  axeViolations,
  type Browser,
  chromiumAvailable,
  launchBrowser,
  newContext,
  screenshot,
  startServer,
  type TestServer,
} from './harness.ts'

const available = await chromiumAvailable()

describe.skipIf(!available)('foundation pages in Chromium', () => {
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
    it(`the start page in ${lang} has no axe violations, with JavaScript off and on`, async () => {
      for (const javaScript of [false, true]) {
        const context = await newContext(browser, { javaScript })
        const page = await context.newPage()
        const res = await page.goto(`${server.url}/${lang}`)
        expect(res?.status()).toBe(200)
        expect(await axeViolations(page)).toEqual([])
        await screenshot(page, `home-${lang}${javaScript ? '' : '-nojs'}`)
        await context.close()
      }
    })

    it(`the 404 page in ${lang} has no axe violations`, async () => {
      const context = await newContext(browser, { javaScript: false })
      const page = await context.newPage()
      const res = await page.goto(`${server.url}/${lang}/no-such-page`)
      expect(res?.status()).toBe(404)
      expect(await axeViolations(page)).toEqual([])
      await screenshot(page, `404-${lang}`)
      await context.close()
    })
  }

  it('the language switch keeps the page and the skip link reaches main, with JavaScript off', async () => {
    const context = await newContext(browser, { javaScript: false })
    const page = await context.newPage()
    await page.goto(`${server.url}/kk/no-such-page`)
    await page.getByRole('link', { name: 'Русский' }).click()
    expect(new URL(page.url()).pathname).toBe('/ru/no-such-page')
    expect(await page.locator('html').getAttribute('lang')).toBe('ru')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    expect(new URL(page.url()).hash).toBe('#main')
    await context.close()
  })

  it('a stale form gets the 403 page that re-offers the typed text, without axe violations', async () => {
    const context = await newContext(browser, { javaScript: true })
    const page = await context.newPage()
    await page.goto(`${server.url}/kk`)
    // A form as an old tab would hold it: same origin, no valid token.
    await page.evaluate(() => {
      const form = document.createElement('form')
      form.method = 'post'
      form.action = '/kk'
      form.innerHTML =
        '<input name="note" value="Әлия Қасымқызы"><input name="_csrf" value="stale">'
      document.body.append(form)
      form.submit()
    })
    await page.waitForLoadState()
    expect(await page.locator('h1').textContent()).toBe('Форманы қайта жіберу керек')
    expect(await page.locator('input[name="note"]').getAttribute('value')).toBe('Әлия Қасымқызы')
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'csrf-403-kk')
    await context.close()
  })
})
