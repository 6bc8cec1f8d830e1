/** Queries over `sla_calendar_days`. */
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/database.ts'
import type { CalendarDayRow, NewCalendarDayRow } from './tables.ts'

type Db = Kysely<Database> | Transaction<Database>

/** Every row that is in force (not removed), by date. */
export function findActiveDays(db: Db): Promise<CalendarDayRow[]> {
  return db.selectFrom('sla_calendar_days').selectAll().where('removed_at', 'is', null)
    .orderBy('date').execute()
}

/** Rows of one year, removed ones included, by date. */
export function findDaysOfYear(db: Db, year: number): Promise<CalendarDayRow[]> {
  return db.selectFrom('sla_calendar_days').selectAll()
    .where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`)
    .orderBy('date').execute()
}

/** One row by date, removed or not. */
export function findDay(db: Db, date: string): Promise<CalendarDayRow | undefined> {
  return db.selectFrom('sla_calendar_days').selectAll().where('date', '=', date)
    .executeTakeFirst()
}

/** Dates that have a row, removed or not. */
export async function findKnownDates(db: Db): Promise<Set<string>> {
  const rows = await db.selectFrom('sla_calendar_days').select('date').execute()
  return new Set(rows.map((r) => r.date))
}

/** Inserts a row. */
export async function insertDay(db: Db, row: NewCalendarDayRow): Promise<void> {
  await db.insertInto('sla_calendar_days').values(row).execute()
}

/** Replaces the content of a removed row (the date is added again). */
export async function restoreDay(
  db: Db,
  row: Pick<CalendarDayRow, 'date' | 'kind' | 'holiday' | 'note' | 'created_at' | 'created_by'>,
): Promise<void> {
  await db.updateTable('sla_calendar_days').set({
    kind: row.kind,
    holiday: row.holiday,
    note: row.note,
    status: 'published',
    created_at: row.created_at,
    created_by: row.created_by,
    confirmed_at: null,
    confirmed_by: null,
    removed_at: null,
    removed_by: null,
  }).where('date', '=', row.date).execute()
}

/** Marks a row removed; true when a row in force was removed. */
export async function markRemoved(db: Db, date: string, at: string, by: string): Promise<boolean> {
  const result = await db.updateTable('sla_calendar_days')
    .set({ removed_at: at, removed_by: by })
    .where('date', '=', date).where('removed_at', 'is', null).executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** Confirms a computed row; true when one was confirmed. */
export async function markConfirmed(
  db: Db,
  date: string,
  at: string,
  by: string,
): Promise<boolean> {
  const result = await db.updateTable('sla_calendar_days')
    .set({ status: 'published', confirmed_at: at, confirmed_by: by })
    .where('date', '=', date).where('removed_at', 'is', null).where('status', '=', 'computed')
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}
