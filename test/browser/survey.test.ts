/// <reference lib="dom" />
/**
 * E2E survey: a real Almaty cotton-receipts license case is applied for, decided, signed and
 * issued on the browser test server (over HTTP, `issued-case.ts`). Then in Chromium with
 * JavaScript off, in Russian, the respondent follows the one-time link of the result notice
 * (the e-mail written when the result was issued), answers (after an error state) with a
 * Kazakh comment, the link then says it is answered, the cabinet stops asking, and the
 * provider's quality analyst sees the answer, from a notice link, in the indicators.
 * Every page state passes axe; the Kazakh states are checked on a link made by the survey's API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemClock } from '../../src/lib/clock.ts'
import { newId } from '../../src/lib/ids.ts'
import { getRegulationInForce } from '../../src/modules/catalog/index.ts'
import { DEMO_PASSWORD, demoCompanies } from '../../src/modules/identity/index.ts'
import { createSurveyLink } from '../../src/modules/survey/index.ts'
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
import { issuedPortalCase } from './issued-case.ts'

const available = await chromiumAvailable()
const SERVICE = 'almaty-cotton-license'
const APPLICANT = demoCompanies.almatyMakta.bin
const EMAIL = 'makta@example.kz'
const COMMENT = 'Қызмет жылдам көрсетілді, рақмет! Өтінішті қағазсыз бердім.'

describe.skipIf(!available)('E2E survey', () => {
  let server: TestServer
  let browser: Browser
  let issued: { caseId: string; number: string }
  beforeAll(async () => {
    server = await startServer()
    browser = await launchBrowser()
    issued = await issuedPortalCase(server, {
      service: SERVICE,
      applicant: APPLICANT,
      email: EMAIL,
      officers: 'almaty-agri',
      lang: 'ru',
    })
  }, 120_000)
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  async function click(page: Page, selector: string) {
    await Promise.all([page.waitForLoadState(), page.locator(selector).first().click()])
  }

  async function checked(page: Page, name: string) {
    expect(await axeViolations(page), name).toEqual([])
    await screenshot(page, name)
  }

  /** The cells of each body row of the table with this caption, spaces made plain. */
  async function rows(page: Page, caption: string): Promise<string[][]> {
    const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) })
    return await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) =>
        [...tr.children].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())
      )
    )
  }

  it(
    "answers the survey from the result notice link in Russian with JavaScript off and sees the answer reflected in the quality team's indicators",
    async () => {
      const { caseId, number } = issued
      // The result notice (the e-mail written when the result was issued) carries the link.
      const mail = await server.db.kysely.selectFrom('issuance_outbox').select('body')
        .where('recipient', '=', EMAIL).executeTakeFirstOrThrow()
      const link = new RegExp(`${server.url}/ru/survey/[A-Za-z0-9_-]{43}`).exec(mail.body)?.[0]
      expect(link, mail.body).toBeDefined()

      const respondent = await newContext(browser, { javaScript: false })
      const page = await respondent.newPage()
      await page.goto(link!)
      expect(await page.locator('h1').textContent()).toContain('«качество» и «доступность»')
      expect(await page.locator('legend').first().textContent()).toContain('Удовлетворены ли Вы')
      await checked(page, 'survey-form-ru')
      await page.check('#q1-3')
      await page.fill('#comment', COMMENT)
      await click(page, 'main button[type="submit"]')
      expect(await page.locator('.error-summary a').allTextContents()).toEqual([
        'Выберите ответ на второй вопрос',
      ])
      expect(await page.inputValue('#comment')).toBe(COMMENT)
      await checked(page, 'survey-form-error-ru')
      await page.check('#q2-2')
      await click(page, 'main button[type="submit"]')
      expect(new URL(page.url()).pathname).toBe('/ru/survey/thanks')
      expect(await page.locator('h1').textContent()).toBe('Спасибо, ваш ответ сохранён')
      await checked(page, 'survey-thanks-ru')
      // The same link again: answered, nothing stored twice.
      await page.goto(link!)
      expect(await page.locator('h1').textContent()).toBe('На анкету уже ответили')
      await respondent.close()

      // In the cabinet the case shows its result and no longer asks for the survey.
      const applicant = await newContext(browser, { javaScript: false })
      const cabinet = await applicant.newPage()
      await signIn(cabinet, server.url, APPLICANT, DEMO_PASSWORD, 'ru')
      await cabinet.goto(`${server.url}/ru/cabinet/${caseId}`)
      expect(await cabinet.locator('h1').textContent()).toBe(`Заявление № ${number}`)
      expect(await cabinet.locator('#case-status .tag').textContent()).toBe('Исполнено')
      expect(await cabinet.locator(`main a[href^="/ru/survey/"]`).count()).toBe(0)
      await checked(cabinet, 'survey-cabinet-result-ru')
      await applicant.close()

      const team = await newContext(browser, { javaScript: false })
      const quality = await team.newPage()
      await signIn(quality, server.url, 'almaty-agri.quality', DEMO_PASSWORD, 'ru')
      await quality.goto(`${server.url}/ru/quality?service=${SERVICE}`)
      expect(await rows(quality, 'Ответы по источникам')).toEqual([
        ['Ссылка из уведомления', '1'],
        ['Личный кабинет', '0'],
        ['Киоск у услугодателя', '0'],
        ['Бумажная анкета', '0'],
        ['Всего', '1'],
      ])
      const shares = await rows(quality, 'Доли ответов')
      expect(shares.map((r) => [r[0], r[4]])).toEqual([
        ['Качество — 1 ответ', '1'],
        ['Доступность — 1 ответ', '1'],
      ])
      expect(shares[0]![1]).toMatch(/^100 % \(/)
      expect(shares[1]![2]).toMatch(/^100 % \(/)
      // The case itself is in the workflow figures: decided within the overall deadline.
      const decided = await rows(quality, 'Соблюдение общего срока')
      expect(decided.map((r) => r.slice(2))).toEqual([['0', '1']])
      expect(decided[0]![1]).toMatch(/^100 % \(/)
      await checked(quality, 'survey-indicators-ru')
      const csv = await quality.request.get(
        `${server.url}/ru/quality/answers.csv?service=${SERVICE}`,
      )
      expect(await csv.text()).toContain(COMMENT)
      await team.close()
    },
    120_000,
  )

  async function noticeLink(lang: 'kk' | 'ru'): Promise<string> {
    const deps = { db: server.db, clock: systemClock }
    const version = (await getRegulationInForce(deps, SERVICE, systemClock.now()))!
    const link = await createSurveyLink(
      { ...deps, publicOrigin: server.url, providers: () => Promise.resolve([]) },
      {
        caseId: newId(),
        regulationId: SERVICE,
        regulationVersionId: version.id,
        providerId: 'org-almaty-agriculture',
        channel: 'portal',
        lang,
        applicantAccountId: null,
      },
    )
    return link!.url
  }

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
