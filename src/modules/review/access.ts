/**
 * Who may act on a case: an officer of the provider organisation (a case of another
 * organisation does not exist for them) holding the current step's role, and, once someone
 * has been appointed to that role, only the appointee. Interested-authority reviewers belong
 * to another organisation; the approval module checks them before it completes their step.
 */
import type { Step, SubService } from '../catalog/index.ts'
import { appointerOf } from './route.ts'
import { ActionForbiddenError, CaseNotFoundError } from './errors.ts'
import type { CaseRow } from './tables.ts'
import type { Actor } from './types.ts'

/** True when the viewer may see the case at all. */
export function canView(
  row: Pick<CaseRow, 'organization_id'>,
  viewer: Pick<Actor, 'organizationId'>,
) {
  return viewer.organizationId !== undefined && viewer.organizationId === row.organization_id
}

/** Throws unless the actor may act on the case's current step. */
export function assertCanAct(row: CaseRow, step: Step, actor: Actor): void {
  if (step.role !== 'authority_reviewer' && !canView(row, actor)) {
    throw new CaseNotFoundError(`No case "${row.id}" in organisation "${actor.organizationId}"`)
  }
  if (!actor.roles.has(step.role)) {
    throw new ActionForbiddenError('role', `Step "${step.id}" is for the role "${step.role}"`)
  }
  if (row.assignee_account_id && row.assignee_account_id !== actor.accountId) {
    throw new ActionForbiddenError('assignee', `Step "${step.id}" is assigned to another officer`)
  }
}

/** True when the actor may act on the current step (for showing the forms). */
export function mayAct(row: CaseRow, step: Step | null, actor: Actor): boolean {
  if (!step) return false
  try {
    assertCanAct(row, step, actor)
    return true
  } catch {
    return false
  }
}

/**
 * True when the actor may appoint someone else to the current step's role: the head, or the
 * role that made the appointment (the department head for an executor in East Kazakhstan).
 */
export function mayReassign(row: CaseRow, step: Step | null, sub: SubService, actor: Actor) {
  if (!step || row.state !== 'active' || !canView(row, actor)) return false
  const appointer = appointerOf(sub, step.role)
  if (!appointer || !row.assignee_account_id) return false
  return actor.roles.has('head') || actor.roles.has(appointer)
}
