/**
 * Local time in Asia/Almaty as plain arithmetic on a fixed UTC+05:00 offset.
 *
 * Kazakhstan has had one time zone, UTC+5 without daylight saving, since 2024-03-01. Before that
 * date Almaty was UTC+6, so instants before 2024-03-01 are out of scope: they are converted with
 * +05:00 as well and their local dates and times would be an hour off. A fixed offset keeps the
 * results identical on every runtime, whatever its time-zone database says.
 *
 * Inside the module a local day is an integer: days since 1970-01-01 in local time.
 */

/** The offset of Asia/Almaty from UTC. */
export const ALMATY_OFFSET_MS = 5 * 60 * 60 * 1000
/** Milliseconds in a day; every local day has exactly this many, as there is no DST. */
export const DAY_MS = 24 * 60 * 60 * 1000
/** Milliseconds in a minute. */
export const MINUTE_MS = 60 * 1000

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/
const localTimePattern = /^(\d{4}-\d{2}-\d{2})[T ]([01]\d|2[0-3]):([0-5]\d)$/

/** Throws unless `date` is a `Date` holding a real instant. */
export function assertInstant(date: Date, name: string): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new RangeError(`Invalid ${name} "${String(date)}": expected a valid Date`)
  }
}

/** The local day (days since 1970-01-01 in UTC+5) that holds the instant `ms`. */
export function localDayOf(ms: number): number {
  return Math.floor((ms + ALMATY_OFFSET_MS) / DAY_MS)
}

/** The instant (UTC milliseconds) of local midnight that starts `day`. */
export function dayStartMs(day: number): number {
  return day * DAY_MS - ALMATY_OFFSET_MS
}

/** 0 = Sunday … 6 = Saturday, as `Date.prototype.getUTCDay`. */
export function weekdayOf(day: number): number {
  return new Date(day * DAY_MS).getUTCDay()
}

/** `'YYYY-MM-DD'` of a local day. */
export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

/** The local day of an ISO date; throws on anything but an existing `YYYY-MM-DD` date. */
export function isoToDay(iso: string): number {
  const match = typeof iso === 'string' ? isoDatePattern.exec(iso) : null
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== iso) {
    throw new RangeError(
      `Invalid ISO date "${String(iso)}": expected an existing date as YYYY-MM-DD`,
    )
  }
  return ms / DAY_MS
}

/**
 * The date in Almaty (UTC+5) of an instant, as `'YYYY-MM-DD'`.
 * @example localDate(new Date('2026-03-01T19:30:00Z')) // '2026-03-02'
 */
export function localDate(date: Date): string {
  assertInstant(date, 'date')
  return dayToIso(localDayOf(date.getTime()))
}

/**
 * The date and time in Almaty (UTC+5) of an instant, as `'YYYY-MM-DD HH:MM'` (seconds dropped).
 * @example toAlmaty(new Date('2026-03-02T05:00:00Z')) // '2026-03-02 10:00'
 */
export function toAlmaty(date: Date): string {
  assertInstant(date, 'date')
  const local = new Date(date.getTime() + ALMATY_OFFSET_MS).toISOString()
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`
}

/**
 * The instant of an Almaty wall-clock time given as `'YYYY-MM-DD HH:MM'` (or with a `T`),
 * the inverse of {@link toAlmaty}; throws on any other shape or a date that does not exist.
 * @example fromAlmaty('2026-03-02 10:00').toISOString() // '2026-03-02T05:00:00.000Z'
 */
export function fromAlmaty(text: string): Date {
  const match = typeof text === 'string' ? localTimePattern.exec(text) : null
  if (!match) {
    throw new RangeError(`Invalid Almaty time "${String(text)}": expected YYYY-MM-DD HH:MM`)
  }
  const day = isoToDay(match[1] as string)
  return new Date(dayStartMs(day) + (Number(match[2]) * 60 + Number(match[3])) * MINUTE_MS)
}
