/**
 * The officers' pages in Chromium with JavaScript off: the worklist an officer lands on, the
 * case page with its step form, a refusal without grounds (422), the "this case changed" page
 * (409), the notifications and the calendar administration; axe finds nothing in kk or ru.
 */
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Db, openDatabase } from '../../src/db/connect.ts'
import { systemClock } from '../../src/lib/clock.ts'
import { getRegulationInForce } from '../../src/modules/catalog/index.ts'
import {
  completeStep,
  getCase,
  registerCase,
  type ReviewDeps,
} from '../../src/modules/review/index.ts'
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
const ZHAMBYL = 'org-zhambyl-agriculture'

describe.skipIf(!available)('review pages in Chromium, JavaScript off', () => {
  let server: TestServer
  let browser: Browser
  let db: Db
  let dir: string
  let deps: ReviewDeps
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'review-e2e-'))
    const file = path.join(dir, 'review.sqlite')
    server = await startServer({ DATABASE_URL: file })
    db = openDatabase({ kind: 'sqlite', path: file })
    deps = { db, clock: systemClock }
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await db?.close()
    await server?.close()
    await fs.rm(dir, { recursive: true, force: true })
  })

  async function openCase(regulationId: string, subService: string): Promise<string> {
    const version = (await getRegulationInForce(deps, regulationId, new Date()))!
    const id = crypto.randomUUID().replaceAll('-', '')
    await registerCase(deps, {
      id,
      number: `ZHM-2026-${id.slice(0, 6).replace(/\D/g, '7').padEnd(6, '1')}`,
      regulationId,
      regulationVersionId: version.id,
      subService,
      channel: 'portal',
      lang: 'kk',
      applicant: {
        accountId: null,
        type: 'legal_entity',
        iin: null,
        bin: '050140000656',
        name: { kk: '«Жамбыл Агрохим» ЖШС', ru: 'ТОО «Жамбыл Агрохим»' },
        address: { kk: 'Тараз қ., Төле би көшесі, 3', ru: 'г. Тараз, ул. Толе би, 3' },
        phone: '+7 701 000 00 00',
        email: null,
      },
      particulars: {},
      documents: [],
      submittedAt: new Date().toISOString(),
    }, new Date())
    return id
  }

  async function actor(login: string, role: string) {
    const row = await db.kysely.selectFrom('identity_accounts').select(['id', 'display_name'])
      .where('login', '=', login).executeTakeFirstOrThrow()
    const name = { kk: row.display_name, ru: row.display_name }
    return { accountId: row.id, roles: new Set([role]), organizationId: ZHAMBYL, name }
  }

  async function toDraft(id: string) {
    const office = await actor('zhambyl-agri.office', 'office_specialist')
    const head = await actor('zhambyl-agri.head', 'head')
    const executor = await actor('zhambyl-agri.executor', 'executor')
    await completeStep(deps, { caseId: id, expectedVersion: 1, outcome: 'done', actor: office })
    await completeStep(deps, {
      caseId: id,
      expectedVersion: 2,
      outcome: 'done',
      actor: head,
      assignee: executor.accountId,
    })
  }

  for (const lang of ['kk', 'ru'] as const) {
    it(`worklist, case page, 422 and 409 states have no axe violations (${lang})`, async () => {
      const id = await openCase('zhambyl-grain-license', 'duplicate')
      const number = (await getCase(deps, id))!.number
      const context = await newContext(browser, { javaScript: false })
      const page = await context.newPage()
      await signIn(page, server.url, 'zhambyl-agri.office', undefined, lang)
      expect(new URL(page.url()).pathname).toBe(`/${lang}/worklist`)
      expect(await page.locator('table').textContent()).toContain(number)
      expect(await axeViolations(page)).toEqual([])
      await screenshot(page, `review-worklist-${lang}`)
      await page.goto(`${server.url}/${lang}/cases/${id}`)
      expect(await axeViolations(page)).toEqual([])
      await screenshot(page, `review-case-register-${lang}`)
      const stale = await context.newPage()
      await stale.goto(`${server.url}/${lang}/cases/${id}`)
      await page.click('main form[action$="/registration"] button[type="submit"]')
      expect(await page.locator('.banner--success').count()).toBe(1)
      await stale.click('main form[action$="/registration"] button[type="submit"]')
      expect(await stale.locator('h1').count()).toBe(1)
      expect(await stale.locator('main dl').textContent()).toBeTruthy()
      expect(await axeViolations(stale)).toEqual([])
      await screenshot(stale, `review-conflict-${lang}`)
      await context.close()
    })

    it(`the executor's draft form, its 422 state and the notifications have no axe violations (${lang})`, async () => {
      const id = await openCase('zhambyl-veterinary-license', 'issue')
      await toDraft(id)
      const executor = await actor('zhambyl-agri.executor', 'executor')
      await completeStep(deps, {
        caseId: id,
        expectedVersion: 3,
        outcome: 'complete',
        actor: executor,
      })
      const context = await newContext(browser, { javaScript: false })
      const page = await context.newPage()
      await signIn(page, server.url, 'zhambyl-agri.executor', undefined, lang)
      await page.goto(`${server.url}/${lang}/cases/${id}`)
      expect(await axeViolations(page)).toEqual([])
      await screenshot(page, `review-case-draft-${lang}`)
      await page.check('#outcome-2')
      await page.fill('#comment', 'Түсініктеме')
      await page.click('main form[action$="/draft"] button[type="submit"]')
      expect(await page.locator('.error-summary a').count()).toBe(2)
      expect(await page.inputValue('#comment')).toBe('Түсініктеме')
      expect(await axeViolations(page)).toEqual([])
      await screenshot(page, `review-case-draft-error-${lang}`)
      await page.goto(`${server.url}/${lang}/notifications`)
      expect(await axeViolations(page)).toEqual([])
      await context.close()
    })

    it(`the calendar administration and its error state have no axe violations (${lang})`, async () => {
      const context = await newContext(browser, { javaScript: false })
      const page = await context.newPage()
      await signIn(page, server.url, 'admin.admin', undefined, lang)
      await page.goto(`${server.url}/${lang}/admin/calendar?year=2026`)
      expect(await axeViolations(page)).toEqual([])
      await screenshot(page, `review-calendar-${lang}`)
      await page.fill('#date', '2026-04-04')
      await page.check('#kind-3')
      await page.click('main form[action$="/calendar/days"] button[type="submit"]')
      expect(await page.locator('.error-summary a').count()).toBe(1)
      expect(await axeViolations(page)).toEqual([])
      await screenshot(page, `review-calendar-error-${lang}`)
      await context.close()
    })
  }
})
