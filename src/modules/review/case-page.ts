/**
 * What the officers' case page shows: the application, its documents, the step history with
 * each step's norm, actual working time and on-time mark, and what the viewer may do now.
 */
import type { Outcome, Step } from '../catalog/index.ts'
import { type Calendar, workingMinutesBetween } from '../sla/index.ts'
import { canView, mayAct, mayReassign } from './access.ts'
import { formOutcomes, RESOURCES } from './actions.ts'
import { candidatesFor } from './assign.ts'
import { applicationOf, checklistOf, missingDocumentChoices } from './checklists.ts'
import { type CaseContext, loadCase } from './context.ts'
import { officersFor } from './directory.ts'
import { CaseNotFoundError } from './errors.ts'
import { stepHandler, type StepNotice } from './handlers.ts'
import { findAttachmentList, findPauses, findTransitions } from './history-repo.ts'
import { findPendingHandoffs } from './handoffs.ts'
import { signatureState } from './signature.ts'
import type { PauseRow, TransitionRow } from './tables.ts'
import type { Actor, Officer, ReviewDeps } from './types.ts'

/** One completed step on the timeline. */
export interface TimelineEntry {
  readonly row: TransitionRow
  /** The catalog step (undefined for a system end such as deemed issued). */
  readonly step: Step | undefined
  /** Working minutes the step took, pauses left out. */
  readonly workingMinutes: number
}

/** What the viewer can do on the current step. */
export interface Actions {
  readonly resource: string | undefined
  readonly outcomes: Outcome[]
  readonly candidates: Officer[]
  readonly reassign: Officer[] | undefined
  readonly pause: 'pause' | 'resume' | undefined
  readonly signature: 'none' | 'pending' | 'signed' | 'unavailable' | undefined
}

/** Everything the case page needs. */
export interface CasePage {
  readonly ctx: CaseContext
  readonly application: ReturnType<typeof applicationOf>
  readonly timeline: TimelineEntry[]
  readonly pauses: PauseRow[]
  readonly attachments: Awaited<ReturnType<typeof findAttachmentList>>
  readonly assignee: Officer | undefined
  readonly notice: StepNotice | undefined
  readonly pendingHandoffs: number
  /** Whether the application's files can be opened (intake's reader is wired). */
  readonly documentsOpen: boolean
  readonly actions: Actions
  readonly checklist: ReturnType<typeof checklistOf>
  readonly missingChoices: ReturnType<typeof missingDocumentChoices>
}

/** Loads the case page; a case of another organisation is not found. */
export async function loadCasePage(
  deps: ReviewDeps,
  caseId: string,
  viewer: Actor,
): Promise<CasePage> {
  const ctx = await loadCase(deps, caseId)
  if (!canView(ctx.row, viewer)) throw new CaseNotFoundError(`No case "${caseId}" for the viewer`)
  const db = deps.db.kysely
  const [transitions, pauses, attachments, pending] = await Promise.all([
    findTransitions(db, caseId),
    findPauses(db, caseId),
    findAttachmentList(db, caseId),
    findPendingHandoffs(db, caseId),
  ])
  const step = ctx.step
  const assignee = step && ctx.row.assignee_account_id
    ? (await officersFor(deps, ctx.row.organization_id, step.role))
      .find((o) => o.id === ctx.row.assignee_account_id)
    : undefined
  return {
    ctx,
    application: applicationOf(ctx),
    timeline: transitions.map((t) => timelineEntry(ctx, t, pauses, ctx.calendar)),
    pauses,
    attachments,
    assignee,
    notice: step ? await stepHandler(step.kind)?.describe?.(caseId, step.id) : undefined,
    pendingHandoffs: pending.length,
    documentsOpen: Boolean(deps.readDocument),
    actions: await actionsFor(deps, ctx, viewer),
    checklist: step?.kind === 'inspection' ? checklistOf(ctx) : [],
    missingChoices: step?.kind === 'check_completeness' ? missingDocumentChoices(ctx) : [],
  }
}

function timelineEntry(
  ctx: CaseContext,
  t: TransitionRow,
  pauses: readonly PauseRow[],
  calendar: Calendar,
): TimelineEntry {
  const start = new Date(t.started_at)
  const end = new Date(t.completed_at)
  const paused = pauses.filter((p) =>
    p.resumed_at && p.paused_at >= t.started_at && p.resumed_at <= t.completed_at
  )
    .reduce(
      (sum, p) =>
        sum + workingMinutesBetween(new Date(p.paused_at), new Date(p.resumed_at!), calendar),
      0,
    )
  return {
    row: t,
    step: ctx.sub.route.steps.find((s) => s.id === t.step_id),
    workingMinutes: Math.max(0, Math.round(workingMinutesBetween(start, end, calendar) - paused)),
  }
}

async function actionsFor(deps: ReviewDeps, ctx: CaseContext, viewer: Actor): Promise<Actions> {
  const { row, step, sub } = ctx
  const acting = row.state === 'active' && mayAct(row, step, viewer)
  const reassign = mayReassign(row, step, sub, viewer)
    ? await candidatesFor(deps, row, step!)
    : undefined
  if (!acting || !step) {
    return {
      resource: undefined,
      outcomes: [],
      candidates: [],
      reassign,
      pause: undefined,
      signature: undefined,
    }
  }
  const pause = step.role === 'executor' ? (row.paused_at ? 'resume' : 'pause') : undefined
  const outcomes = row.paused_at ? [] : formOutcomes(step, row.decision)
  return {
    resource: outcomes.length ? RESOURCES[step.kind] : undefined,
    outcomes,
    candidates: step.kind === 'assign' ? await candidatesFor(deps, row, step) : [],
    reassign,
    pause,
    signature: step.kind === 'sign'
      ? (deps.signatures ? await signatureState(deps, ctx) : 'unavailable')
      : undefined,
  }
}
