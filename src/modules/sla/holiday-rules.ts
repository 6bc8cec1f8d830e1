/**
 * Kazakhstan's days off derived from the law rather than from a published list: the public
 * holidays, and a holiday that falls on a Saturday or Sunday moved to the next working day.
 * 7 January (Orthodox Christmas) and the first day of Kurban Ait are days off without such a
 * move. Transfers decreed by the government are not derivable and are never produced here.
 */
import { dayToIso, isoToDay, weekdayOf } from './time.ts'

/** The key of a holiday in the `sla` locale namespace (`holidays.<key>`). */
export type HolidayKey =
  | 'newYear'
  | 'orthodoxChristmas'
  | 'womensDay'
  | 'nauryz'
  | 'unity'
  | 'defenderDay'
  | 'victoryDay'
  | 'capitalDay'
  | 'constitutionDay'
  | 'republicDay'
  | 'independenceDay'
  | 'kurbanAit'

/**
 * One row of the calendar table. `holiday`: the holiday itself on a weekday; `moved`: the
 * working day a weekend holiday moved to; `decree`: a weekday off by a government transfer;
 * `workday`: a weekend day made working by a transfer. `computed` rows come from the rules and
 * wait for an administrator to confirm them against the published calendar.
 */
export interface DayOff {
  readonly date: string
  readonly kind: 'holiday' | 'moved' | 'decree' | 'workday'
  readonly holiday: HolidayKey
  readonly status: 'published' | 'computed'
}

/** Month-day of each holiday that moves off a weekend, in calendar order. */
const movingHolidays: readonly (readonly [string, HolidayKey])[] = [
  ['01-01', 'newYear'],
  ['01-02', 'newYear'],
  ['03-08', 'womensDay'],
  ['03-21', 'nauryz'],
  ['03-22', 'nauryz'],
  ['03-23', 'nauryz'],
  ['05-01', 'unity'],
  ['05-07', 'defenderDay'],
  ['05-09', 'victoryDay'],
  ['07-06', 'capitalDay'],
  ['08-30', 'constitutionDay'],
  ['10-25', 'republicDay'],
  ['12-16', 'independenceDay'],
]

/**
 * The weekday days off of `year` by the rules, each `status: 'computed'`, sorted by date.
 * `kurbanAit` is the ISO date of the first day of Kurban Ait that year (a lunar date the Muslim
 * Board announces). A weekend holiday moves to the first later weekday that is neither a holiday
 * nor already taken by an earlier move, in calendar order.
 */
export function computeKazakhstanDaysOff(year: number, kurbanAit: string): DayOff[] {
  const holidays = holidaysOf(year, kurbanAit)
  const taken = new Map<number, DayOff>()
  for (const [day, key] of holidays) {
    if (isWeekday(day) && !taken.has(day)) taken.set(day, dayOff(day, 'holiday', key))
  }
  const off = new Set(holidays.map(([day]) => day))
  for (const [day, key, moves] of holidays) {
    if (isWeekday(day) || !moves) continue
    let target = day + 1
    while (!isWeekday(target) || off.has(target) || taken.has(target)) target += 1
    taken.set(target, dayOff(target, 'moved', key))
  }
  return [...taken.values()].sort((a, b) => a.date.localeCompare(b.date))
}

/** Every holiday of the year as [local day, key, moves off a weekend], in date order. */
function holidaysOf(year: number, kurbanAit: string): [number, HolidayKey, boolean][] {
  if (!Number.isInteger(year) || year < 2024 || year > 9999) {
    throw new RangeError(`Invalid year ${year}: expected a whole year from 2024`)
  }
  const holidays: [number, HolidayKey, boolean][] = movingHolidays.map(([monthDay, key]) => [
    isoToDay(`${year}-${monthDay}`),
    key,
    true,
  ])
  holidays.push([isoToDay(`${year}-01-07`), 'orthodoxChristmas', false])
  holidays.push([kurbanAitDay(year, kurbanAit), 'kurbanAit', false])
  return holidays.sort((a, b) => a[0] - b[0])
}

function kurbanAitDay(year: number, iso: string): number {
  const day = isoToDay(iso)
  if (!iso.startsWith(`${year}-`)) {
    throw new RangeError(`Invalid Kurban Ait date "${iso}": expected a date in ${year}`)
  }
  return day
}

function isWeekday(day: number): boolean {
  const weekday = weekdayOf(day)
  return weekday !== 0 && weekday !== 6
}

function dayOff(day: number, kind: DayOff['kind'], holiday: HolidayKey): DayOff {
  return Object.freeze({ date: dayToIso(day), kind, holiday, status: 'computed' as const })
}
