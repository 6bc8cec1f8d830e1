/**
 * The workflow engine: a case moves from step to step only by an outcome the current step
 * offers, taken by an officer the step allows. Each move is one transaction that updates the
 * case at the version the officer saw (0 rows: someone was first, nothing is written),
 * records the transition and the audit entry, and lets the next step's handler start.
 */
import type { Outcome, Step } from '../catalog/index.ts'
import { assertCanAct } from './access.ts'
import { actorKeyOf, assigneesOf, type CaseContext, loadCase } from './context.ts'
import { nextAlertAt, stepDue } from './deadlines.ts'
import { ActionConflictError, CaseChangedError } from './errors.ts'
import { saveTransition, type UploadedFile } from './transition.ts'
import { endStatusOf, offeredOutcomes, signsDecision, statusOfKind, stepOf } from './route.ts'
import type { CaseRow } from './tables.ts'
import type { Actor, ReviewDeps } from './types.ts'
import { deliverPending } from './handoffs.ts'

/** One action on a case's current step. */
export interface CompleteStepInput {
  readonly caseId: string
  /** The case version the officer's page showed. */
  readonly expectedVersion: number
  /** An outcome id the current step offers. */
  readonly outcome: string
  readonly actor: Actor
  readonly comment?: string | null
  /** Facts of this step, kept on the transition (inspection record, test date…). */
  readonly data?: Record<string, unknown>
  /** Facts that become the draft decision's (grounds, reason, missing documents). */
  readonly decisionData?: Record<string, unknown>
  /** For an `assign` step: the account appointed to the role the step assigns. */
  readonly assignee?: string
  readonly attachments?: readonly UploadedFile[]
}

/** What an action did. */
export interface StepResult {
  readonly version: number
  readonly toStepId: string
}

/** Completes the current step of a case; throws the errors of errors.ts when not allowed. */
export async function completeStep(
  deps: ReviewDeps,
  input: CompleteStepInput,
): Promise<StepResult> {
  const ctx = await loadCase(deps, input.caseId)
  const { step, outcome } = checkAction(ctx, input)
  const now = deps.clock.now()
  const plan = planMove(deps, ctx, step, outcome, input, now)
  await saveTransition(deps, ctx, { ...plan, step, outcome, input, now })
  await deliverPending(deps, input.caseId)
  return { version: input.expectedVersion + 1, toStepId: outcome.to }
}

/**
 * The current step, if the actor may act on it now: the case is still at the version the
 * actor saw (checked first, so a lost race reads "this case changed"), has not ended, is not
 * paused, and the step is for the actor.
 */
export function checkStep(
  ctx: CaseContext,
  input: Pick<CompleteStepInput, 'expectedVersion' | 'actor' | 'caseId'>,
): Step {
  const { row, step } = ctx
  if (row.version !== input.expectedVersion) {
    throw new CaseChangedError(row.id, `Case "${row.id}" is at version ${row.version}`)
  }
  if (row.state !== 'active' || !step) {
    throw new ActionConflictError('ended', `Case "${row.id}" has ended`)
  }
  assertCanAct(row, step, input.actor)
  if (row.paused_at) throw new ActionConflictError('paused', `Case "${row.id}" is paused`)
  return step
}

/** The current step and the chosen outcome, after every check that needs no database write. */
export function checkAction(
  ctx: CaseContext,
  input: Pick<CompleteStepInput, 'expectedVersion' | 'outcome' | 'actor' | 'caseId' | 'assignee'>,
): { step: Step; outcome: Outcome } {
  const step = checkStep(ctx, input)
  const outcome = offeredOutcomes(step, ctx.row.decision).find((o) => o.id === input.outcome)
  if (!outcome) {
    throw new ActionConflictError(
      'outcome',
      `Step "${step.id}" of case "${ctx.row.id}" does not offer "${input.outcome}"`,
    )
  }
  if (step.kind === 'assign' && !input.assignee) {
    throw new TypeError(`Step "${step.id}" appoints someone: pass an assignee`)
  }
  return { step, outcome }
}

/** The new state of the case after the outcome. */
function planMove(
  deps: ReviewDeps,
  ctx: CaseContext,
  step: Step,
  outcome: Outcome,
  input: CompleteStepInput,
  now: Date,
) {
  const { row, sub, calendar } = ctx
  const assignees = assigneesOf(row)
  if (step.kind === 'assign' && step.assigns && input.assignee) {
    assignees[step.assigns] = input.assignee
  }
  const decision = outcome.decision ?? row.decision
  const decisionData = input.decisionData
    ? { ...(row.decision_data ? JSON.parse(row.decision_data) : {}), ...input.decisionData }
    : undefined
  const signedAt = signsDecision(sub, step, outcome, decision) ? now.toISOString() : row.signed_at
  const common = {
    decision,
    ...(decisionData ? { decision_data: JSON.stringify(decisionData) } : {}),
    assignees: JSON.stringify(assignees),
    signed_at: signedAt,
    deemed_due_at: signedAt ? null : row.deemed_due_at,
    updated_at: now.toISOString(),
  }
  if (outcome.to === 'end') return { patch: { ...common, ...ended(decision, now) }, next: null }
  const next = stepOf(sub, outcome.to)
  const due = stepDue(next, now, calendar, row.reissue_class)
  const assignee = assignees[next.role] ?? null
  return {
    patch: {
      ...common,
      status: statusOfKind(next.kind),
      current_step_id: next.id,
      step_role: next.role,
      step_kind: next.kind,
      step_started_at: now.toISOString(),
      step_due_at: due?.toISOString() ?? null,
      assignee_account_id: assignee,
      actor_key: actorKeyOf(row.organization_id, next.role, assignee),
      sort_due_at: due?.toISOString() ?? row.due_at,
      step_alert: 'none' as const,
      next_alert_at: alertsAfterMove(deps, row, now, due, calendar),
    },
    next,
  }
}

function ended(decision: CaseRow['decision'], now: Date) {
  return {
    state: 'ended' as const,
    status: endStatusOf(decision),
    end_status: endStatusOf(decision),
    current_step_id: null,
    step_role: null,
    step_kind: null,
    step_due_at: null,
    assignee_account_id: null,
    actor_key: null,
    deemed_due_at: null,
    next_alert_at: null,
    ended_at: now.toISOString(),
  }
}

function alertsAfterMove(
  deps: ReviewDeps,
  row: CaseRow,
  now: Date,
  due: Date | null,
  calendar: CaseContext['calendar'],
): string | null {
  return nextAlertAt(
    [
      { start: now, due, alert: 'none' },
      { start: new Date(row.submitted_at), due: new Date(row.due_at), alert: row.overall_alert },
    ],
    calendar,
    deps.nearingShare ?? 0.25,
  )
}
