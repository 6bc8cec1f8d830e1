import { describe, expect, it } from 'vitest'
import { MAX_MONTHS, monthlyTrend, monthOf, monthRange } from './trend.ts'

describe('monthRange()', () => {
  it('lists every month of the period across a year end', () => {
    expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
    expect(monthRange('2026-03', '2026-03')).toEqual(['2026-03'])
  })

  it('rejects a malformed month, a reversed period and an absurdly long one', () => {
    expect(() => monthRange('2026-13', '2026-12')).toThrow('Invalid month "2026-13"')
    expect(() => monthRange('2026-1', '2026-12')).toThrow('expected YYYY-MM')
    expect(() => monthRange('2026-05', '2026-04')).toThrow('"2026-04" is before "2026-05"')
    expect(monthRange('2000-01', '2049-12')).toHaveLength(MAX_MONTHS)
    expect(() => monthRange('2000-01', '2050-01')).toThrow(`more than ${MAX_MONTHS} months`)
  })
})

describe('monthOf()', () => {
  it('takes the Almaty calendar month, UTC+5', () => {
    expect(monthOf(new Date('2026-01-31T18:59:59Z'))).toBe('2026-01')
    expect(monthOf(new Date('2026-01-31T19:00:00Z'))).toBe('2026-02')
  })
})

describe('monthlyTrend()', () => {
  it('fills months without answers, sums repeated months and leaves out others', () => {
    const trend = monthlyTrend(
      [
        { month: '2026-01', counts: { q1: [1, 2, 20], q2: [0, 0, 1] } },
        { month: '2026-03', counts: { q1: [0, 0, 5], q2: [0, 0, 0] } },
        { month: '2026-01', counts: { q1: [5, 7, 25], q2: [0, 1, 0] } },
        { month: '2025-12', counts: { q1: [100, 0, 0], q2: [0, 0, 0] } },
      ],
      { from: '2026-01', to: '2026-03' },
    )
    expect(trend.map((p) => p.month)).toEqual(['2026-01', '2026-02', '2026-03'])
    // January: 6 + 9 + 45 = 60, satisfied 45 of 60 → 0.75 [0.627679, 0.842235].
    expect(trend[0]!.counts.q1).toEqual([6, 9, 45])
    expect(trend[0]!.q1.satisfied.share).toBe(0.75)
    expect(trend[0]!.q1.satisfied.interval.low).toBeCloseTo(0.627679, 6)
    expect(trend[0]!.q2.n).toBe(2)
    expect(trend[1]!.q1.n).toBe(0)
    expect(trend[1]!.q1.satisfied.share).toBeNull()
    expect(trend[2]!.q1.satisfied.share).toBe(1)
  })

  it('rejects a row whose month is malformed', () => {
    expect(() =>
      monthlyTrend([{ month: '2026-1', counts: { q1: [0, 0, 1], q2: [0, 0, 1] } }], {
        from: '2026-01',
        to: '2026-02',
      })
    ).toThrow('Invalid month "2026-1"')
  })
})
