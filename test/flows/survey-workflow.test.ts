/**
 * The workflow figures on the quality team's indicators page: cases taken through review's
 * steps (by the services the pages and step handlers call), then the page over HTTP shows
 * review's timeliness overall and per step and the refusals by ground, for the filter chosen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getRegulationInForce } from '../../src/modules/catalog/index.ts'
import { demoOfficers } from '../../src/modules/identity/index.ts'
import { completeStep, getCase } from '../../src/modules/review/index.ts'
import { fromAlmaty } from '../../src/modules/sla/index.ts'
import { actorFor, openCase, reviewApp, reviewDeps } from '../factories/review.ts'
import type { TestApp } from '../helpers/app.ts'
import { dialects } from '../helpers/db.ts'
import { parse } from '../helpers/html.ts'

const ZHAMBYL = 'org-zhambyl-agriculture'
const GRAIN = 'zhambyl-grain-license'
const ANALYST = demoOfficers().find((o) => o.role === 'quality_analyst' && o.org.id === ZHAMBYL)!
  .login
const ROLES: Record<string, string> = {
  register: 'office_specialist',
  'assign-executor': 'head',
  'check-completeness': 'executor',
  draft: 'executor',
  sign: 'head',
  issue: 'office_specialist',
}
const MARCH = 'from=2026-03-01&to=2026-03-31'

/** One move: the step the case must be at, the outcome, when (Almaty), decision facts. */
type Move = [step: string, outcome: string, at: string, data?: Record<string, unknown> | undefined]

/** The rows of the table with this caption, each cell's text with spaces made plain. */
function tableRows(doc: ReturnType<typeof parse>, caption: string): string[][] {
  const table = [...doc.querySelectorAll('table')].find((el) =>
    el.querySelector('caption')?.textContent?.trim() === caption
  )
  if (!table) throw new Error(`no table "${caption}"`)
  return [...table.querySelectorAll('tbody tr')].map((tr) =>
    [...tr.children].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())
  )
}

describe.each(dialects)('$name: the workflow figures on /quality', ({ name }) => {
  let t: TestApp
  let feeNotPaid: string
  let action: (stepId: string) => string
  beforeAll(async () => {
    t = await reviewApp(name, { now: '2026-03-02T05:00:00Z' })
    await seed()
  })
  afterAll(async () => {
    expect(t.missingTranslations).toEqual([])
    await t.close()
  })

  async function through(channel: 'portal' | 'office' | 'psc', moves: readonly Move[]) {
    t.clock.set(fromAlmaty('2026-03-02 10:00'))
    const caseId = await openCase(t, GRAIN, 'issue', { channel })
    const executor = await actorFor(t, ZHAMBYL, 'executor')
    for (const [step, outcome, at, decisionData] of moves) {
      t.clock.set(fromAlmaty(at))
      const c = (await getCase(reviewDeps(t), caseId))!
      expect(c.currentStepId).toBe(step)
      await completeStep(reviewDeps(t), {
        caseId,
        expectedVersion: c.version,
        outcome,
        actor: await actorFor(t, ZHAMBYL, ROLES[step]!),
        ...(step === 'assign-executor' ? { assignee: executor.accountId } : {}),
        ...(decisionData ? { decisionData } : {}),
      })
    }
    expect((await getCase(reviewDeps(t), caseId))!.state).toBe('ended')
  }

  // Hand count: register due 10:30, completeness check due 4 March, issue 30 minutes after the
  // signature, overall due 27 March 10:00.
  async function seed() {
    const regulation = (await getRegulationInForce(t, GRAIN, t.clock.now()))!.definition
    const ground = regulation.refusalGrounds.items.find((g) => g.id === 'fee-not-paid')!
    feeNotPaid = ground.text.ru
    const steps = regulation.subServices.find((s) => s.kind === 'issue')!.route.steps
    action = (id) => steps.find((s) => s.id === id)!.action.ru
    const registered = (check: string, outcome = 'complete', data?: Move[3]): Move[] => [
      ['register', 'done', '2026-03-02 10:10'],
      ['assign-executor', 'done', '2026-03-02 10:20'],
      ['check-completeness', outcome, check, data],
    ]
    // Granted, every deadline kept.
    await through('portal', [
      ...registered('2026-03-03 10:00'),
      ['draft', 'grant', '2026-03-03 11:00'],
      ['sign', 'done', '2026-03-03 12:00'],
      ['issue', 'done', '2026-03-03 12:10'],
    ])
    // Refused for the unpaid fee, the check and the issue late, ended after the overall due.
    await through('office', [
      ...registered('2026-03-10 10:00'),
      ['draft', 'refuse', '2026-03-20 10:00', {
        refusal: {
          grounds: [{ id: ground.id, text: ground.text }],
          groundOther: null,
          reason: 'Жоқ',
        },
      }],
      ['sign', 'done', '2026-03-26 10:00'],
      ['issue', 'done', '2026-03-30 10:00'],
    ])
    // Returned for incomplete documents, in time.
    const missing = { missingDocuments: [], missingOther: 'Анықтама', reason: 'Жоқ' }
    await through('psc', [
      ...registered('2026-03-03 10:00', 'incomplete', { return: missing }),
      ['sign', 'done', '2026-03-03 12:00'],
      ['issue', 'done', '2026-03-03 12:15'],
    ])
  }

  async function page(query: string, lang = 'ru') {
    const c = t.client()
    await c.signIn(ANALYST)
    const res = await c.get(`/${lang}/quality?${query}`)
    expect(res.status).toBe(200)
    return { text: res.text, doc: parse(res.text) }
  }

  it('GET /quality shows cases decided within the overall deadline, each step and refusals by ground', async () => {
    const { text, doc } = await page(MARCH)
    expect(text).not.toContain('пока не подключены')
    const decided = tableRows(doc, 'Соблюдение общего срока')
    expect(decided).toHaveLength(1)
    expect(decided[0]![0]).toBe('Заявления, решение по которым принято в общий срок')
    expect(decided[0]![1]).toMatch(/^66,7 % \(/)
    expect(decided[0]!.slice(2)).toEqual(['1', '3'])
    const steps = tableRows(doc, 'Соблюдение сроков по шагам')
    expect(steps.map((r) => [r[0], r[2], r[3]])).toEqual([
      [action('register'), '0', '3'],
      [action('check-completeness'), '1', '3'],
      [action('issue'), '1', '3'],
    ])
    expect(steps[0]![1]).toMatch(/^100 % \(/)
    expect(tableRows(doc, 'Отказы по основаниям')).toEqual([
      ['Отказ в дальнейшем рассмотрении (неполный пакет документов)', '1', '50 %'],
      [feeNotPaid, '1', '50 %'],
    ])
  })

  it('GET /quality/indicators.csv names the grounds as the page does', async () => {
    const c = t.client()
    await c.signIn(ANALYST)
    const csv = (await c.get(`/ru/quality/indicators.csv?${MARCH}`)).text
    expect(csv).toContain('Отказ в дальнейшем рассмотрении (неполный пакет документов)')
    expect(csv).toContain(feeNotPaid)
    expect(csv).not.toContain('documents_incomplete')
  })

  it('GET /quality narrows the figures to a channel and a period; a region without the service has none', async () => {
    const office = await page(`${MARCH}&channel=office`)
    expect(tableRows(office.doc, 'Соблюдение общего срока')[0]!.slice(1)).toEqual([
      expect.stringMatching(/^0 % \(/),
      '1',
      '1',
    ])
    const early = await page('from=2026-03-03&to=2026-03-03', 'kk')
    expect(tableRows(early.doc, 'Жалпы мерзімнің сақталуы')[0]!.slice(2)).toEqual(['0', '2'])
    expect(tableRows(early.doc, 'Бас тарту негіздері бойынша')).toEqual([
      ['Одан әрі қараудан бас тарту (құжаттар толық емес)', '1', '100%'],
    ])
    const aktobe = await page(`${MARCH}&region=aktobe`)
    expect(tableRows(aktobe.doc, 'Соблюдение общего срока')[0]!.slice(1)).toEqual([
      'За этот период данных нет',
      '0',
      '0',
    ])
    expect(tableRows(aktobe.doc, 'Отказы по основаниям')).toEqual([[
      'За этот период данных нет',
      '',
      '',
    ]])
  })
})
