import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  actorFor,
  openCase,
  reviewApp,
  reviewDeps,
  submittedApplication,
} from '../../../test/factories/review.ts'
import type { TestApp } from '../../../test/helpers/app.ts'
import { dialects } from '../../../test/helpers/db.ts'
import { listAuditEntries } from '../audit/index.ts'
import { fromAlmaty, toAlmaty } from '../sla/index.ts'
import {
  CaseChangedError,
  completeStep,
  getCase,
  pauseCase,
  registerCase,
  resumeCase,
  runDeadlineAlerts,
  runDeemedIssued,
} from './index.ts'
import { listNotifications } from './notifications.ts'

const ZHAMBYL = 'org-zhambyl-agriculture'

describe.each(dialects)('$name: review services', ({ name }) => {
  let t: TestApp
  beforeAll(async () => {
    t = await reviewApp(name)
  })
  afterAll(() => t.close())

  async function toStep(id: string, stepId: string) {
    const deps = reviewDeps(t)
    const office = await actorFor(t, ZHAMBYL, 'office_specialist')
    const head = await actorFor(t, ZHAMBYL, 'head')
    const executor = await actorFor(t, ZHAMBYL, 'executor')
    let c = (await getCase(deps, id))!
    if (c.currentStepId === 'register') {
      await completeStep(deps, {
        caseId: id,
        expectedVersion: c.version,
        outcome: 'done',
        actor: office,
      })
      c = (await getCase(deps, id))!
    }
    if (stepId !== 'assign-executor' && c.currentStepId === 'assign-executor') {
      await completeStep(deps, {
        caseId: id,
        expectedVersion: c.version,
        outcome: 'done',
        actor: head,
        assignee: executor.accountId,
      })
      c = (await getCase(deps, id))!
    }
    expect(c.currentStepId).toBe(stepId)
    return { c, executor, head }
  }

  it('registerCase() opens the case at the first step with both deadlines, once per application', async () => {
    t.clock.set('2026-03-02T05:00:00Z')
    const application = await submittedApplication(t, 'zhambyl-grain-license', 'issue')
    const first = await registerCase(reviewDeps(t), application, t.clock.now())
    const again = await registerCase(reviewDeps(t), application, t.clock.now())
    expect(again).toEqual(first)
    expect(toAlmaty(new Date(first.readyAt))).toBe('2026-03-27 10:00')
    const c = (await getCase(reviewDeps(t), first.caseId))!
    expect([c.currentStepId, c.status, c.organizationId]).toEqual(['register', 'sent', ZHAMBYL])
    expect(toAlmaty(new Date(c.stepDueAt!))).toBe('2026-03-02 10:30')
    const audit = await listAuditEntries(t.db.kysely, 'case', c.id)
    expect(audit.map((a) => a.action)).toEqual(['case_registered'])
  })

  it('completeStep() lets one of two racing officers win; the other gets CaseChangedError', async () => {
    const id = await openCase(t, 'zhambyl-grain-license', 'issue')
    const deps = reviewDeps(t)
    const office = await actorFor(t, ZHAMBYL, 'office_specialist')
    const results = await Promise.allSettled(
      [1, 2].map(() =>
        completeStep(deps, { caseId: id, expectedVersion: 1, outcome: 'done', actor: office })
      ),
    )
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
    expect(lost.reason).toBeInstanceOf(CaseChangedError)
    const rows = await t.db.kysely.selectFrom('review_transitions').selectAll().where(
      'case_id',
      '=',
      id,
    ).execute()
    expect(rows).toHaveLength(1)
    expect((await getCase(deps, id))!.version).toBe(2)
  })

  it('pauseCase() and resumeCase() move both deadlines by the paused working time', async () => {
    t.clock.set('2026-03-02T05:00:00Z')
    const id = await openCase(t, 'zhambyl-grain-license', 'issue')
    const { c, executor } = await toStep(id, 'check-completeness')
    const deps = reviewDeps(t)
    t.clock.set(fromAlmaty('2026-03-02 11:00'))
    await pauseCase(deps, {
      caseId: id,
      expectedVersion: c.version,
      actor: executor,
      reason: 'Күтілуде',
    })
    await expect(
      completeStep(deps, {
        caseId: id,
        expectedVersion: c.version + 1,
        outcome: 'complete',
        actor: executor,
      }),
    ).rejects.toThrow(/paused/)
    t.clock.set(fromAlmaty('2026-03-03 11:00'))
    await resumeCase(deps, { caseId: id, expectedVersion: c.version + 1, actor: executor })
    const after = (await getCase(deps, id))!
    // Zhambyl works 09:00–19:00 with lunch 13:00–15:00: the pause held 8 working hours, a day.
    expect(toAlmaty(new Date(c.stepDueAt!))).toBe('2026-03-04 10:00')
    expect(toAlmaty(new Date(after.stepDueAt!))).toBe('2026-03-05 10:00')
    expect(toAlmaty(new Date(after.dueAt))).toBe('2026-03-30 10:00')
    const audit = await listAuditEntries(t.db.kysely, 'case', id)
    expect(audit.map((a) => a.action)).toContain('case_resumed')
  })

  it('runDeemedIssued() ends a Zhambyl case past its 15 working days, once, and keeps the hand-off', async () => {
    t.clock.set('2026-03-02T05:00:00Z')
    const id = await openCase(t, 'zhambyl-grain-license', 'issue')
    const other = await openCase(t, 'zhambyl-grain-license', 'issue')
    const aktobe = await openCase(t, 'aktobe-grain-license', 'issue')
    const deps = reviewDeps(t)
    t.clock.set(fromAlmaty('2026-03-27 09:59'))
    expect(await runDeemedIssued(deps)).toBe(0)
    t.clock.set(fromAlmaty('2026-03-27 10:01'))
    const runs = await Promise.all([runDeemedIssued(deps), runDeemedIssued(reviewDeps(t))])
    const ended = await t.db.kysely.selectFrom('review_transitions').select('case_id')
      .where('outcome', '=', 'deemed_issued').execute()
    // Earlier Zhambyl cases of this file are past due too; each case ends once, by one run.
    expect(runs.reduce((a, b) => a + b, 0)).toBe(ended.length)
    expect(new Set(ended.map((r) => r.case_id)).size).toBe(ended.length)
    for (const caseId of [id, other]) {
      const c = (await getCase(deps, caseId))!
      expect([c.state, c.status]).toEqual(['ended', 'deemed_issued'])
      const rows = await t.db.kysely.selectFrom('review_transitions').selectAll().where(
        'case_id',
        '=',
        caseId,
      ).execute()
      expect(rows.map((r) => r.outcome)).toEqual(['deemed_issued'])
      const audit = await listAuditEntries(t.db.kysely, 'case', caseId)
      const deemed = audit.filter((a) => a.action === 'case_deemed_issued')
      expect(deemed).toHaveLength(1)
      expect(JSON.parse(deemed[0]!.details)).toMatchObject({
        reason: 'no_decision_by_deadline',
        source: '004 L4049-4051',
      })
      const handoffs = await t.db.kysely.selectFrom('review_handoffs').selectAll().where(
        'case_id',
        '=',
        caseId,
      ).execute()
      expect(handoffs.map((h) => [h.kind, h.delivered_at])).toEqual([['deemed_issued', null]])
    }
    expect((await getCase(deps, aktobe))!.state).toBe('active')
    const delivered: string[] = []
    const wired = reviewDeps(t, {
      onDeemedIssued: (h) => {
        delivered.push(h.caseId)
        return Promise.resolve()
      },
    })
    expect(await runDeemedIssued(wired)).toBe(0)
    const { deliverPending } = await import('./index.ts')
    await Promise.all([deliverPending(wired), deliverPending(wired)])
    expect(delivered.filter((d) => d === id || d === other).sort()).toEqual([id, other].sort())
  })

  it("runDeadlineAlerts() notifies the step's role and the heads once when nearing, once when breached", async () => {
    t.clock.set('2026-03-02T05:00:00Z')
    const id = await openCase(t, 'zhambyl-pesticide-sale-license', 'issue')
    const deps = reviewDeps(t)
    const office = await actorFor(t, ZHAMBYL, 'office_specialist')
    const head = await actorFor(t, ZHAMBYL, 'head')
    const forCase = async (a: typeof office) =>
      (await listNotifications(deps, a)).filter((n) => n.caseId === id)
    t.clock.set(fromAlmaty('2026-03-02 10:20'))
    await runDeadlineAlerts(deps)
    expect(await forCase(office)).toEqual([])
    t.clock.set(fromAlmaty('2026-03-02 10:24'))
    await Promise.all([runDeadlineAlerts(deps), runDeadlineAlerts(reviewDeps(t))])
    await runDeadlineAlerts(deps)
    expect((await forCase(office)).map((n) => [n.kind, n.clock])).toEqual([['nearing', 'step']])
    expect((await forCase(head)).map((n) => n.kind)).toEqual(['nearing'])
    t.clock.set(fromAlmaty('2026-03-02 10:31'))
    await runDeadlineAlerts(deps)
    expect((await forCase(office)).map((n) => n.kind)).toEqual(['breached', 'nearing'])
    expect(await forCase(await actorFor(t, ZHAMBYL, 'executor'))).toEqual([])
  })
})
