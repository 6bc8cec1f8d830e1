import { describe, expect, it } from 'vitest'
import {
  countAnswers,
  emptySurveyCounts,
  indicatorOfQuestion,
  mergeDeadlineCounts,
  mergeSurveyCounts,
  sharesByKey,
  shareWithInterval,
  surveyIndicators,
  timeliness,
  timelinessByKey,
  wilsonInterval,
  Z95,
} from './indicators.ts'

// Hand computation, z = 1.959964, z² = 3.8414589, to seven decimals:
//   centre = (x + z²/2) / (n + z²),  half = z / (n + z²) · √(x(n − x)/n + z²/4)
// 45 of 60: centre = 46.9207295 / 63.8414589 = 0.7349570; 45 · 15 / 60 = 11.25, + 0.9603647
//   = 12.2103647, √ = 3.4943332, · (1.959964 / 63.8414589 = 0.0307005) = 0.1072777
//   → [0.6276793, 0.8422348]. The ends sit either side of the centre 0.7349570, not of 0.75:
//   a low end of 0.6283 (as once quoted) would be a slip.
// 0 of 10: centre = 1.9207295 / 13.8414589 = 0.1387664 = half → [0, 0.2775328].
// 1 of 10: centre = 0.2110131; 0.9 + 0.9603647 = 1.8603647, √ = 1.3639519, · 0.1416010
//   = 0.1931369 → [0.0178762, 0.4041500].
// 9 of 60: centre = 0.1710601; 7.65 + 0.9603647 = 8.6103647, √ = 2.9343423, · 0.0307005
//   = 0.0900857 → [0.0809744, 0.2611459].
// Published figures (Newcombe 1998, Stat Med 17:857, table I, Wilson without correction):
//   81/263 → 0.2553–0.3662, 15/148 → 0.0624–0.1605, 0/20 → 0–0.1611, 1/29 → 0.0061–0.1718.
const hand: Array<[number, number, number, number]> = [
  [45, 60, 0.627679, 0.842235],
  [0, 10, 0, 0.277533],
  [10, 10, 0.722467, 1],
  [1, 10, 0.017876, 0.404150],
  [9, 60, 0.080974, 0.261146],
  [50, 100, 0.403832, 0.596168],
  [1, 1, 0.206549, 1],
  [0, 1, 0, 0.793451],
]
const newcombe: Array<[number, number, number, number]> = [
  [81, 263, 0.2553, 0.3662],
  [15, 148, 0.0624, 0.1605],
  [0, 20, 0, 0.1611],
  [1, 29, 0.0061, 0.1718],
]

// Second formula: the Wilson bounds are the roots p of (p̂ − p)² = z² p (1 − p) / n, i.e.
// (1 + z²/n) p² − (2p̂ + z²/n) p + p̂² = 0.
function quadraticRoots(x: number, n: number): [number, number] {
  const p = x / n
  const k = (Z95 * Z95) / n
  const a = 1 + k
  const b = -(2 * p + k)
  const disc = Math.sqrt(b * b - 4 * a * p * p)
  return [(-b - disc) / (2 * a), (-b + disc) / (2 * a)]
}

describe('wilsonInterval()', () => {
  it('matches the hand-computed intervals to six decimals', () => {
    for (const [x, n, low, high] of hand) {
      const got = wilsonInterval(x, n)
      expect(got.low, `${x}/${n} low`).toBeCloseTo(low, 6)
      expect(got.high, `${x}/${n} high`).toBeCloseTo(high, 6)
    }
  })

  it('matches the figures published by Newcombe (1998) to four decimals', () => {
    for (const [x, n, low, high] of newcombe) {
      const got = wilsonInterval(x, n)
      expect(got.low, `${x}/${n}`).toBeCloseTo(low, 4)
      expect(got.high, `${x}/${n}`).toBeCloseTo(high, 4)
    }
  })

  it('agrees with the roots of the score-test quadratic for every count up to n = 40', () => {
    for (let n = 1; n <= 40; n++) {
      for (let x = 0; x <= n; x++) {
        const [low, high] = quadraticRoots(x, n)
        const got = wilsonInterval(x, n)
        expect(got.low, `${x}/${n}`).toBeCloseTo(Math.max(0, low), 12)
        expect(got.high, `${x}/${n}`).toBeCloseTo(Math.min(1, high), 12)
      }
    }
  })

  it('is exactly 0 at no successes and exactly 1 at all successes, and holds the share', () => {
    for (const n of [1, 2, 3, 7, 60, 1_000_003]) {
      expect(wilsonInterval(0, n).low).toBe(0)
      expect(wilsonInterval(n, n).high).toBe(1)
      for (const x of [0, 1, Math.floor(n / 2), n]) {
        const { low, high } = wilsonInterval(x, n)
        expect(low).toBeLessThanOrEqual(x / n)
        expect(high).toBeGreaterThanOrEqual(x / n)
      }
    }
  })

  it('is symmetric: x of n mirrors n − x of n', () => {
    const a = wilsonInterval(13, 41)
    const b = wilsonInterval(28, 41)
    expect(a.low).toBeCloseTo(1 - b.high, 12)
    expect(a.high).toBeCloseTo(1 - b.low, 12)
  })

  it('narrows as n grows at the same share', () => {
    const width = (x: number, n: number) => {
      const i = wilsonInterval(x, n)
      return i.high - i.low
    }
    expect(width(3, 4)).toBeGreaterThan(width(30, 40))
    expect(width(30, 40)).toBeGreaterThan(width(3000, 4000))
    // 3000 of 4000: half-width ≈ z · √(0.75 · 0.25 / 4000) = 1.959964 · 0.0068465 = 0.0134189.
    expect(width(3000, 4000) / 2).toBeCloseTo(0.013418, 4)
  })

  it('returns the whole range [0, 1] when there are no answers', () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 })
  })

  it('takes another z: 90 % (z = 1.644854) for 45 of 60 gives [0.6486, 0.8298]', () => {
    // z² = 2.7055447; centre = 46.3527724 / 62.7055447 = 0.7392133;
    // half = 0.0262314 · √(11.25 + 0.6763862) = 0.0262314 · 3.4534600 = 0.0905891.
    const { low, high } = wilsonInterval(45, 60, 1.644854)
    expect(low).toBeCloseTo(0.648624, 6)
    expect(high).toBeCloseTo(0.829802, 6)
  })

  it('rejects counts that are negative, fractional, not finite or above n, and a bad z', () => {
    expect(() => wilsonInterval(-1, 10)).toThrow('Invalid count successes -1')
    expect(() => wilsonInterval(1.5, 10)).toThrow(RangeError)
    expect(() => wilsonInterval(1, Number.NaN)).toThrow('Invalid count n NaN')
    expect(() => wilsonInterval(11, 10)).toThrow('successes 11 exceed n 10')
    expect(() => wilsonInterval(1, 10, 0)).toThrow('Invalid z 0')
    expect(() => wilsonInterval(1, 10, Number.POSITIVE_INFINITY)).toThrow(RangeError)
  })
})

describe('shareWithInterval()', () => {
  it('gives the count, the share and its interval', () => {
    const s = shareWithInterval(45, 60)
    expect(s.count).toBe(45)
    expect(s.share).toBe(0.75)
    expect(s.interval.low).toBeCloseTo(0.627679, 6)
  })

  it('has a null share and the whole range when the total is 0', () => {
    expect(shareWithInterval(0, 0)).toEqual({
      count: 0,
      share: null,
      interval: { low: 0, high: 1 },
    })
  })
})

describe('surveyIndicators()', () => {
  it('computes both questions from counts in the order not, partly, satisfied', () => {
    // q1: 6 + 9 + 45 = 60 answers; q2: 0 + 0 + 0.
    const result = surveyIndicators({ q1: [6, 9, 45], q2: [0, 0, 0] })
    expect(result.q1.n).toBe(60)
    expect(result.q1.satisfied.share).toBe(0.75)
    expect(result.q1.partly.share).toBe(0.15)
    expect(result.q1.notSatisfied.share).toBe(0.1)
    expect(result.q1.satisfied.interval.low).toBeCloseTo(0.627679, 6)
    expect(result.q1.partly.interval.high).toBeCloseTo(0.261146, 6)
    // 6 of 60: centre = 7.9207295 / 63.8414589 = 0.1240687, half = 0.0307005 · √(5.4 +
    // 0.9603647) = 0.0307005 · 2.5219764 = 0.0774259 → [0.0466428, 0.2014946].
    expect(result.q1.notSatisfied.interval.low).toBeCloseTo(0.046643, 6)
    expect(result.q1.notSatisfied.interval.high).toBeCloseTo(0.201495, 6)
    expect(result.q2.n).toBe(0)
    expect(result.q2.satisfied).toEqual({ count: 0, share: null, interval: { low: 0, high: 1 } })
  })

  it('has shares that add up to 1 for a real total', () => {
    const { q2 } = surveyIndicators({ q1: [1, 1, 1], q2: [7, 11, 23] })
    expect(q2.n).toBe(41)
    expect(q2.notSatisfied.share! + q2.partly.share! + q2.satisfied.share!).toBeCloseTo(1, 12)
  })

  it('rejects a negative or fractional count', () => {
    expect(() => surveyIndicators({ q1: [1, -2, 3], q2: [0, 0, 0] })).toThrow('answer 2 -2')
    expect(() => surveyIndicators({ q1: [1, 2, 3], q2: [0.5, 0, 0] })).toThrow(RangeError)
  })

  it('maps question 1 to quality and question 2 to accessibility', () => {
    expect(indicatorOfQuestion).toEqual({ q1: 'quality', q2: 'accessibility' })
  })
})

describe('countAnswers() and mergeSurveyCounts()', () => {
  it('counts answers 1, 2, 3 into not, partly, satisfied per question', () => {
    const counts = countAnswers([
      { q1: 3, q2: 3 },
      { q1: 3, q2: 2 },
      { q1: 1, q2: 3 },
      { q1: 2, q2: 3 },
    ])
    expect(counts).toEqual({ q1: [1, 1, 2], q2: [0, 1, 3] })
    expect(countAnswers([])).toEqual(emptySurveyCounts())
  })

  it('rejects an answer outside 1–3', () => {
    expect(() => countAnswers([{ q1: 4 as 1, q2: 3 }])).toThrow('Invalid answer 4')
  })

  it('adds counts of several months or providers', () => {
    const merged = mergeSurveyCounts([
      { q1: [1, 2, 3], q2: [4, 5, 6] },
      { q1: [10, 0, 30], q2: [0, 0, 1] },
    ])
    expect(merged).toEqual({ q1: [11, 2, 33], q2: [4, 5, 7] })
    expect(mergeSurveyCounts([])).toEqual({ q1: [0, 0, 0], q2: [0, 0, 0] })
  })
})

describe('timeliness()', () => {
  it('gives the share decided within the deadline with its interval', () => {
    // 45 on time of 60: the same interval as 45 satisfied of 60.
    const t = timeliness({ onTime: 45, late: 15 })
    expect(t.n).toBe(60)
    expect(t.onTime.share).toBe(0.75)
    expect(t.onTime.interval.high).toBeCloseTo(0.842235, 6)
    expect(t.late.share).toBe(0.25)
    expect(t.late.interval.low).toBeCloseTo(1 - 0.842235, 6)
  })

  it('handles none, all and no cases', () => {
    expect(timeliness({ onTime: 0, late: 10 }).onTime.interval).toEqual({
      low: 0,
      high: expect.closeTo(0.277533, 6),
    })
    expect(timeliness({ onTime: 10, late: 0 }).onTime.share).toBe(1)
    expect(timeliness({ onTime: 0, late: 0 }).onTime.share).toBeNull()
    expect(() => timeliness({ onTime: -1, late: 0 })).toThrow('Invalid count onTime -1')
  })

  it('works per step and merges steps or months', () => {
    const steps = timelinessByKey({
      registration: { onTime: 9, late: 1 },
      review: { onTime: 1, late: 9 },
    })
    expect(steps.registration.onTime.share).toBe(0.9)
    expect(steps.review.onTime.interval.high).toBeCloseTo(0.404150, 6)
    expect(mergeDeadlineCounts([{ onTime: 9, late: 1 }, { onTime: 1, late: 9 }])).toEqual({
      onTime: 10,
      late: 10,
    })
  })
})

describe('sharesByKey()', () => {
  it('gives each ground its share of all refusals', () => {
    // 15 + 81 + 167 = 263 refusals; 81 of 263 is Newcombe's example.
    const r = sharesByKey({ documents: 15, requirements: 81, other: 167 })
    expect(r.n).toBe(263)
    expect(r.shares.requirements.share).toBeCloseTo(0.307985, 6)
    expect(r.shares.requirements.interval.low).toBeCloseTo(0.2553, 4)
    expect(r.shares.documents.count).toBe(15)
  })

  it('has null shares when there is nothing to count, and rejects a bad count', () => {
    expect(sharesByKey({ a: 0 }).shares.a.share).toBeNull()
    expect(sharesByKey({}).n).toBe(0)
    expect(() => sharesByKey({ a: 1, b: -1 })).toThrow('Invalid count b -1')
  })
})
