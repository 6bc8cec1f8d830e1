import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { actorFor, openCase, reviewApp, reviewDeps } from '../../../test/factories/review.ts'
import type { TestApp } from '../../../test/helpers/app.ts'
import { dialects } from '../../../test/helpers/db.ts'
import { getRegulationInForce, type Regulation } from '../catalog/index.ts'
import { fromAlmaty } from '../sla/index.ts'
import { refusal } from './actions.ts'
import { completeStep, getCase, runDeemedIssued, workflowStatistics } from './index.ts'

const ZHAMBYL = 'org-zhambyl-agriculture'
const GRAIN = 'zhambyl-grain-license'
const ROLES: Record<string, string> = {
  register: 'office_specialist',
  'assign-executor': 'head',
  'check-completeness': 'executor',
  draft: 'executor',
  sign: 'head',
  issue: 'office_specialist',
}
const MARCH = { from: '2026-03-01', to: '2026-03-31' }

/** One move: the step the case must be at, the outcome, when (Almaty), decision facts. */
type Move = [step: string, outcome: string, at: string, data?: Record<string, unknown> | undefined]

describe.each(dialects)('$name: workflowStatistics()', ({ name }) => {
  let t: TestApp
  let regulation: Regulation
  beforeAll(async () => {
    t = await reviewApp(name, { now: '2026-03-02T05:00:00Z' })
    regulation = (await getRegulationInForce(t, GRAIN, t.clock.now()))!.definition
    await seedCases()
  })
  afterAll(() => t.close())

  async function run(caseId: string, moves: readonly Move[]) {
    const deps = reviewDeps(t)
    const executor = await actorFor(t, ZHAMBYL, 'executor')
    for (const [step, outcome, at, decisionData] of moves) {
      t.clock.set(fromAlmaty(at))
      const c = (await getCase(deps, caseId))!
      expect(c.currentStepId).toBe(step)
      await completeStep(deps, {
        caseId,
        expectedVersion: c.version,
        outcome,
        actor: await actorFor(t, ZHAMBYL, ROLES[step]!),
        ...(step === 'assign-executor' ? { assignee: executor.accountId } : {}),
        ...(decisionData ? { decisionData } : {}),
      })
    }
  }

  const refused = (grounds: string[]) => ({
    refusal: refusal(regulation, { grounds, reason: 'Негіз бар' }).data,
  })

  /** A case opened on Monday 2 March at 10:00; register due 10:30, overall due 27 March 10:00. */
  async function open(channel: 'portal' | 'office' | 'psc' = 'portal') {
    t.clock.set(fromAlmaty('2026-03-02 10:00'))
    return await openCase(t, GRAIN, 'issue', { channel })
  }

  // Hand count. Step norms: register 30 min, check-completeness 2 working days (due 4 March),
  // issue 30 min; the others have none. Overall: 15 working days (27 March 10:00).
  async function seedCases() {
    const start = (
      reg: string,
      check: string,
      outcome = 'complete',
      checkData?: Record<string, unknown>,
    ): Move[] => [
      ['register', 'done', reg],
      ['assign-executor', 'done', '2026-03-02 10:40'],
      ['check-completeness', outcome, check, checkData],
    ]
    // A: on time throughout, granted, ended 3 March.
    await run(await open(), [
      ...start('2026-03-02 10:10', '2026-03-03 10:00'),
      ['draft', 'grant', '2026-03-03 11:00'],
      ['sign', 'done', '2026-03-03 12:00'],
      ['issue', 'done', '2026-03-03 12:10'],
    ])
    // B (office): every step with a norm late, signed in time, issued after the overall due.
    await run(await open('office'), [
      ...start('2026-03-02 11:00', '2026-03-10 10:00'),
      ['draft', 'grant', '2026-03-20 10:00'],
      ['sign', 'done', '2026-03-26 10:00'],
      ['issue', 'done', '2026-03-30 10:00'],
    ])
    // C: stuck at the completeness check until deemed issued on 27 March.
    const c = await open()
    await run(c, [['register', 'done', '2026-03-02 10:05'], [
      'assign-executor',
      'done',
      '2026-03-02 10:40',
    ]])
    // D (psc): refused citing two grounds, on time, ended 4 March.
    await run(await open('psc'), [
      ...start('2026-03-02 10:15', '2026-03-03 09:30'),
      ['draft', 'refuse', '2026-03-03 16:00', refused(['prohibited-by-law', 'fee-not-paid'])],
      ['sign', 'done', '2026-03-04 10:00'],
      ['issue', 'done', '2026-03-04 10:20'],
    ])
    // E: returned for incomplete documents, on time, ended 4 March.
    await run(await open(), [
      ...start('2026-03-02 10:20', '2026-03-03 15:30', 'incomplete', {
        return: { missingDocuments: [], missingOther: 'Анықтама', reason: 'Жоқ' },
      }),
      ['sign', 'done', '2026-03-04 11:00'],
      ['issue', 'done', '2026-03-04 11:10'],
    ])
    // F: refused citing one of D's grounds, on time, ended 5 March.
    await run(await open(), [
      ...start('2026-03-02 10:25', '2026-03-03 16:00'),
      ['draft', 'refuse', '2026-03-04 10:00', refused(['prohibited-by-law'])],
      ['sign', 'done', '2026-03-05 10:00'],
      ['issue', 'done', '2026-03-05 10:05'],
    ])
    // H, I, J: refused on 6 March citing an unmet qualification requirement, the Standard's
    // grounds as text, nothing (a failed test).
    const requirement = regulation.qualification!.items[0]!
    for (
      const data of [
        { grounds: [{ id: `qualification:${requirement.id}`, text: requirement.text }] },
        { grounds: [], groundOther: 'Стандарттың 10-тармағы' },
        { grounds: [], groundOther: null },
      ]
    ) {
      await run(await open(), [
        ...start('2026-03-02 10:30', '2026-03-04 09:50'),
        ['draft', 'refuse', '2026-03-05 10:00', { refusal: { reason: 'Негіз бар', ...data } }],
        ['sign', 'done', '2026-03-06 10:00'],
        ['issue', 'done', '2026-03-06 10:10'],
      ])
    }
    // G: opened 16 March, registered on time, still active (not yet deemed issued).
    t.clock.set(fromAlmaty('2026-03-16 10:00'))
    await run(await openCase(t, GRAIN, 'issue'), [['register', 'done', '2026-03-16 10:29']])
    t.clock.set(fromAlmaty('2026-03-27 10:01'))
    expect(await runDeemedIssued(reviewDeps(t))).toBe(1)
    expect((await getCase(reviewDeps(t), c))!.status).toBe('deemed_issued')
  }

  const stats = (filter: Partial<Parameters<typeof workflowStatistics>[1]> = {}) =>
    workflowStatistics(reviewDeps(t), { ...MARCH, ...filter })

  it('counts decided cases by the overall deadline, a case deemed issued as late', async () => {
    expect((await stats()).decided).toEqual({ onTime: 7, late: 2 })
  })

  it('counts decided cases per Almaty month, every month of the period, clipped to it', async () => {
    const spring = await stats({ from: '2026-02-15', to: '2026-04-10' })
    expect(spring.decidedByMonth).toEqual([
      { month: '2026-02', counts: { onTime: 0, late: 0 } },
      { month: '2026-03', counts: { onTime: 7, late: 2 } },
      { month: '2026-04', counts: { onTime: 0, late: 0 } },
    ])
    expect(spring.decided).toEqual({ onTime: 7, late: 2 })
    // From the 27th: the case deemed issued (27 March) and B, issued late on 30 March.
    expect((await stats({ from: '2026-03-27', to: '2026-04-01' })).decidedByMonth).toEqual([
      { month: '2026-03', counts: { onTime: 0, late: 2 } },
      { month: '2026-04', counts: { onTime: 0, late: 0 } },
    ])
    // Across a year's end.
    expect(
      (await stats({ from: '2025-12-31', to: '2026-01-01' })).decidedByMonth!.map((m) => m.month),
    ).toEqual(['2025-12', '2026-01'])
  })

  it('counts each step with a norm by its own deadline, in route order, with its action', async () => {
    const { steps } = await stats()
    const grain = new Map(regulation.subServices[0]!.route.steps.map((s) => [s.id, s.action]))
    expect(steps).toEqual([
      { key: 'register', label: grain.get('register'), counts: { onTime: 9, late: 1 } },
      {
        key: 'check-completeness',
        label: grain.get('check-completeness'),
        counts: { onTime: 7, late: 2 },
      },
      { key: 'issue', label: grain.get('issue'), counts: { onTime: 7, late: 1 } },
    ])
  })

  it('counts refusals per ground cited, named from the regulation; others by why none is', async () => {
    const text = (id: string) => regulation.refusalGrounds.items.find((g) => g.id === id)!.text
    const requirement = regulation.qualification!.items[0]!
    expect((await stats()).refusals).toEqual([
      { ground: 'prohibited-by-law', label: text('prohibited-by-law'), count: 2 },
      { ground: 'documents_incomplete', label: null, count: 1 },
      { ground: 'fee-not-paid', label: text('fee-not-paid'), count: 1 },
      { ground: 'not_cited', label: null, count: 1 },
      { ground: `qualification:${requirement.id}`, label: requirement.text, count: 1 },
      { ground: 'standard_reference', label: null, count: 1 },
    ])
  })

  it('takes the period as Almaty dates, both included', async () => {
    const third = await stats({ from: '2026-03-03', to: '2026-03-03' })
    expect(third.decided).toEqual({ onTime: 1, late: 0 })
    expect(third.refusals).toEqual([])
    expect(third.steps.map((s) => [s.key, s.counts])).toEqual([
      ['check-completeness', { onTime: 4, late: 0 }],
      ['issue', { onTime: 1, late: 0 }],
    ])
    const late = await stats({ from: '2026-03-27', to: '2026-03-30' })
    expect(late.decided).toEqual({ onTime: 0, late: 2 })
    expect(late.steps.map((s) => [s.key, s.counts])).toEqual([
      ['check-completeness', { onTime: 0, late: 1 }],
      ['issue', { onTime: 0, late: 1 }],
    ])
  })

  it("filters by channel, service, provider and region (a case is in its regulation's)", async () => {
    expect((await stats({ channel: 'office' })).decided).toEqual({ onTime: 0, late: 1 })
    const psc = await stats({ channel: 'psc' })
    expect(psc.refusals.map((r) => [r.ground, r.count])).toEqual([
      ['fee-not-paid', 1],
      ['prohibited-by-law', 1],
    ])
    const all = await stats()
    expect(await stats({ regulationId: GRAIN, organizationId: ZHAMBYL, region: 'zhambyl' }))
      .toEqual(all)
    const none = {
      decided: { onTime: 0, late: 0 },
      decidedByMonth: [{ month: '2026-03', counts: { onTime: 0, late: 0 } }],
      steps: [],
      refusals: [],
    }
    expect(await stats({ regulationId: 'zhambyl-veterinary-license' })).toEqual(none)
    expect(await stats({ organizationId: 'org-aktobe-agriculture' })).toEqual(none)
    expect(await stats({ region: 'aktobe' })).toEqual(none)
    expect(await stats({ region: 'aktobe', regulationId: GRAIN })).toEqual(none)
  })
})
