/**
 * @module
 * SLA: Kazakhstan's working-day calendar and deadline arithmetic in Asia/Almaty time (UTC+5).
 *
 * A provider's {@link Calendar} says which dates are working days (Monday–Friday minus
 * holidays, plus Saturdays made working by a decreed transfer) and which hours of them count.
 * {@link dueAt} turns a regulation's time norm into a deadline that anyone can check against a
 * hand count; the other functions keep a running deadline (pauses, nearing breach, breach).
 * The arithmetic is pure functions on `Date`s, no I/O; the calendar itself lives in the
 * administrators' table `sla_calendar_days` ({@link loadCalendar}, the page `/admin/calendar`).
 * Instants before 2024-03-01, when Kazakhstan moved to a single UTC+5 zone, are out of scope:
 * local dates and times before it would be an hour off.
 *
 * @example
 * const calendar = kazakhstanCalendar()
 * const due = dueAt(fromAlmaty('2026-03-06 10:00'), { amount: 1, unit: 'workingDay' }, calendar)
 * toAlmaty(due) // '2026-03-10 10:00': 7–8 March are the weekend, 9 March is a day off
 */

/** An immutable working-day calendar with a provider's office hours; see {@link createCalendar}. */
export type { Calendar, CalendarInput, WorkingHours } from './calendar.ts'
/** Builds a calendar from ISO dates off, working weekend dates and office hours; validates them. */
export { createCalendar } from './calendar.ts'
/** Whether a date (an instant's local date, or an ISO date) is a working day. */
export { isWorkingDay } from './calendar.ts'

/** The instant itself inside working time, otherwise the start of the next working period. */
export { nextWorkingInstant } from './working-time.ts'
/** Working minutes in [a, b); negative when b is before a. */
export { workingMinutesBetween } from './working-time.ts'
/** The instant after a number of working minutes, counted from the next working instant. */
export { addWorkingMinutes } from './working-time.ts'

/** A time norm (amount and unit, optionally excluding the acceptance day) and its options. */
export type { DueOptions, Norm, NormUnit } from './due.ts'
/** The deadline of one time norm started at an instant. */
export { dueAt } from './due.ts'
/** The deadline of a chain of norms, each starting when the previous one is due. */
export { sumNorms } from './due.ts'

/** The state of a running deadline and the options for its nearing-breach point. */
export type { DeadlineState, NearingOptions } from './progress.ts'
/** A deadline moved by the working time of a pause. */
export { extendByPause } from './progress.ts'
/** Share (0..1) of a deadline's working time left at an instant. */
export { remainingShare } from './progress.ts'
/** The instant from which a deadline is nearing breach (default: 25 % of its time left). */
export { nearingBreachAt } from './progress.ts'
/** `'onTime'`, `'nearing'` or `'breached'` at an instant. */
export { deadlineState } from './progress.ts'

/** Formats an instant as its Almaty date `'YYYY-MM-DD'`. */
export { localDate } from './time.ts'
/** Formats an instant as its Almaty date and time `'YYYY-MM-DD HH:MM'`. */
export { toAlmaty } from './time.ts'
/** Parses an Almaty wall-clock time `'YYYY-MM-DD HH:MM'` into an instant. */
export { fromAlmaty } from './time.ts'

/** A row of the calendar table and the locale key of its holiday. */
export type { DayOff, HolidayKey } from './holiday-rules.ts'
/** The days off of a year derived from the law, marked `computed`. */
export { computeKazakhstanDaysOff } from './holiday-rules.ts'
/** The seeded days off 2025–2027 (2026 as published). */
export { kazakhstanDaysOff } from './holidays.ts'
/** Office hours 09:00–18:30 with lunch 13:00–14:30. */
export { defaultHours } from './holidays.ts'
/** A calendar from the seed plus extra dates and the provider's hours. */
export type { CalendarExtra } from './holidays.ts'
/** Builds a calendar from the seed plus extra dates and the provider's hours. */
export { kazakhstanCalendar } from './holidays.ts'

/** The calendar table: seeding it, building a provider's calendar from it, editing it. */
export type { AddDayError, CalendarEditor, NewCalendarDay, SlaDeps } from './service.ts'
/** Seeds the calendar table from {@link kazakhstanDaysOff} (dates without a row only). */
export { syncCalendar } from './service.ts'
/** The calendar of the table's rows in force with a provider's office hours. */
export { calendarFromRows, loadCalendar } from './service.ts'
/** Administrators' edits, each audited. */
export {
  addCalendarDay,
  addComputedYear,
  confirmCalendarDay,
  listCalendarDays,
  removeCalendarDay,
} from './service.ts'
/** The administrators' calendar page (mount at `/admin/calendar`) and who may use it. */
export { access as calendarAccess, calendarAdmin } from './routes.tsx'
/** The SLA module's tables, for src/db/database.ts. */
export type { SlaTables } from './tables.ts'
