/**
 * The monthly trend: answer counts bucketed by Almaty calendar month, every month of the period
 * present (a month without answers is a gap in the line, not a missing tick), each with its
 * indicators.
 */
import { localDate } from '../sla/index.ts'
import {
  mergeSurveyCounts,
  type QuestionIndicator,
  type SurveyCounts,
  surveyIndicators,
} from './indicators.ts'

/** A calendar month as `'YYYY-MM'`. */
export type Month = string

/** The most months one trend holds (50 years): a guard against a typo such as 2206 for 2026. */
export const MAX_MONTHS = 600

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/

/** The Almaty calendar month of an instant (Kazakhstan has one zone, UTC+5, since 2024-03-01). */
export function monthOf(instant: Date): Month {
  return localDate(instant).slice(0, 7)
}

/** Every month from `from` to `to`, both included, in order. */
export function monthRange(from: Month, to: Month): Month[] {
  const first = monthIndex(from)
  const last = monthIndex(to)
  if (last < first) throw new RangeError(`Invalid period: "${to}" is before "${from}"`)
  if (last - first >= MAX_MONTHS) {
    throw new RangeError(`Invalid period "${from}"–"${to}": more than ${MAX_MONTHS} months`)
  }
  const months: Month[] = []
  for (let i = first; i <= last; i++) {
    months.push(
      `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`,
    )
  }
  return months
}

function monthIndex(month: Month): number {
  const m = monthPattern.exec(month)
  if (!m) throw new RangeError(`Invalid month "${month}": expected YYYY-MM`)
  return Number(m[1]) * 12 + Number(m[2]) - 1
}

/** One month of the trend: its summed counts and both questions' indicators. */
export interface TrendPoint {
  readonly month: Month
  readonly counts: SurveyCounts
  readonly q1: QuestionIndicator
  readonly q2: QuestionIndicator
}

/**
 * The trend over a period. Rows may repeat a month (one per provider, region or channel, as a
 * GROUP BY returns them) and are summed; rows outside the period are left out, so one query over
 * a wider window can feed several charts.
 */
export function monthlyTrend(
  rows: Iterable<{ readonly month: Month; readonly counts: SurveyCounts }>,
  period: { readonly from: Month; readonly to: Month },
): TrendPoint[] {
  const months = monthRange(period.from, period.to)
  const byMonth = new Map<Month, SurveyCounts[]>(months.map((m) => [m, []]))
  for (const row of rows) {
    monthIndex(row.month)
    byMonth.get(row.month)?.push(row.counts)
  }
  return months.map((month) => {
    const counts = mergeSurveyCounts(byMonth.get(month) ?? [])
    return { month, counts, ...surveyIndicators(counts) }
  })
}
