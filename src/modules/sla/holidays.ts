/**
 * Seed of the calendar table: Kazakhstan's weekday days off for 2025–2027, and the default
 * office hours. 2026 is the calendar the government published; 2025 and 2027 are computed from
 * the rules (see holiday-rules.ts) and marked `computed` until an administrator confirms them.
 * A holiday that falls on a weekend has no row of its own: it shows as the day it moved to, or
 * not at all for 7 January and Kurban Ait. Names are keys into the `sla` locale namespace.
 */
import { type Calendar, createCalendar, type WorkingHours } from './calendar.ts'
import type { DayOff, HolidayKey } from './holiday-rules.ts'

/** Office hours when the provider's regulation gives none: 09:00–18:30, lunch 13:00–14:30. */
export const defaultHours: WorkingHours = Object.freeze({
  start: '09:00',
  end: '18:30',
  lunch: Object.freeze(['13:00', '14:30'] as const),
})

/** The days off of 2025, 2026 and 2027, sorted by date. */
export const kazakhstanDaysOff: readonly DayOff[] = Object.freeze([
  computed('2025-01-01', 'holiday', 'newYear'),
  computed('2025-01-02', 'holiday', 'newYear'),
  computed('2025-01-07', 'holiday', 'orthodoxChristmas'),
  computed('2025-03-10', 'moved', 'womensDay'), // 8 March is a Saturday
  computed('2025-03-21', 'holiday', 'nauryz'),
  computed('2025-03-24', 'moved', 'nauryz'), // 22 March is a Saturday
  computed('2025-03-25', 'moved', 'nauryz'), // 23 March is a Sunday
  computed('2025-05-01', 'holiday', 'unity'),
  computed('2025-05-07', 'holiday', 'defenderDay'),
  computed('2025-05-09', 'holiday', 'victoryDay'),
  computed('2025-06-06', 'holiday', 'kurbanAit'),
  computed('2025-07-07', 'moved', 'capitalDay'), // 6 July is a Sunday
  computed('2025-09-01', 'moved', 'constitutionDay'), // 30 August is a Saturday
  computed('2025-10-27', 'moved', 'republicDay'), // 25 October is a Saturday
  computed('2025-12-16', 'holiday', 'independenceDay'),
  published('2026-01-01', 'holiday', 'newYear'),
  published('2026-01-02', 'holiday', 'newYear'),
  published('2026-01-07', 'holiday', 'orthodoxChristmas'),
  published('2026-03-09', 'moved', 'womensDay'), // 8 March is a Sunday
  published('2026-03-23', 'holiday', 'nauryz'),
  published('2026-03-24', 'moved', 'nauryz'), // 21 March is a Saturday
  published('2026-03-25', 'moved', 'nauryz'), // 22 March is a Sunday
  published('2026-05-01', 'holiday', 'unity'),
  published('2026-05-07', 'holiday', 'defenderDay'),
  published('2026-05-11', 'moved', 'victoryDay'), // 9 May is a Saturday
  published('2026-05-27', 'holiday', 'kurbanAit'),
  published('2026-07-06', 'holiday', 'capitalDay'),
  published('2026-08-31', 'moved', 'constitutionDay'), // 30 August is a Sunday
  published('2026-10-26', 'moved', 'republicDay'), // 25 October is a Sunday
  published('2026-12-16', 'holiday', 'independenceDay'),
  computed('2027-01-01', 'holiday', 'newYear'),
  computed('2027-01-04', 'moved', 'newYear'), // 2 January is a Saturday
  computed('2027-01-07', 'holiday', 'orthodoxChristmas'),
  computed('2027-03-08', 'holiday', 'womensDay'),
  computed('2027-03-22', 'holiday', 'nauryz'),
  computed('2027-03-23', 'holiday', 'nauryz'),
  computed('2027-03-24', 'moved', 'nauryz'), // 21 March is a Sunday
  computed('2027-05-03', 'moved', 'unity'), // 1 May is a Saturday
  computed('2027-05-07', 'holiday', 'defenderDay'),
  computed('2027-05-10', 'moved', 'victoryDay'), // 9 May is a Sunday
  // Kurban Ait 2027 begins on Sunday 16 May and does not move.
  computed('2027-07-06', 'holiday', 'capitalDay'),
  computed('2027-08-30', 'holiday', 'constitutionDay'),
  computed('2027-10-25', 'holiday', 'republicDay'),
  computed('2027-12-16', 'holiday', 'independenceDay'),
])

/** Additions to the seed for {@link kazakhstanCalendar}. */
export interface CalendarExtra {
  readonly holidays?: readonly string[]
  readonly workingDays?: readonly string[]
  /** The provider's office hours; {@link defaultHours} if unset. */
  readonly hours?: WorkingHours
}

/**
 * A calendar from the seed: its `workday` rows as working days, every other row as a day off,
 * plus `extra` dates, with the provider's hours or {@link defaultHours}.
 */
export function kazakhstanCalendar(extra?: CalendarExtra): Calendar {
  const seedHolidays = kazakhstanDaysOff.filter((row) => row.kind !== 'workday')
  const seedWorkingDays = kazakhstanDaysOff.filter((row) => row.kind === 'workday')
  return createCalendar({
    holidays: [...seedHolidays.map((row) => row.date), ...(extra?.holidays ?? [])],
    workingDays: [...seedWorkingDays.map((row) => row.date), ...(extra?.workingDays ?? [])],
    hours: extra?.hours ?? defaultHours,
  })
}

function published(date: string, kind: DayOff['kind'], holiday: HolidayKey): DayOff {
  return Object.freeze({ date, kind, holiday, status: 'published' })
}

function computed(date: string, kind: DayOff['kind'], holiday: HolidayKey): DayOff {
  return Object.freeze({ date, kind, holiday, status: 'computed' })
}
