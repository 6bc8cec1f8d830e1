import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoOfficers } from '../../src/modules/identity/index.ts'
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
const adminLogin = demoOfficers().find((o) => o.role === 'administrator')!.login

describe.skipIf(!available)('catalog pages in Chromium, JavaScript off', () => {
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

  async function visit(path: string, name: string, status = 200) {
    const context = await newContext(browser, { javaScript: false })
    const page = await context.newPage()
    const res = await page.goto(`${server.url}${path}`)
    expect(res?.status(), path).toBe(status)
    expect(await axeViolations(page), path).toEqual([])
    await screenshot(page, name)
    return { page, context }
  }

  for (const lang of ['kk', 'ru'] as const) {
    it(`the list in ${lang}, all and filtered with the GET form, has no axe violations`, async () => {
      const { page, context } = await visit(`/${lang}/services`, `catalog-list-${lang}`)
      expect(await page.locator('.results > li').count()).toBe(13)
      await page.selectOption('#region', 'zhambyl')
      await page.fill('#q', lang === 'kk' ? 'ЛИЦЕНЗИЯ' : 'ВЕТЕРИНАРИИ')
      await page.click('form[role="search"] button')
      await page.waitForLoadState()
      expect(new URL(page.url()).searchParams.get('region')).toBe('zhambyl')
      expect(await page.locator('.results > li').count()).toBe(lang === 'kk' ? 5 : 1)
      expect(await axeViolations(page)).toEqual([])
      await context.close()
    })

    it(`the list in ${lang} without results shows the empty state, without axe violations`, async () => {
      const { page, context } = await visit(
        `/${lang}/services?q=${encodeURIComponent('<script>%_ жоқ')}`,
        `catalog-list-empty-${lang}`,
      )
      expect(await page.locator('.results').count()).toBe(0)
      expect(await page.locator('#q').inputValue()).toBe('<script>%_ жоқ')
      await context.close()
    })

    for (const id of ['aktobe-grain-license', 'zhambyl-veterinary-license']) {
      it(`the page of ${id} in ${lang} has no axe violations and links to Apply`, async () => {
        const { page, context } = await visit(`/${lang}/services/${id}`, `catalog-${id}-${lang}`)
        expect(await page.locator('h1').count()).toBe(1)
        const apply = page.locator('a.button[href*="/applications/new"]')
        expect(await apply.count()).toBe(3)
        expect(await apply.first().getAttribute('href')).toBe(
          `/${lang}/applications/new?service=${id}&kind=issue`,
        )
        expect(await page.locator('ol.steps').count()).toBe(3)
        await context.close()
      })
    }

    it(`the 404 of an unknown service in ${lang} has no axe violations`, async () => {
      const { context } = await visit(
        `/${lang}/services/no-such-service`,
        `catalog-404-${lang}`,
        404,
      )
      await context.close()
    })
  }

  it('the administration pages, including the error state, have no axe violations', async () => {
    const context = await newContext(browser, { javaScript: false })
    const page = await context.newPage()
    await signIn(page, server.url, adminLogin, undefined, 'ru')
    await page.goto(`${server.url}/ru/admin/catalog`)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'catalog-admin-ru')
    await page.goto(`${server.url}/kk/admin/catalog/aktobe-grain-license/versions/new`)
    expect(await axeViolations(page)).toEqual([])
    await page.fill('#effectiveFrom', '')
    await page.fill('#definition', '{"subServices": 1')
    await page.click('main form button')
    await page.waitForLoadState()
    expect(await page.locator('.error-summary a').count()).toBe(2)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'catalog-admin-version-errors-kk')
    await context.close()
  })
})
