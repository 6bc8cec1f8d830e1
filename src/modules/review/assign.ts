/**
 * Appointments: an `assign` step appoints an officer of the organisation to the role it names
 * (executor, deputy head, department head), and the head, or whoever made the appointment,
 * may give a case to someone else later.
 */
import type { Step, SubService } from '../catalog/index.ts'
import { newId } from '../../lib/ids.ts'
import { recordAudit } from '../audit/index.ts'
import { mayReassign } from './access.ts'
import { actorKeyOf, assigneesOf, loadCase } from './context.ts'
import { officersFor } from './directory.ts'
import { ActionForbiddenError, CaseChangedError } from './errors.ts'
import { insertAssignment } from './history-repo.ts'
import { updateCaseAtVersion } from './repo.ts'
import type { CaseRow } from './tables.ts'
import type { Actor, Officer, ReviewDeps } from './types.ts'

/** The role an action on the current step appoints: the step's `assigns`, or its own role. */
export function appointedRole(step: Step): string {
  return step.kind === 'assign' && step.assigns ? step.assigns : step.role
}

/** The officers who can be appointed by an action on the current step. */
export function candidatesFor(deps: ReviewDeps, row: CaseRow, step: Step): Promise<Officer[]> {
  return officersFor(deps, row.organization_id, appointedRole(step))
}

/** True when `accountId` is among the candidates. */
export async function isCandidate(
  deps: ReviewDeps,
  row: CaseRow,
  step: Step,
  accountId: string,
): Promise<boolean> {
  return (await candidatesFor(deps, row, step)).some((o) => o.id === accountId)
}

/** Gives the current step to another officer of its role. Returns false for a non-candidate. */
export async function reassignCase(
  deps: ReviewDeps,
  input: { caseId: string; expectedVersion: number; actor: Actor; assignee: string },
): Promise<boolean> {
  const { row, step, sub } = await loadCase(deps, input.caseId)
  assertMayReassign(row, step, sub, input.actor)
  if (!(await isCandidate(deps, row, step!, input.assignee))) return false
  const role = step!.role
  const assignees = { ...assigneesOf(row), [role]: input.assignee }
  const now = deps.clock.now()
  await deps.db.kysely.transaction().execute(async (trx) => {
    const ok = await updateCaseAtVersion(trx, row.id, input.expectedVersion, {
      assignees: JSON.stringify(assignees),
      assignee_account_id: input.assignee,
      actor_key: actorKeyOf(row.organization_id, role, input.assignee),
      updated_at: now.toISOString(),
    })
    if (!ok) throw new CaseChangedError(row.id, `Case "${row.id}" changed before this action`)
    await insertAssignment(trx, {
      id: newId(),
      case_id: row.id,
      role,
      account_id: input.assignee,
      assigned_by: input.actor.accountId,
      assigned_at: now.toISOString(),
    })
    await recordAudit({ db: trx, dialect: deps.db.dialect, now }, {
      action: 'case_reassigned',
      entityType: 'case',
      entityId: row.id,
      actorId: input.actor.accountId,
      organizationId: row.organization_id,
      details: { role, from: row.assignee_account_id, to: input.assignee },
    })
  })
  return true
}

function assertMayReassign(row: CaseRow, step: Step | null, sub: SubService, actor: Actor) {
  if (!mayReassign(row, step, sub, actor)) {
    throw new ActionForbiddenError('role', `The actor may not reassign case "${row.id}"`)
  }
}
