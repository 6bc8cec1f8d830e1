/**
 * The deadline job: a case whose step or overall deadline is nearing breach (by default 25 %
 * of its working time left) or breached notifies the officer at the step (the appointee, or
 * everyone holding the step's role) and the organisation's heads, once per level per clock.
 * Each case is claimed by an atomic update on what the job read, so with several instances
 * exactly one of them notifies.
 */
import { newId } from '../../lib/ids.ts'
import type { Calendar } from '../sla/index.ts'
import { calendarFor, routeOf } from './context.ts'
import { type AlertLevel, type Clock, nextAlertAt, raisedLevel } from './deadlines.ts'
import type { Db } from './repo.ts'
import type { CaseRow } from './tables.ts'
import type { ReviewDeps } from './types.ts'

/** Notifies every case whose next alert is due; returns how many cases it notified. */
export async function runDeadlineAlerts(deps: ReviewDeps, limit = 200): Promise<number> {
  const now = deps.clock.now()
  const rows = await deps.db.kysely.selectFrom('review_cases').selectAll()
    .where('next_alert_at', '<=', now.toISOString()).where('state', '=', 'active')
    .where('paused_at', 'is', null).orderBy('next_alert_at').limit(limit).execute()
  const calendars = new Map<string, Calendar>()
  let notified = 0
  for (const row of rows) {
    const calendar = calendars.get(row.regulation_version_id) ??
      await calendarOf(deps, row)
    calendars.set(row.regulation_version_id, calendar)
    if (await alertCase(deps, row, now, calendar)) notified++
  }
  return notified
}

async function calendarOf(deps: ReviewDeps, row: CaseRow): Promise<Calendar> {
  const { regulation } = await routeOf(deps, row.regulation_version_id, row.sub_service)
  return await calendarFor(deps, regulation)
}

async function alertCase(deps: ReviewDeps, row: CaseRow, now: Date, calendar: Calendar) {
  const share = deps.nearingShare ?? 0.25
  const step: Clock = {
    start: new Date(row.step_started_at ?? row.submitted_at),
    due: row.step_due_at ? new Date(row.step_due_at) : null,
    alert: row.step_alert,
  }
  const overall: Clock = {
    start: new Date(row.submitted_at),
    due: new Date(row.due_at),
    alert: row.overall_alert,
  }
  const stepLevel = raisedLevel(step, now, calendar, share)
  const overallLevel = raisedLevel(overall, now, calendar, share)
  const stepAlert = stepLevel ?? row.step_alert
  const overallAlert = overallLevel ?? row.overall_alert
  const next = nextAlertAt(
    [
      { ...step, alert: stepAlert },
      { ...overall, alert: overallAlert },
    ],
    calendar,
    share,
  )
  return await deps.db.kysely.transaction().execute(async (trx) => {
    const claimed = await trx.updateTable('review_cases')
      .set({ step_alert: stepAlert, overall_alert: overallAlert, next_alert_at: next })
      .where('id', '=', row.id).where('next_alert_at', '=', row.next_alert_at)
      .where('step_started_at', '=', row.step_started_at).where('paused_at', 'is', null)
      .where('state', '=', 'active').executeTakeFirst()
    if (Number(claimed.numUpdatedRows) !== 1) return false
    const raised: Array<[AlertLevel, 'step' | 'overall', string]> = []
    if (stepLevel) raised.push([stepLevel, 'step', row.step_due_at!])
    if (overallLevel) raised.push([overallLevel, 'overall', row.due_at])
    for (const [level, clock, due] of raised) await notify(trx, row, level, clock, due, now)
    return raised.length > 0
  })
}

async function notify(
  db: Db,
  row: CaseRow,
  kind: AlertLevel,
  clock: 'step' | 'overall',
  due: string,
  now: Date,
): Promise<void> {
  const targets: Array<{ account: string | null; role: string | null }> = [
    row.assignee_account_id
      ? { account: row.assignee_account_id, role: null }
      : { account: null, role: row.step_role },
  ]
  if (row.step_role !== 'head' || row.assignee_account_id) {
    targets.push({ account: null, role: 'head' })
  }
  for (const t of targets) {
    await db.insertInto('review_notifications').values({
      id: newId(),
      case_id: row.id,
      kind: kind === 'breached' ? 'breached' : 'nearing',
      clock,
      step_id: row.current_step_id,
      due_at: due,
      organization_id: row.organization_id,
      recipient_account_id: t.account,
      recipient_role: t.role,
      created_at: now.toISOString(),
    }).execute()
  }
}
