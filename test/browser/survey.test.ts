/// <reference lib="dom" />
/**
 * E2E survey: the applicant opens the one-time link of a result notice in Russian with
 * JavaScript off, answers (after an error state), and the quality team sees the answer in the
 * indicators. The link is made through the survey's own API for a case of the Almaty cotton
 * regulation on the server's database file (issuance's notice calls the same `surveyLinkFor`).
 * Every page state passes axe in both languages.
 */
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Db, openDatabase } from '../../src/db/connect.ts'
import { systemClock } from '../../src/lib/clock.ts'
import { newId } from '../../src/lib/ids.ts'
import { getRegulationInForce } from '../../src/modules/catalog/index.ts'
import { createSurveyLink } from '../../src/modules/survey/index.ts'
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

describe.skipIf(!available)('E2E survey', () => {
  let server: TestServer
  let browser: Browser
  let dir: string
  let db: Db
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'e2e-survey-'))
    const file = path.join(dir, 'survey.sqlite')
    server = await startServer({ DATABASE_URL: file })
    db = openDatabase({ kind: 'sqlite', path: file })
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await db?.close()
    await server?.close()
    await fs.rm(dir, { recursive: true, force: true })
  })

  async function noticeLink(lang: 'kk' | 'ru'): Promise<string> {
    const clock = systemClock
    const version =
      (await getRegulationInForce({ db, clock }, 'almaty-cotton-license', clock.now()))!
    const link = await createSurveyLink(
      { db, clock, publicOrigin: server.url, providers: () => Promise.resolve([]) },
      {
        caseId: newId(),
        regulationId: 'almaty-cotton-license',
        regulationVersionId: version.id,
        providerId: 'org-almaty-agriculture',
        channel: 'portal',
        lang,
        applicantAccountId: null,
      },
    )
    return link!.url
  }

  it("answers the survey from the result notice link in Russian with JavaScript off and sees the answer reflected in the quality team's indicators", async () => {
    const url = await noticeLink('ru')
    const applicant = await newContext(browser, { javaScript: false })
    const page = await applicant.newPage()
    await page.goto(url)
    expect(await page.locator('h1').textContent()).toContain('«качество» и «доступность»')
    expect(await page.locator('legend').first().textContent()).toContain('Удовлетворены ли Вы')
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'survey-form-ru')
    await page.check('#q1-3')
    await page.fill('#comment', '<b>Спасибо</b> =SUM(A1)')
    await page.click('main button[type="submit"]')
    expect(await page.locator('.error-summary a').allTextContents()).toEqual([
      'Выберите ответ на второй вопрос',
    ])
    expect(await page.inputValue('#comment')).toBe('<b>Спасибо</b> =SUM(A1)')
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'survey-form-error-ru')
    await page.check('#q2-2')
    await page.click('main button[type="submit"]')
    expect(new URL(page.url()).pathname).toBe('/ru/survey/thanks')
    expect(await page.locator('h1').textContent()).toBe('Спасибо, ваш ответ сохранён')
    expect(await axeViolations(page)).toEqual([])
    await page.goto(url)
    expect(await page.locator('h1').textContent()).toBe('На анкету уже ответили')
    expect(await axeViolations(page)).toEqual([])
    await applicant.close()

    const team = await newContext(browser, { javaScript: false })
    const quality = await team.newPage()
    await signIn(quality, server.url, 'almaty-agri.quality', undefined, 'ru')
    await quality.goto(`${server.url}/ru/quality?service=almaty-cotton-license`)
    const shares = quality.locator('table').nth(1)
    expect(await shares.locator('tbody tr').first().locator('th').textContent()).toBe(
      'Качество — 1 ответ',
    )
    expect(await shares.locator('tbody tr').first().locator('td').first().textContent()).toMatch(
      /^100\s%/,
    )
    expect(await shares.locator('tbody tr').nth(1).locator('td').nth(1).textContent()).toMatch(
      /^100\s%/,
    )
    expect(await axeViolations(quality)).toEqual([])
    await screenshot(quality, 'survey-indicators-ru')
    await team.close()
  })

  it('the Kazakh form, its error state, the indicators, paper entry and a kiosk pass axe', async () => {
    const context = await newContext(browser, { javaScript: false })
    const page = await context.newPage()
    await page.goto(await noticeLink('kk'))
    expect(await axeViolations(page)).toEqual([])
    await page.fill('#comment', 'ә'.repeat(10))
    await page.click('main button[type="submit"]')
    expect(await page.locator('.error-summary a').count()).toBe(2)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'survey-form-error-kk')
    await signIn(page, server.url, 'zhambyl-agri.quality')
    await page.goto(`${server.url}/kk/quality?from=2026-05-01&to=2026-01-01`)
    expect(await page.locator('.error-summary').count()).toBe(1)
    expect(await axeViolations(page)).toEqual([])
    await page.goto(`${server.url}/kk/quality`)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'survey-indicators-kk')
    await page.goto(`${server.url}/kk/quality/paper/aktobe-grain-license`)
    expect(await axeViolations(page)).toEqual([])
    await page.goto(`${server.url}/kk/quality/kiosks`)
    expect(await axeViolations(page)).toEqual([])
    await page.fill('#name', 'Кеңсе планшеті')
    await page.click('main form[action="/kk/quality/kiosks"] button[type="submit"]')
    expect(new URL(page.url()).pathname).toMatch(/^\/kk\/kiosk\//)
    await page.check('#service')
    await page.click('main button[type="submit"]')
    expect(await page.locator('input[name="formKey"]').count()).toBe(1)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'survey-kiosk-kk')
    await context.close()
  })
})
