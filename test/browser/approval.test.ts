/**
 * E2E approval: in Chromium with JavaScript off, in Kazakh, an Aktobe grain application goes
 * from the executor's draft to the interested authority, which consents with a conclusion
 * signed by its demo key, and back to the executor, who sends it on to be signed. The
 * application itself is made beforehand over HTTP against the same server's app (intake's
 * pages, as a browser would post them), and registered and assigned through review.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemClock } from '../../src/lib/clock.ts'
import { demoCompanies } from '../../src/modules/identity/index.ts'
import { completeStep, getCase } from '../../src/modules/review/index.ts'
import { applyAll } from '../factories/intake.ts'
import { type TestApp, TestClient } from '../helpers/app.ts'
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

describe.skipIf(!available)('E2E approval', () => {
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

  it("an Aktobe grain application: executor's draft → authority's consent → ready for signature (kk, no JavaScript)", async () => {
    const caseId = await caseAtDraft(server)
    const executor = await officerPage(browser, server.url, 'aktobe-agri.executor')
    await executor.goto(`${server.url}/kk/cases/${caseId}`)
    await executor.check('form[action$="/draft"] input[name="outcome"][value="grant"]')
    await executor.click('form[action$="/draft"] button[type="submit"]')
    expect(await executor.textContent('main')).toContain(
      'Жоба мүдделі органға келісуге әлі жіберілмеген',
    )
    await check(executor, 'approval-case-notice-kk')
    await executor.goto(`${server.url}/kk/approvals`)
    await check(executor, 'approval-outbox-kk')
    await executor.goto(`${server.url}/kk/cases/${caseId}`)
    await executor.click(`main a[href="/kk/cases/${caseId}/approvals"]`)
    await check(executor, 'approval-send-kk')
    for (const box of await executor.locator('input[name="authorities"]').all()) await box.uncheck()
    await executor.click('main form button[type="submit"]')
    expect(await executor.locator('.error-summary a[href="#authorities"]').count()).toBe(1)
    await check(executor, 'approval-send-error-kk')
    await executor.check('input[name="authorities"][value="org-aktobe-consumer-protection"]')
    await executor.click('main form button[type="submit"]')
    expect(await executor.textContent('.banner')).toContain('келісуге жіберілді')
    await check(executor, 'approval-case-sent-kk')

    const applicant = await officerPage(browser, server.url, demoCompanies.aktobeAstyk.bin)
    await applicant.goto(`${server.url}/kk/cabinet/${caseId}`)
    expect(await applicant.textContent('main')).toContain(
      'Мүдделі органда келісуде: Тұтынушылардың',
    )
    await check(applicant, 'approval-cabinet-kk')

    const reviewer = await officerPage(browser, server.url, 'aktobe-kzpp.reviewer')
    await reviewer.goto(`${server.url}/kk/approvals`)
    await check(reviewer, 'approval-inbox-kk')
    await reviewer.click(`main a[href^="/kk/approvals/"]`)
    await check(reviewer, 'approval-request-kk')
    await reviewer.check('input[name="verdict"][value="objection"]')
    await reviewer.fill('#text', 'Талаптар тексерілді')
    await reviewer.click('form[action$="/conclusion"] button[type="submit"]')
    expect(await reviewer.locator('.error-summary a[href="#requirements"]').count()).toBe(1)
    expect(await reviewer.inputValue('#text')).toBe('Талаптар тексерілді')
    await check(reviewer, 'approval-request-error-kk')
    await reviewer.check('input[name="verdict"][value="consent"]')
    await reviewer.fill('#text', 'Астық қоймасы белгіленген талаптарға сәйкес келеді')
    await reviewer.click('form[action$="/conclusion"] button[type="submit"]')
    expect(new URL(reviewer.url()).pathname).toMatch(/^\/kk\/signatures\//)
    await reviewer.fill('#demo-password', 'demo-akimat-2026')
    await reviewer.click('form:has(input[name="method"][value="demo"]) button[type="submit"]')
    expect(new URL(reviewer.url()).pathname).toMatch(/^\/kk\/approvals\/[0-9a-f]+$/)
    await check(reviewer, 'approval-request-signed-kk')
    await reviewer.click('form[action$="/answer"] button[type="submit"]')
    expect(await reviewer.textContent('.banner')).toContain(
      'Қорытынды жауапты орындаушыға жіберілді',
    )
    await check(reviewer, 'approval-request-sent-kk')

    await executor.goto(`${server.url}/kk/cases/${caseId}`)
    expect((await getCase({ db: server.db, clock: systemClock }, caseId))!.currentStepId)
      .toBe('finalize')
    await executor.check('form[action$="/decision"] input[name="outcome"][value="grant"]')
    await executor.click('form[action$="/decision"] button[type="submit"]')
    const now = (await getCase({ db: server.db, clock: systemClock }, caseId))!
    expect(now.status).toBe('on_signature')
    expect(await executor.textContent('main')).toContain('Қол қоюда')
    await check(executor, 'approval-ready-for-signature-kk')
    await executor.goto(`${server.url}/kk/cases/${caseId}/approvals`)
    expect(await executor.textContent('main')).toContain(
      'Астық қоймасы белгіленген талаптарға сәйкес келеді',
    )
    await check(executor, 'approval-case-consented-kk')
  })

  it('the approval pages in Russian, with an error state, have no axe violations', async () => {
    const request = await server.db.kysely.selectFrom('approval_requests').selectAll()
      .executeTakeFirstOrThrow()
    const reviewer = await officerPage(browser, server.url, 'aktobe-kzpp.reviewer')
    await reviewer.goto(`${server.url}/ru/approvals?tab=answered`)
    await check(reviewer, 'approval-inbox-answered-ru')
    await reviewer.goto(`${server.url}/ru/approvals/${request.id}`)
    expect(await reviewer.textContent('h1')).toContain('Запрос на согласование')
    await check(reviewer, 'approval-request-ru')
    await reviewer.goto(`${server.url}/ru/approvals/${request.id}/correction`)
    await reviewer.click('main form button[type="submit"]')
    expect(await reviewer.locator('.error-summary a').count()).toBe(2)
    await check(reviewer, 'approval-correction-error-ru')
    const executor = await officerPage(browser, server.url, 'aktobe-agri.executor')
    await executor.goto(`${server.url}/ru/cases/${request.case_id}/approvals`)
    expect(await executor.textContent('h1')).toContain('Согласование заявления')
    await check(executor, 'approval-case-ru')
    await executor.goto(`${server.url}/ru/approvals`)
    await check(executor, 'approval-outbox-ru')
  })
})

/** Axe finds nothing, and a screenshot to look at. */
async function check(page: Page, name: string): Promise<void> {
  expect(await axeViolations(page)).toEqual([])
  await screenshot(page, name)
}

/** A page of its own (cookies apart) signed in as a demo account, JavaScript off. */
async function officerPage(browser: Browser, url: string, login: string): Promise<Page> {
  const context = await newContext(browser, { javaScript: false })
  const page = await context.newPage()
  await signIn(page, url, login)
  return page
}

/** An Aktobe grain application sent over HTTP, registered and assigned: at the executor's draft. */
async function caseAtDraft(server: TestServer): Promise<string> {
  const t = {
    db: server.db,
    clock: systemClock,
    client: () => new TestClient(server.app, server.config),
  } as unknown as TestApp
  const { base } = await applyAll(t, {
    service: 'aktobe-grain-license',
    kind: 'issue',
    applicantType: 'legal_entity',
    applicant: demoCompanies.aktobeAstyk.bin,
  })
  const id = base.split('/').at(-1)!
  const deps = { db: server.db, clock: systemClock }
  const actor = async (login: string, role: string) => {
    const a = await server.db.kysely.selectFrom('identity_accounts').selectAll()
      .where('login', '=', login).executeTakeFirstOrThrow()
    return {
      accountId: a.id,
      roles: new Set([role]),
      organizationId: a.organization_id ?? undefined,
      name: { kk: a.display_name, ru: a.display_name },
    }
  }
  const executor = await actor('aktobe-agri.executor', 'executor')
  for (
    const [login, role, extra] of [
      ['aktobe-agri.office', 'office_specialist', {}],
      ['aktobe-agri.head', 'head', { assignee: executor.accountId }],
    ] as const
  ) {
    const c = (await getCase(deps, id))!
    await completeStep(deps, {
      caseId: id,
      expectedVersion: c.version,
      outcome: 'done',
      actor: await actor(login, role),
      ...extra,
    })
  }
  return id
}
