/**
 * The administrator's working-day calendar: the table every deadline is computed from. It is
 * seeded from {@link kazakhstanDaysOff} and then edited by administrators; every edit is in the
 * audit trail. Deadlines already set for running cases are stored with the case, so an edit
 * changes only the deadlines computed after it.
 */
import type { Db } from '../../db/connect.ts'
import type { Clock } from '../../lib/clock.ts'
import { recordAudit } from '../audit/index.ts'
import { type Calendar, createCalendar, type WorkingHours } from './calendar.ts'
import { computeKazakhstanDaysOff, type DayOff } from './holiday-rules.ts'
import { defaultHours, kazakhstanDaysOff } from './holidays.ts'
import {
  findActiveDays,
  findDay,
  findDaysOfYear,
  findKnownDates,
  insertDay,
  markConfirmed,
  markRemoved,
  restoreDay,
} from './repo.ts'
import type { CalendarDayRow } from './tables.ts'
import { isoToDay, weekdayOf } from './time.ts'

/** What the calendar services need. */
export interface SlaDeps {
  readonly db: Db
  readonly clock: Clock
}

/** Who edits the calendar, and from where (for the audit trail). */
export interface CalendarEditor {
  readonly accountId: string
  readonly ip?: string | null
  readonly requestId?: string | null
}

/** A day to add. `holiday` is a key of `sla:holidays`; decrees and transfers carry a note. */
export interface NewCalendarDay {
  readonly date: string
  readonly kind: DayOff['kind']
  readonly holiday: string | null
  readonly note: string | null
}

/** Why a day cannot be added. */
export type AddDayError = 'exists' | 'weekendOff' | 'weekdayWorking'

/** Inserts the seed rows whose date has no row yet (removed rows stay removed); returns how many. */
export async function syncCalendar(
  deps: SlaDeps,
  seed: readonly DayOff[] = kazakhstanDaysOff,
): Promise<number> {
  return await insertMissing(deps, seed, null)
}

/** The calendar of the rows in force with a provider's office hours (default 09:00–18:30). */
export async function loadCalendar(deps: Pick<SlaDeps, 'db'>, hours?: WorkingHours | null) {
  return calendarFromRows(await findActiveDays(deps.db.kysely), hours ?? defaultHours)
}

/** A calendar from table rows: `workday` rows are working days, the others days off. */
export function calendarFromRows(rows: readonly CalendarDayRow[], hours: WorkingHours): Calendar {
  return createCalendar({
    holidays: rows.filter((r) => r.kind !== 'workday').map((r) => r.date),
    workingDays: rows.filter((r) => r.kind === 'workday').map((r) => r.date),
    hours,
  })
}

/** The rows of a year, removed ones included (the page shows them struck through). */
export function listCalendarDays(deps: Pick<SlaDeps, 'db'>, year: number) {
  return findDaysOfYear(deps.db.kysely, year)
}

/** Adds a day off or a working weekend day; a weekday off must be a weekday, and so on. */
export async function addCalendarDay(
  deps: SlaDeps,
  editor: CalendarEditor,
  day: NewCalendarDay,
): Promise<{ ok: true } | { ok: false; error: AddDayError }> {
  const weekend = [0, 6].includes(weekdayOf(isoToDay(day.date)))
  if (day.kind === 'workday' && !weekend) return { ok: false, error: 'weekdayWorking' }
  if (day.kind !== 'workday' && weekend) return { ok: false, error: 'weekendOff' }
  const now = deps.clock.now().toISOString()
  return await deps.db.kysely.transaction().execute(async (trx) => {
    const existing = await findDay(trx, day.date)
    if (existing && !existing.removed_at) return { ok: false, error: 'exists' } as const
    const row = { ...day, created_at: now, created_by: editor.accountId }
    if (existing) await restoreDay(trx, row)
    else await insertDay(trx, { ...row, status: 'published' })
    await audit(deps, trx, editor, 'calendar_day_added', day.date, { ...day })
    return { ok: true } as const
  })
}

/** Removes a day (it becomes an ordinary day of the week again); false if there is none. */
export async function removeCalendarDay(
  deps: SlaDeps,
  editor: CalendarEditor,
  date: string,
): Promise<boolean> {
  const now = deps.clock.now().toISOString()
  return await deps.db.kysely.transaction().execute(async (trx) => {
    const before = await findDay(trx, date)
    if (!before || !(await markRemoved(trx, date, now, editor.accountId))) return false
    await audit(deps, trx, editor, 'calendar_day_removed', date, {
      kind: before.kind,
      holiday: before.holiday,
      status: before.status,
    })
    return true
  })
}

/** Confirms a computed day against the published calendar; false if it is not computed. */
export async function confirmCalendarDay(
  deps: SlaDeps,
  editor: CalendarEditor,
  date: string,
): Promise<boolean> {
  const now = deps.clock.now().toISOString()
  return await deps.db.kysely.transaction().execute(async (trx) => {
    if (!(await markConfirmed(trx, date, now, editor.accountId))) return false
    await audit(deps, trx, editor, 'calendar_day_confirmed', date, {})
    return true
  })
}

/**
 * Adds the days off of a year computed from the law, marked computed, for dates without a row;
 * returns how many. `kurbanAit` is the first day of Kurban Ait that year (announced yearly).
 */
export async function addComputedYear(
  deps: SlaDeps,
  editor: CalendarEditor,
  input: { year: number; kurbanAit: string },
): Promise<number> {
  return await insertMissing(deps, computeKazakhstanDaysOff(input.year, input.kurbanAit), editor)
}

async function insertMissing(
  deps: SlaDeps,
  days: readonly DayOff[],
  editor: CalendarEditor | null,
): Promise<number> {
  const now = deps.clock.now().toISOString()
  return await deps.db.kysely.transaction().execute(async (trx) => {
    const known = await findKnownDates(trx)
    const fresh = days.filter((d) => !known.has(d.date))
    for (const d of fresh) {
      await insertDay(trx, {
        date: d.date,
        kind: d.kind,
        holiday: d.holiday,
        note: null,
        status: d.status,
        created_at: now,
        created_by: editor?.accountId ?? null,
      })
    }
    if (editor && fresh.length) {
      await audit(deps, trx, editor, 'calendar_days_computed', null, {
        dates: fresh.map((d) => d.date),
      })
    }
    return fresh.length
  })
}

function audit(
  deps: SlaDeps,
  // deno-lint-ignore no-explicit-any
  trx: any,
  editor: CalendarEditor,
  action: string,
  date: string | null,
  details: Record<string, unknown>,
): Promise<void> {
  return recordAudit({ db: trx, dialect: deps.db.dialect, now: deps.clock.now() }, {
    action,
    entityType: 'calendar_day',
    entityId: date,
    actorId: editor.accountId,
    actorRole: 'administrator',
    ip: editor.ip ?? null,
    requestId: editor.requestId ?? null,
    details,
  })
}
