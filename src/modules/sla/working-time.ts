/**
 * Working time: instants inside a calendar's office hours on its working days. Periods are
 * half-open, [09:00, 13:00) and [14:30, 18:30) by default, so 13:00 and 18:30 themselves are not
 * working instants while 09:00 and 14:30 are.
 */
import type { Calendar } from './calendar.ts'
import { assertInstant, dayStartMs, localDayOf, MINUTE_MS } from './time.ts'

/**
 * `date` itself if it lies in working time, otherwise the start of the next working period:
 * after lunch, the next morning, or the morning of the next working day.
 */
export function nextWorkingInstant(date: Date, calendar: Calendar): Date {
  assertInstant(date, 'date')
  return new Date(nextWorkingMs(date.getTime(), calendar))
}

/**
 * Working minutes in [a, b): only the parts of working periods on working days count. Negative
 * (minus the working minutes in [b, a)) when `b` is before `a`, so an overdue case measures how
 * far it is past its deadline. Fractional when the instants carry seconds.
 */
export function workingMinutesBetween(a: Date, b: Date, calendar: Calendar): number {
  assertInstant(a, 'a')
  assertInstant(b, 'b')
  return workingMsBetween(a.getTime(), b.getTime(), calendar) / MINUTE_MS
}

/**
 * The instant at which `minutes` working minutes have passed since `start`. Counting begins at
 * the next working instant (12:50 + 30 min with lunch 13:00–14:30 is 14:50), and a count that
 * ends exactly at the end of a period stays there (09:00 + 4 h is 13:00, not 14:30).
 */
export function addWorkingMinutes(start: Date, minutes: number, calendar: Calendar): Date {
  assertInstant(start, 'start')
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`Invalid working minutes ${minutes}: expected a finite number ≥ 0`)
  }
  return new Date(addWorkingMs(start.getTime(), Math.round(minutes * MINUTE_MS), calendar))
}

/** `nextWorkingInstant` on epoch milliseconds. */
export function nextWorkingMs(ms: number, calendar: Calendar): number {
  let day = localDayOf(ms)
  let offset = ms - dayStartMs(day)
  // Terminates: holidays are a finite list, so some later weekday is always a working day.
  for (;;) {
    if (calendar.isWorkingDayNumber(day)) {
      for (const [from, to] of calendar.periods) {
        if (offset < to) return dayStartMs(day) + Math.max(offset, from)
      }
    }
    day += 1
    offset = 0
  }
}

/** `addWorkingMinutes` on epoch milliseconds. */
export function addWorkingMs(ms: number, amount: number, calendar: Calendar): number {
  let cursor = nextWorkingMs(ms, calendar)
  let left = amount
  for (;;) {
    const end = periodEndMs(cursor, calendar)
    if (left <= end - cursor) return cursor + left
    left -= end - cursor
    cursor = nextWorkingMs(end, calendar)
  }
}

/** `workingMinutesBetween` on epoch milliseconds. */
export function workingMsBetween(a: number, b: number, calendar: Calendar): number {
  if (b < a) return -workingMsBetween(b, a, calendar)
  let total = 0
  for (let day = localDayOf(a); day <= localDayOf(b); day++) {
    if (!calendar.isWorkingDayNumber(day)) continue
    const midnight = dayStartMs(day)
    for (const [from, to] of calendar.periods) {
      total += Math.max(0, Math.min(b, midnight + to) - Math.max(a, midnight + from))
    }
  }
  return total
}

/** The end of the working period holding the working instant `ms`. */
function periodEndMs(ms: number, calendar: Calendar): number {
  const midnight = dayStartMs(localDayOf(ms))
  const period = calendar.periods.find(([, to]) => ms < midnight + to)
  // nextWorkingMs only returns instants inside a period, so one always matches.
  return midnight + (period as readonly [number, number])[1]
}
