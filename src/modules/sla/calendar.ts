/**
 * The working-day calendar of one provider: which local dates are working days and which hours
 * of them count. Built once from the administrator's calendar table and the provider's office
 * hours, then shared read-only by every deadline computation.
 */
import { assertInstant, dayToIso, isoToDay, localDayOf, MINUTE_MS, weekdayOf } from './time.ts'

/** Office hours of a provider in local time, `'HH:MM'`; `lunch` is a break inside them. */
export interface WorkingHours {
  readonly start: string
  readonly end: string
  readonly lunch: readonly [string, string] | null
}

/** What {@link createCalendar} is built from. Dates are ISO `'YYYY-MM-DD'` in local time. */
export interface CalendarInput {
  /** Days off even on a weekday: holidays, their moved days and decreed transfers. */
  readonly holidays?: readonly string[]
  /** Working days even on a weekend: Saturdays made working by a decreed transfer. */
  readonly workingDays?: readonly string[]
  readonly hours: WorkingHours
}

/** A working period of a day: [from, to) in milliseconds after local midnight. */
export type Period = readonly [from: number, to: number]

const hhmmPattern = /^([01]\d|2[0-3]):([0-5]\d)$/

/** An immutable working-day calendar; only {@link createCalendar} makes one. */
class Calendar {
  /** Days off on weekdays, sorted, without duplicates. */
  readonly holidays: readonly string[]
  /** Working weekend days, sorted, without duplicates. */
  readonly workingDays: readonly string[]
  /** The office hours, as given. */
  readonly hours: WorkingHours
  readonly #off: ReadonlySet<number>
  readonly #on: ReadonlySet<number>
  readonly #periods: readonly Period[]

  constructor(input: CalendarInput) {
    this.#periods = parseHours(input.hours)
    this.#off = parseDates(input.holidays ?? [])
    this.#on = parseDates(input.workingDays ?? [])
    for (const day of this.#off) {
      if (this.#on.has(day)) {
        throw new RangeError(
          `Invalid calendar: "${dayToIso(day)}" is both a holiday and a working day`,
        )
      }
    }
    this.holidays = sortedIsoDates(this.#off)
    this.workingDays = sortedIsoDates(this.#on)
    const { start, end, lunch } = input.hours
    const frozenLunch = lunch ? Object.freeze([lunch[0], lunch[1]] as const) : null
    this.hours = Object.freeze({ start, end, lunch: frozenLunch })
    Object.freeze(this)
  }

  /** @internal Whether a local day number is a working day. */
  isWorkingDayNumber(day: number): boolean {
    if (this.#off.has(day)) return false
    if (this.#on.has(day)) return true
    const weekday = weekdayOf(day)
    return weekday !== 0 && weekday !== 6
  }

  /** @internal The working periods of every working day, in order. */
  get periods(): readonly Period[] {
    return this.#periods
  }
}

export type { Calendar }

/**
 * Builds an immutable calendar. Monday–Friday are working days except `holidays`; Saturday and
 * Sunday are days off except `workingDays`. Throws a `RangeError` naming the bad value for a date
 * that is not an existing `YYYY-MM-DD`, a date in both lists, a time that is not `HH:MM`, an end
 * not after the start, or a lunch break that does not lie strictly inside the hours.
 */
export function createCalendar(input: CalendarInput): Calendar {
  return new Calendar(input)
}

/** Whether the local (UTC+5) date of `date`, or the ISO date itself, is a working day. */
export function isWorkingDay(date: Date | string, calendar: Calendar): boolean {
  if (typeof date === 'string') return calendar.isWorkingDayNumber(isoToDay(date))
  assertInstant(date, 'date')
  return calendar.isWorkingDayNumber(localDayOf(date.getTime()))
}

function parseDates(dates: readonly string[]): ReadonlySet<number> {
  if (!Array.isArray(dates)) throw new RangeError('Invalid calendar: expected arrays of ISO dates')
  return new Set(dates.map(isoToDay))
}

function sortedIsoDates(days: ReadonlySet<number>): readonly string[] {
  return Object.freeze([...days].sort((a, b) => a - b).map(dayToIso))
}

function parseHours(hours: WorkingHours): readonly Period[] {
  const start = parseHhmm(hours?.start, 'start')
  const end = parseHhmm(hours?.end, 'end')
  if (end <= start) {
    throw new RangeError(
      `Invalid working hours: end "${hours.end}" is not after start "${hours.start}"`,
    )
  }
  if (hours.lunch == null) return Object.freeze([Object.freeze([start, end] as const)])
  const from = parseHhmm(hours.lunch[0], 'lunch start')
  const to = parseHhmm(hours.lunch[1], 'lunch end')
  if (!(start < from && from < to && to < end)) {
    throw new RangeError(
      `Invalid working hours: lunch "${hours.lunch[0]}–${hours.lunch[1]}" must start after ` +
        `"${hours.start}", end after it starts and end before "${hours.end}"`,
    )
  }
  return Object.freeze([Object.freeze([start, from] as const), Object.freeze([to, end] as const)])
}

function parseHhmm(text: string | undefined, name: string): number {
  const match = typeof text === 'string' ? hhmmPattern.exec(text) : null
  if (!match) {
    throw new RangeError(`Invalid working hours ${name} "${String(text)}": expected HH:MM`)
  }
  return (Number(match[1]) * 60 + Number(match[2])) * MINUTE_MS
}
