/**
 * Pausing a case while the executor waits for the applicant (to bring a document, say): both
 * clocks stop; resuming moves the step and the overall deadline by the working time the pause
 * took, so what was left is left again. Only executor steps pause: the regulations let the
 * executor, not the office or the head, wait on the applicant.
 */
import { newId } from '../../lib/ids.ts'
import { recordAudit } from '../audit/index.ts'
import { extendByPause } from '../sla/index.ts'
import { assertCanAct } from './access.ts'
import { type CaseContext, loadCase } from './context.ts'
import { nextAlertAt } from './deadlines.ts'
import { ActionConflictError, ActionForbiddenError, CaseChangedError } from './errors.ts'
import { closePause, insertPause } from './history-repo.ts'
import { updateCaseAtVersion } from './repo.ts'
import type { Actor, ReviewDeps } from './types.ts'

/** A pause or a resumption by an officer. */
export interface PauseInput {
  readonly caseId: string
  readonly expectedVersion: number
  readonly actor: Actor
  /** Why (required to pause). */
  readonly reason?: string
}

/** Throws unless the actor may pause the case now (for refusing before reading the form). */
export async function checkPause(deps: ReviewDeps, input: PauseInput): Promise<void> {
  const ctx = await loadCase(deps, input.caseId)
  checkPausable(ctx, input)
  if (ctx.row.paused_at) throw new ActionConflictError('paused', `Case "${ctx.row.id}" is paused`)
}

/** Stops the clocks of a case. */
export async function pauseCase(deps: ReviewDeps, input: PauseInput): Promise<void> {
  const ctx = await loadCase(deps, input.caseId)
  checkPausable(ctx, input)
  if (ctx.row.paused_at) throw new ActionConflictError('paused', `Case "${ctx.row.id}" is paused`)
  const now = deps.clock.now().toISOString()
  await write(deps, ctx, input, 'case_paused', async (trx) => {
    await insertPause(trx, {
      id: newId(),
      case_id: ctx.row.id,
      step_id: ctx.step!.id,
      reason: input.reason ?? '',
      paused_at: now,
      paused_by: input.actor.accountId,
    })
    return { paused_at: now, next_alert_at: null, deemed_due_at: null, updated_at: now }
  })
}

/** Starts the clocks again, moving both deadlines by the working time of the pause. */
export async function resumeCase(deps: ReviewDeps, input: PauseInput): Promise<void> {
  const ctx = await loadCase(deps, input.caseId)
  checkPausable(ctx, input)
  const { row, calendar, regulation } = ctx
  if (!row.paused_at) throw new ActionConflictError('notPaused', `Case "${row.id}" is not paused`)
  const now = deps.clock.now()
  const from = new Date(row.paused_at)
  const move = (iso: string) => extendByPause(new Date(iso), from, now, calendar)
  const stepDue = row.step_due_at ? move(row.step_due_at) : null
  const due = move(row.due_at)
  await write(deps, ctx, input, 'case_resumed', async (trx) => {
    await closePause(trx, row.id, now.toISOString(), input.actor.accountId)
    return {
      paused_at: null,
      step_due_at: stepDue?.toISOString() ?? null,
      due_at: due.toISOString(),
      sort_due_at: (stepDue ?? due).toISOString(),
      deemed_due_at: regulation.deemedIssued.applies && !row.signed_at ? due.toISOString() : null,
      next_alert_at: nextAlertAt(
        [
          { start: new Date(row.step_started_at!), due: stepDue, alert: row.step_alert },
          { start: new Date(row.submitted_at), due, alert: row.overall_alert },
        ],
        calendar,
        deps.nearingShare ?? 0.25,
      ),
      updated_at: now.toISOString(),
    }
  })
}

function checkPausable(ctx: CaseContext, input: PauseInput): void {
  const { row, step } = ctx
  if (row.version !== input.expectedVersion) {
    throw new CaseChangedError(row.id, `Case "${row.id}" is at version ${row.version}`)
  }
  if (row.state !== 'active' || !step) {
    throw new ActionConflictError('ended', `Case "${row.id}" has ended`)
  }
  assertCanAct(row, step, input.actor)
  if (step.role !== 'executor') {
    throw new ActionForbiddenError('role', `Step "${step.id}" cannot be paused`)
  }
}

async function write(
  deps: ReviewDeps,
  ctx: CaseContext,
  input: PauseInput,
  action: string,
  // deno-lint-ignore no-explicit-any
  change: (trx: any) => Promise<Record<string, unknown>>,
): Promise<void> {
  await deps.db.kysely.transaction().execute(async (trx) => {
    const patch = await change(trx)
    if (!(await updateCaseAtVersion(trx, ctx.row.id, input.expectedVersion, patch))) {
      throw new CaseChangedError(ctx.row.id, `Case "${ctx.row.id}" changed before this action`)
    }
    await recordAudit({ db: trx, dialect: deps.db.dialect, now: deps.clock.now() }, {
      action,
      entityType: 'case',
      entityId: ctx.row.id,
      actorId: input.actor.accountId,
      actorRole: ctx.step!.role,
      organizationId: ctx.row.organization_id,
      details: { step: ctx.step!.id, reason: input.reason ?? null },
    })
  })
}
