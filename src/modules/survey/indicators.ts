/**
 * The quality team's indicators as pure arithmetic over counts: shares of the three survey
 * answers per question, shares of cases decided on time, each with a 95 % Wilson interval.
 * The database aggregation produces the counts; nothing here reads or formats anything.
 */

/** The 95 % two-sided normal quantile, to the precision survey reports quote. */
export const Z95 = 1.959964

/** A confidence interval for a proportion, both ends within [0, 1]. */
export interface Interval {
  readonly low: number
  readonly high: number
}

/** One share of a total: its count, the proportion (null when the total is 0) and its interval. */
export interface Share {
  readonly count: number
  readonly share: number | null
  readonly interval: Interval
}

/**
 * Wilson score interval for `successes` out of `n` (Wilson 1927; Newcombe 1998, method 3).
 * Unlike the Wald interval it stays inside [0, 1] and is not empty at 0 or n, which matters for
 * one district's monthly figures of a handful of answers. With n = 0 it returns the whole
 * range [0, 1]: that is the formula's limit as n → 0 and says honestly that nothing is known,
 * so a caller can draw it without a special case (the share itself is null, see shareWithInterval()).
 * Counts that are not whole, negative or above n are a bug upstream and throw a RangeError.
 */
export function wilsonInterval(successes: number, n: number, z: number = Z95): Interval {
  assertCount(n, 'n')
  assertCount(successes, 'successes')
  if (successes > n) throw new RangeError(`Invalid count: successes ${successes} exceed n ${n}`)
  if (!(z > 0 && Number.isFinite(z))) throw new RangeError(`Invalid z ${z}: expected z > 0`)
  if (n === 0) return { low: 0, high: 1 }
  const z2 = z * z
  const centre = (successes + z2 / 2) / (n + z2)
  const half = (z / (n + z2)) * Math.sqrt((successes * (n - successes)) / n + z2 / 4)
  // At 0 and n the exact bound is 0 or 1; subtraction would leave a rounding crumb.
  return {
    low: successes === 0 ? 0 : Math.max(0, centre - half),
    high: successes === n ? 1 : Math.min(1, centre + half),
  }
}

/** The share `count / total` with its Wilson interval; share is null when total is 0. */
export function shareWithInterval(count: number, total: number, z: number = Z95): Share {
  return {
    count,
    share: total === 0 ? null : count / total,
    interval: wilsonInterval(count, total, z),
  }
}

/** Each key's count as a share of all of them (refusals by ground, answers by channel). */
export function sharesByKey<K extends string>(
  counts: Readonly<Record<K, number>>,
): { readonly n: number; readonly shares: Readonly<Record<K, Share>> } {
  const entries = Object.entries(counts) as Array<[K, number]>
  for (const [key, count] of entries) assertCount(count, key)
  const n = entries.reduce((sum, [, count]) => sum + count, 0)
  const shares = Object.fromEntries(entries.map(([k, c]) => [k, shareWithInterval(c, n)]))
  return { n, shares: shares as Record<K, Share> }
}

/** Cases that met a deadline and cases that missed it. */
export interface DeadlineCounts {
  readonly onTime: number
  readonly late: number
}

/** Timeliness: the share of cases decided (or answered) within the deadline, with its interval. */
export function timeliness(counts: DeadlineCounts): {
  readonly n: number
  readonly onTime: Share
  readonly late: Share
} {
  assertCount(counts.onTime, 'onTime')
  assertCount(counts.late, 'late')
  const n = counts.onTime + counts.late
  return { n, onTime: shareWithInterval(counts.onTime, n), late: shareWithInterval(counts.late, n) }
}

/** Timeliness of each workflow step (or of each interested authority), keyed as given. */
export function timelinessByKey<K extends string>(
  counts: Readonly<Record<K, DeadlineCounts>>,
): Readonly<Record<K, ReturnType<typeof timeliness>>> {
  const entries = Object.entries(counts) as Array<[K, DeadlineCounts]>
  return Object.fromEntries(entries.map(([k, c]) => [k, timeliness(c)])) as Record<
    K,
    ReturnType<typeof timeliness>
  >
}

/** Adds deadline counts, for rolling steps, months or districts up into one figure. */
export function mergeDeadlineCounts(list: Iterable<DeadlineCounts>): DeadlineCounts {
  let onTime = 0
  let late = 0
  for (const c of list) {
    onTime += c.onTime
    late += c.late
  }
  return { onTime, late }
}

/** Answer counts for one question in the order of the form: not satisfied, partly, satisfied. */
export type AnswerCounts = readonly [notSatisfied: number, partly: number, satisfied: number]

/** Answer counts for the survey's two questions. */
export interface SurveyCounts {
  readonly q1: AnswerCounts
  readonly q2: AnswerCounts
}

/** An answer as the form numbers it: 1 not satisfied, 2 partly satisfied, 3 satisfied. */
export type Answer = 1 | 2 | 3

/** One question's indicator: the number of answers and the three shares with intervals. */
export interface QuestionIndicator {
  readonly n: number
  readonly notSatisfied: Share
  readonly partly: Share
  readonly satisfied: Share
}

/**
 * Which indicator each question measures. The regulations do not say (SERVICES.md §9); the
 * product owner decided: question 1 (process and result) is quality, question 2 (information
 * about the procedure) is accessibility.
 */
export const indicatorOfQuestion = { q1: 'quality', q2: 'accessibility' } as const

/** The quality (q1) and accessibility (q2) indicators from the answer counts. */
export function surveyIndicators(
  counts: SurveyCounts,
): { readonly q1: QuestionIndicator; readonly q2: QuestionIndicator } {
  return { q1: questionIndicator(counts.q1), q2: questionIndicator(counts.q2) }
}

function questionIndicator(counts: AnswerCounts): QuestionIndicator {
  counts.forEach((c, i) => assertCount(c, `answer ${i + 1}`))
  const [notSatisfied, partly, satisfied] = counts
  const n = notSatisfied + partly + satisfied
  return {
    n,
    notSatisfied: shareWithInterval(notSatisfied, n),
    partly: shareWithInterval(partly, n),
    satisfied: shareWithInterval(satisfied, n),
  }
}

/** Survey counts with no answers, the starting point of a sum. */
export function emptySurveyCounts(): SurveyCounts {
  return { q1: [0, 0, 0], q2: [0, 0, 0] }
}

/** Adds survey counts, for rolling months, providers or regions up into one figure. */
export function mergeSurveyCounts(list: Iterable<SurveyCounts>): SurveyCounts {
  let sum = emptySurveyCounts()
  for (const c of list) sum = { q1: addCounts(sum.q1, c.q1), q2: addCounts(sum.q2, c.q2) }
  return sum
}

/** Counts answered questionnaires; an answer outside 1–3 is a bug upstream and throws. */
export function countAnswers(answers: Iterable<{ q1: Answer; q2: Answer }>): SurveyCounts {
  return mergeSurveyCounts(asCounts(answers))
}

function* asCounts(answers: Iterable<{ q1: Answer; q2: Answer }>): Generator<SurveyCounts> {
  for (const a of answers) yield { q1: oneAnswer(a.q1), q2: oneAnswer(a.q2) }
}

function addCounts(a: AnswerCounts, b: AnswerCounts): AnswerCounts {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
}

function oneAnswer(answer: number): AnswerCounts {
  if (answer === 1) return [1, 0, 0]
  if (answer === 2) return [0, 1, 0]
  if (answer === 3) return [0, 0, 1]
  throw new RangeError(`Invalid answer ${answer}: expected 1, 2 or 3`)
}

function assertCount(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`Invalid count ${name} ${value}: expected a whole number ≥ 0`)
  }
}
