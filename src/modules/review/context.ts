/**
 * What every use case loads first, outside any transaction (catalog and calendar reads must not
 * wait on a SQLite transaction's single connection): the case's own regulation version, its
 * sub-service and current step, and the provider's working-day calendar.
 */
import {
  getRegulationVersionById,
  type Regulation,
  type Step,
  type SubService,
} from '../catalog/index.ts'
import { type Calendar, loadCalendar } from '../sla/index.ts'
import { CaseNotFoundError } from './errors.ts'
import { findCase } from './repo.ts'
import { stepOf, subServiceOf } from './route.ts'
import type { CaseRow } from './tables.ts'
import type { ReviewDeps } from './types.ts'

/** A case with its route and calendar. */
export interface CaseContext {
  readonly row: CaseRow
  readonly regulation: Regulation
  readonly sub: SubService
  /** The current step; null once the case has ended. */
  readonly step: Step | null
  readonly calendar: Calendar
}

/** The calendar of a regulation's provider: the calendar table with its office hours. */
export function calendarFor(deps: Pick<ReviewDeps, 'db'>, regulation: Regulation) {
  const h = regulation.workingHours
  return loadCalendar(deps, h ? { start: h.start, end: h.end, lunch: h.lunch } : null)
}

/** The route of a regulation version's sub-service. */
export async function routeOf(deps: ReviewDeps, versionId: string, subService: string) {
  const version = await getRegulationVersionById(deps, versionId)
  if (!version) throw new RangeError(`Unknown regulation version "${versionId}"`)
  const regulation = version.definition
  return { regulation, sub: subServiceOf(regulation, subService) }
}

/** Loads a case and its context; throws CaseNotFoundError for an unknown id. */
export async function loadCase(deps: ReviewDeps, caseId: string): Promise<CaseContext> {
  const row = await findCase(deps.db.kysely, caseId)
  if (!row) throw new CaseNotFoundError(`No case "${caseId}"`)
  return await contextOf(deps, row)
}

/** The context of a case row already read. */
export async function contextOf(deps: ReviewDeps, row: CaseRow): Promise<CaseContext> {
  const { regulation, sub } = await routeOf(deps, row.regulation_version_id, row.sub_service)
  const step = row.current_step_id ? stepOf(sub, row.current_step_id) : null
  return { row, regulation, sub, step, calendar: await calendarFor(deps, regulation) }
}

/** `a:<account>` when someone is appointed to the step's role, else `r:<organisation>:<role>`. */
export function actorKeyOf(organizationId: string, role: string, assignee: string | null): string {
  return assignee ? `a:${assignee}` : `r:${organizationId}:${role}`
}

/** The appointed officers of a case (role → account id). */
export function assigneesOf(row: Pick<CaseRow, 'assignees'>): Record<string, string> {
  return JSON.parse(row.assignees) as Record<string, string>
}
