import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Db } from '../../db/connect.ts'
import { dialects, testDb } from '../../../test/helpers/db.ts'
import { answerRow } from './answers.ts'
import { insertAnswer } from './repo.ts'
import { buildIndicators } from './report.ts'
import type { AnswerSource } from './tables.ts'
import { answers, surveyTestDeps, type TestDeps } from './test-deps.ts'

const context = {
  regulationId: 'zhambyl-grain-license',
  regulationVersionId: 'v',
  wording: 'zhambyl-2013',
  basis: 'regulation' as const,
  providerId: 'org-zhambyl-agriculture',
  region: 'zhambyl',
  channel: 'portal',
  lang: 'ru' as const,
}

// Ten answers to hand-count: question 1 is 2 × not satisfied, 3 × partly, 5 × satisfied;
// question 2 is 1 × not satisfied, 1 × partly, 8 × satisfied. Four in February, six in March.
const TEN: Array<[string, 1 | 2 | 3, 1 | 2 | 3, AnswerSource]> = [
  ['2026-02-03', 1, 1, 'link'],
  ['2026-02-10', 1, 2, 'link'],
  ['2026-02-17', 2, 3, 'kiosk'],
  ['2026-02-28', 2, 3, 'paper'],
  ['2026-03-01', 2, 3, 'link'],
  ['2026-03-01', 3, 3, 'cabinet'],
  ['2026-03-02', 3, 3, 'link'],
  ['2026-03-02', 3, 3, 'link'],
  ['2026-03-02', 3, 3, 'kiosk'],
  ['2026-03-02', 3, 3, 'link'],
]

describe.each(dialects)('$name: buildIndicators()', ({ name }) => {
  let db: Db
  let deps: TestDeps
  beforeEach(async () => {
    db = await testDb(name)
    deps = await surveyTestDeps(db)
    for (const [day, q1, q2, source] of TEN) {
      await insertAnswer(db.kysely, answerRow({ ...context, source }, answers(q1, q2), day, false))
    }
    // Outside the period, another service, another channel: left out by the filters below.
    await insertAnswer(
      db.kysely,
      answerRow({ ...context, source: 'link' }, answers(1, 1), '2026-01-31', false),
    )
    await insertAnswer(
      db.kysely,
      answerRow(
        {
          ...context,
          source: 'link',
          regulationId: 'almaty-cotton-license',
          region: 'almaty',
          providerId: 'org-almaty-agriculture',
          channel: 'psc',
        },
        answers(1, 1),
        '2026-03-02',
        false,
      ),
    )
  })
  afterEach(() => db.close())

  const period = { from: '2026-02-01', to: '2026-03-02', regulationId: 'zhambyl-grain-license' }

  it('counts the answers and their shares with hand-computed 95 % Wilson intervals', async () => {
    const ind = await buildIndicators(deps, period)
    expect(ind.n).toBe(10)
    expect(ind.counts).toEqual({ q1: [2, 3, 5], q2: [1, 1, 8] })
    // Wilson (1927) at z = 1.959964: 5/10 → 0.2366–0.7634, 2/10 → 0.0567–0.5098,
    // 3/10 → 0.1078–0.6032, 8/10 → 0.4902–0.9433, 1/10 → 0.0179–0.4042.
    const check = (
      s: { share: number | null; interval: { low: number; high: number } },
      share: number,
      low: number,
      high: number,
    ) => {
      expect(s.share).toBeCloseTo(share, 10)
      expect(s.interval.low).toBeCloseTo(low, 4)
      expect(s.interval.high).toBeCloseTo(high, 4)
    }
    check(ind.quality.satisfied, 0.5, 0.2366, 0.7634)
    check(ind.quality.notSatisfied, 0.2, 0.0567, 0.5098)
    check(ind.quality.partly, 0.3, 0.1078, 0.6032)
    check(ind.accessibility.satisfied, 0.8, 0.4902, 0.9433)
    check(ind.accessibility.partly, 0.1, 0.0179, 0.4042)
    expect(ind.bySource).toEqual({ link: 6, cabinet: 1, kiosk: 2, paper: 1 })
  })

  it('buckets the trend by month, every month of the period present', async () => {
    const ind = await buildIndicators(deps, period)
    expect(ind.trend.map((p) => [p.month, p.counts])).toEqual([
      ['2026-02', { q1: [2, 2, 0], q2: [1, 1, 2] }],
      ['2026-03', { q1: [0, 1, 5], q2: [0, 0, 6] }],
    ])
    const empty = await buildIndicators(deps, { ...period, from: '2025-12-01' })
    expect(empty.trend.map((p) => [p.month, p.q1.n])).toEqual([['2025-12', 0], ['2026-01', 1], [
      '2026-02',
      4,
    ], ['2026-03', 6]])
    expect(empty.trend[0]!.q1.satisfied.share).toBeNull()
  })

  it('filters by channel, source, provider and region, and counts default-wording paper forms', async () => {
    const all = { from: '2026-02-01', to: '2026-03-02' }
    expect((await buildIndicators(deps, all)).n).toBe(11)
    expect((await buildIndicators(deps, { ...all, channel: 'psc' })).n).toBe(1)
    expect((await buildIndicators(deps, { ...all, source: 'kiosk' })).n).toBe(2)
    expect((await buildIndicators(deps, { ...all, providerId: 'org-almaty-agriculture' })).n).toBe(
      1,
    )
    expect((await buildIndicators(deps, { ...all, region: 'zhambyl' })).n).toBe(10)
    await insertAnswer(
      db.kysely,
      answerRow(
        { ...context, source: 'paper', basis: 'default', regulationId: 'aktobe-grain-license' },
        answers(3, 3),
        '2026-03-01',
        false,
      ),
    )
    expect((await buildIndicators(deps, all)).defaultWording).toBe(1)
  })

  it('turns the workflow statistics into shares, and leaves them out when not connected', async () => {
    expect((await buildIndicators(deps, period)).workflow).toBeNull()
    const seen: unknown[] = []
    const ind = await buildIndicators({
      ...deps,
      workflow: (f) => {
        seen.push(f)
        return Promise.resolve({
          decided: { onTime: 9, late: 1 },
          decidedByMonth: [
            { month: '2026-02', counts: { onTime: 0, late: 0 } },
            { month: '2026-03', counts: { onTime: 9, late: 1 } },
          ],
          steps: [{ key: 'register', label: null, counts: { onTime: 4, late: 0 } }],
          refusals: [{ ground: 'g1', label: { kk: 'a', ru: 'b' }, count: 2 }],
          authorities: null,
        })
      },
    }, period)
    expect(seen).toEqual([period])
    expect(ind.workflow!.decided!.onTime.share).toBeCloseTo(0.9, 10)
    // 9/10 → 0.5958–0.9821; 4/4 → 0.5101–1.
    expect(ind.workflow!.decided!.onTime.interval.low).toBeCloseTo(0.5958, 4)
    expect(ind.workflow!.steps![0]!.figures.onTime.interval.low).toBeCloseTo(0.5101, 4)
    expect(ind.workflow!.steps![0]!.figures.onTime.interval.high).toBe(1)
    expect(ind.workflow!.authorities).toBeNull()
    const [feb, march] = ind.workflow!.decidedByMonth!
    expect([feb!.month, feb!.figures.n, feb!.figures.onTime.share]).toEqual(['2026-02', 0, null])
    expect([march!.month, march!.figures.n]).toEqual(['2026-03', 10])
    expect(march!.figures.onTime.share).toBeCloseTo(0.9, 10)
  })
})
