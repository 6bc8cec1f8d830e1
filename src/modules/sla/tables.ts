/** Kysely table types of the SLA module: the administrator's working-day calendar. */
import type { Insertable, Selectable } from 'kysely'

/**
 * `sla_calendar_days`: one row per date that differs from the plain week (a weekday off, or a
 * weekend working day). Seeded from `kazakhstanDaysOff`; an administrator adds, removes and
 * confirms rows. A removed row keeps its date (`removed_at`), so seeding never brings it back.
 */
export interface SlaCalendarDaysTable {
  date: string
  kind: 'holiday' | 'moved' | 'decree' | 'workday'
  /** The holiday's key in the `sla` locale namespace; null for a decree or a transfer. */
  holiday: string | null
  note: string | null
  status: 'published' | 'computed'
  created_at: string
  created_by: string | null
  confirmed_at: string | null
  confirmed_by: string | null
  removed_at: string | null
  removed_by: string | null
}

/** The SLA module's tables. */
export interface SlaTables {
  sla_calendar_days: SlaCalendarDaysTable
}

export type CalendarDayRow = Selectable<SlaCalendarDaysTable>
export type NewCalendarDayRow = Insertable<SlaCalendarDaysTable>
