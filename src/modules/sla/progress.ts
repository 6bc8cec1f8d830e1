/**
 * A running deadline: pauses while the applicant is being waited for, the share of working time
 * left, and the nearing-breach and breach points the workflow raises events at.
 */
import type { Calendar } from './calendar.ts'
import { assertInstant } from './time.ts'
import { addWorkingMs, workingMsBetween } from './working-time.ts'

/** Where a deadline stands: enough time left, nearing breach, or past due. */
export type DeadlineState = 'onTime' | 'nearing' | 'breached'

/** Options of {@link nearingBreachAt} and {@link deadlineState}. */
export interface NearingOptions {
  /** Share of the norm's working time left at which a deadline is nearing breach; 0.25 if unset. */
  readonly nearingShare?: number
}

/**
 * The deadline after a pause: `due` moved by the working time in [pausedFrom, pausedTo), so the
 * working time still left when the pause began is left again when it ends. A pause with no
 * working time in it (a weekend) leaves `due` as it is. Apply it to every clock of the case
 * (the step's and the overall deadline).
 */
export function extendByPause(
  due: Date,
  pausedFrom: Date,
  pausedTo: Date,
  calendar: Calendar,
): Date {
  assertInstant(due, 'due')
  assertInstant(pausedFrom, 'pausedFrom')
  assertInstant(pausedTo, 'pausedTo')
  if (pausedTo < pausedFrom) {
    throw new RangeError(
      `Invalid pause: it ends at "${pausedTo.toISOString()}", before it starts at "${pausedFrom.toISOString()}"`,
    )
  }
  const paused = workingMsBetween(pausedFrom.getTime(), pausedTo.getTime(), calendar)
  return new Date(paused === 0 ? due.getTime() : addWorkingMs(due.getTime(), paused, calendar))
}

/**
 * The share, 0..1, of the working time between `start` and `due` that is still left at `now`:
 * 1 before the work starts, 0 at or after the deadline. A deadline with no working time before
 * it counts as all left until it passes.
 */
export function remainingShare(now: Date, start: Date, due: Date, calendar: Calendar): number {
  assertInstant(now, 'now')
  assertInstant(start, 'start')
  assertInstant(due, 'due')
  const total = workingMsBetween(start.getTime(), due.getTime(), calendar)
  if (total <= 0) return now < due ? 1 : 0
  const left = workingMsBetween(now.getTime(), due.getTime(), calendar)
  return Math.min(1, Math.max(0, left / total))
}

/**
 * The instant from which a deadline is nearing breach: when only `nearingShare` (default 25 %)
 * of its working time is left. Schedule the nearing-breach event for this instant and the breach
 * event for just after `due`.
 */
export function nearingBreachAt(
  start: Date,
  due: Date,
  calendar: Calendar,
  options?: NearingOptions,
): Date {
  assertInstant(start, 'start')
  assertInstant(due, 'due')
  const share = nearingShare(options)
  const total = workingMsBetween(start.getTime(), due.getTime(), calendar)
  if (total <= 0) return new Date(due)
  const consumed = Math.round(total * (1 - share))
  return new Date(
    consumed === 0 ? start.getTime() : addWorkingMs(start.getTime(), consumed, calendar),
  )
}

/**
 * `'breached'` after `due`; `'nearing'` from {@link nearingBreachAt} on, when no more than
 * `nearingShare` (default 25 %) of the working time is left; `'onTime'` before that.
 */
export function deadlineState(
  now: Date,
  start: Date,
  due: Date,
  calendar: Calendar,
  options?: NearingOptions,
): DeadlineState {
  assertInstant(now, 'now')
  if (now > due) return 'breached'
  // Compared as instants, not shares, so the state flips exactly at nearingBreachAt.
  return now >= nearingBreachAt(start, due, calendar, options) ? 'nearing' : 'onTime'
}

function nearingShare(options: NearingOptions | undefined): number {
  const share = options?.nearingShare ?? 0.25
  if (!(share >= 0 && share <= 1)) {
    throw new RangeError(`Invalid nearingShare ${share}: expected a number from 0 to 1`)
  }
  return share
}
