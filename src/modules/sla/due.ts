/**
 * Deadlines from time norms: the regulations give every step a maximum duration in minutes,
 * hours, working days or (calendar) days, and the overall term is the chain of the steps.
 */
import type { Calendar } from './calendar.ts'
import { assertInstant, DAY_MS, dayStartMs, localDayOf, MINUTE_MS } from './time.ts'
import { addWorkingMs, nextWorkingMs } from './working-time.ts'

/** The unit of a time norm (*жұмыс күні* = workingDay, *күн* / *күнтізбелік күн* = calendarDay). */
export type NormUnit = 'minute' | 'hour' | 'workingDay' | 'calendarDay'

/** A maximum duration from a regulation, e.g. `{ amount: 2, unit: 'workingDay' }`. */
export interface Norm {
  readonly amount: number
  readonly unit: NormUnit
  /** "The day of document acceptance is not counted" (workingDay norms only). */
  readonly excludeAcceptanceDay?: boolean
}

/** Options of {@link dueAt}; they override the same fields of the norm. */
export interface DueOptions {
  readonly excludeAcceptanceDay?: boolean
}

const units: readonly NormUnit[] = ['minute', 'hour', 'workingDay', 'calendarDay']

/**
 * The deadline of a norm started at `start`, in the calendar's working time (UTC+5):
 * - `minute`, `hour`: that much working time, counted from the next working instant and only
 *   inside office hours on working days (Fri 18:20 + 1 h with hours to 18:30 is Mon 09:50).
 * - `workingDay`: from the next working instant, the same local time of day N working days later
 *   (Mon 10:00 + 2 is Wed 10:00; Sat 11:00 + 1 is Tue 09:00).
 * - `workingDay` with `excludeAcceptanceDay`: the end of office hours of the Nth working day
 *   after the local date of `start`, whatever the hour (Mon 10:00 + 4 is Fri 18:30; accepted on
 *   a Saturday, Monday is day 1). N must be at least 1.
 * - `calendarDay`: `start` + N × 24 h; if that local date is not a working day, the same time
 *   of day on the next working day (a term ending on a day off ends on the next working day).
 * Amounts are ≥ 0, and whole numbers for day units. Throws a `RangeError` otherwise.
 */
export function dueAt(start: Date, norm: Norm, calendar: Calendar, options?: DueOptions): Date {
  assertInstant(start, 'start')
  const exclude = options?.excludeAcceptanceDay ?? norm?.excludeAcceptanceDay ?? false
  assertNorm(norm, exclude)
  const ms = start.getTime()
  switch (norm.unit) {
    case 'minute':
      return new Date(addWorkingMs(ms, Math.round(norm.amount * MINUTE_MS), calendar))
    case 'hour':
      return new Date(addWorkingMs(ms, Math.round(norm.amount * 60 * MINUTE_MS), calendar))
    case 'workingDay':
      return new Date(
        exclude
          ? endOfNthWorkingDay(ms, norm.amount, calendar)
          : sameTimeLater(ms, norm.amount, calendar),
      )
    case 'calendarDay':
      return new Date(calendarDaysLater(ms, norm.amount, calendar))
  }
}

/**
 * The deadline of a chain of norms: each norm starts when the previous one is due, as the
 * overall term of a route is the sum of its step norms. `start` itself for an empty chain.
 */
export function sumNorms(start: Date, norms: readonly Norm[], calendar: Calendar): Date {
  assertInstant(start, 'start')
  return norms.reduce((due, norm) => dueAt(due, norm, calendar), new Date(start))
}

function assertNorm(norm: Norm, exclude: boolean): void {
  if (!units.includes(norm?.unit)) {
    throw new RangeError(`Invalid norm unit "${String(norm?.unit)}": expected ${units.join(', ')}`)
  }
  const { amount, unit } = norm
  const whole = unit === 'workingDay' || unit === 'calendarDay'
  if (!Number.isFinite(amount) || amount < 0 || (whole && !Number.isInteger(amount))) {
    throw new RangeError(
      `Invalid norm amount ${amount} for unit "${unit}": expected a ${
        whole ? 'whole ' : ''
      }number ≥ 0`,
    )
  }
  if (exclude && (unit !== 'workingDay' || amount < 1)) {
    throw new RangeError(
      `Cannot exclude the acceptance day from ${amount} ${unit}: only a workingDay norm of at least 1 allows it`,
    )
  }
}

function sameTimeLater(ms: number, days: number, calendar: Calendar): number {
  const from = nextWorkingMs(ms, calendar)
  const day = localDayOf(from)
  return dayStartMs(nthWorkingDayAfter(day, days, calendar)) + (from - dayStartMs(day))
}

function endOfNthWorkingDay(ms: number, days: number, calendar: Calendar): number {
  const day = nthWorkingDayAfter(localDayOf(ms), days, calendar)
  const last = calendar.periods[calendar.periods.length - 1] as readonly [number, number]
  return dayStartMs(day) + last[1]
}

function calendarDaysLater(ms: number, days: number, calendar: Calendar): number {
  const end = ms + days * DAY_MS
  const day = localDayOf(end)
  if (calendar.isWorkingDayNumber(day)) return end
  return dayStartMs(nthWorkingDayAfter(day, 1, calendar)) + (end - dayStartMs(day))
}

/** The local day that is the `n`th working day after `day` (`day` itself when n is 0). */
function nthWorkingDayAfter(day: number, n: number, calendar: Calendar): number {
  let current = day
  for (let left = n; left > 0;) {
    current += 1
    if (calendar.isWorkingDayNumber(current)) left -= 1
  }
  return current
}
