/**
 * The two clocks of a case: the step deadline (from the step's norm) and the overall deadline
 * (from the sub-service: the stated term, or the chain of the main path's step norms), and the
 * instants at which the deadline job has something to say (nearing breach, breach).
 */
import type { Step, SubService } from '../catalog/index.ts'
import {
  type Calendar,
  deadlineState,
  dueAt,
  nearingBreachAt,
  type Norm as SlaNorm,
  sumNorms,
} from '../sla/index.ts'
import { mainPath, normOf } from './route.ts'

/** A step's norm as the SLA module counts it (with the acceptance-day rule). */
export function slaNorm(step: Step, reissueClass: 'A' | 'B' | null): SlaNorm | null {
  const norm = normOf(step, reissueClass)
  if (!norm) return null
  return step.excludeAcceptanceDay ? { ...norm, excludeAcceptanceDay: true } : norm
}

/**
 * The deadline of a step started at `start`; null when the regulation gives the step no norm.
 * "The day of acceptance is not counted" counts from the day the step's documents arrive.
 */
export function stepDue(
  step: Step,
  start: Date,
  calendar: Calendar,
  reissueClass: 'A' | 'B' | null,
): Date | null {
  const norm = slaNorm(step, reissueClass)
  return norm ? dueAt(start, norm, calendar) : null
}

/** The overall deadline of a case accepted at `start`. */
export function overallDue(
  sub: SubService,
  start: Date,
  calendar: Calendar,
  reissueClass: 'A' | 'B' | null,
): Date {
  if (sub.deadline.basis === 'stated') return dueAt(start, sub.deadline.norm, calendar)
  const norms = mainPath(sub).map((s) => slaNorm(s, reissueClass))
    .filter((n): n is SlaNorm => n !== null)
  return sumNorms(start, norms, calendar)
}

/** Where a clock's notifications stand. */
export type AlertLevel = 'none' | 'nearing' | 'breached'

/** A running clock: when it started, when it is due, what was said about it. */
export interface Clock {
  readonly start: Date
  readonly due: Date | null
  readonly alert: AlertLevel
}

const RANK: Record<AlertLevel, number> = { none: 0, nearing: 1, breached: 2 }

/** The instant of the clock's next notification, or null when nothing more is due. */
export function nextAlertOf(clock: Clock, calendar: Calendar, nearingShare: number): Date | null {
  if (!clock.due || clock.alert === 'breached') return null
  if (clock.alert === 'nearing') return new Date(clock.due.getTime() + 1)
  return nearingBreachAt(clock.start, clock.due, calendar, { nearingShare })
}

/** The earliest next notification of several clocks, as ISO text, or null. */
export function nextAlertAt(
  clocks: readonly Clock[],
  calendar: Calendar,
  nearingShare: number,
): string | null {
  const times = clocks.map((c) => nextAlertOf(c, calendar, nearingShare))
    .filter((d): d is Date => d !== null).map((d) => d.getTime())
  return times.length ? new Date(Math.min(...times)).toISOString() : null
}

/** The level a clock has reached at `now`, if it is above what was already said; else null. */
export function raisedLevel(
  clock: Clock,
  now: Date,
  calendar: Calendar,
  nearingShare: number,
): AlertLevel | null {
  if (!clock.due) return null
  const state = deadlineState(now, clock.start, clock.due, calendar, { nearingShare })
  const level: AlertLevel = state === 'breached'
    ? 'breached'
    : state === 'nearing'
    ? 'nearing'
    : 'none'
  return RANK[level] > RANK[clock.alert] ? level : null
}
