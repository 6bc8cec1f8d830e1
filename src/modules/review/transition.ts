/**
 * Writing one move of a case: the guarded update, the transition row, the appointment, the
 * officer's files, the audit entry, the next step's handler and the hand-off, all in one
 * transaction, so a move is either entirely there or not at all.
 */
import type { Transaction, Updateable } from 'kysely'
import type { Database } from '../../db/database.ts'
import { newId, sha256Hex } from '../../lib/ids.ts'
import { recordAudit } from '../audit/index.ts'
import type { Outcome, Step } from '../catalog/index.ts'
import type { CaseContext } from './context.ts'
import { signsDecision } from './route.ts'
import { CaseChangedError } from './errors.ts'
import { stepHandler } from './handlers.ts'
import { insertHandoff } from './handoffs.ts'
import {
  insertAssignment,
  insertAttachment,
  insertTransition,
  nextTransitionSeq,
} from './history-repo.ts'
import { updateCaseAtVersion } from './repo.ts'
import type { ReviewCasesTable } from './tables.ts'
import type { Actor, ReviewDeps } from './types.ts'

/** A file an officer attached to the step. */
export interface UploadedFile {
  readonly filename: string
  readonly contentType: string
  readonly bytes: Uint8Array
}

/** A move, as the engine planned it. */
export interface Move {
  readonly patch: Updateable<ReviewCasesTable>
  readonly next: Step | null
  readonly step: Step
  readonly outcome: Outcome
  readonly now: Date
  readonly input: {
    readonly caseId: string
    readonly expectedVersion: number
    readonly actor: Actor
    readonly comment?: string | null
    readonly data?: Record<string, unknown>
    readonly assignee?: string
    readonly attachments?: readonly UploadedFile[]
  }
}

/** Writes a move; throws CaseChangedError when the case is no longer at the expected version. */
export async function saveTransition(deps: ReviewDeps, ctx: CaseContext, move: Move) {
  const { row } = ctx
  const { input, now, step } = move
  const files = await Promise.all((input.attachments ?? []).map(async (f) => ({
    ...f,
    sha256: await sha256Hex(f.bytes),
  })))
  await deps.db.kysely.transaction().execute(async (trx) => {
    if (!(await updateCaseAtVersion(trx, row.id, input.expectedVersion, move.patch))) {
      throw new CaseChangedError(row.id, `Case "${row.id}" changed before this action`)
    }
    const transitionId = newId()
    await insertTransition(trx, {
      id: transitionId,
      case_id: row.id,
      seq: await nextTransitionSeq(trx, row.id),
      step_id: step.id,
      step_kind: step.kind,
      role: step.role,
      actor_account_id: input.actor.accountId,
      actor_name_kk: input.actor.name.kk,
      actor_name_ru: input.actor.name.ru,
      outcome: move.outcome.id,
      to_step_id: move.outcome.to,
      comment: input.comment || null,
      data: JSON.stringify(input.data ?? {}),
      norm: row.step_due_at ? JSON.stringify(normText(ctx, step)) : null,
      started_at: row.step_started_at ?? row.submitted_at,
      due_at: row.step_due_at,
      completed_at: now.toISOString(),
      on_time: row.step_due_at ? Number(now.toISOString() <= row.step_due_at) : null,
    })
    if (step.kind === 'assign' && step.assigns && input.assignee) {
      await insertAssignment(trx, {
        id: newId(),
        case_id: row.id,
        role: step.assigns,
        account_id: input.assignee,
        assigned_by: input.actor.accountId,
        assigned_at: now.toISOString(),
      })
    }
    for (const f of files) {
      await insertAttachment(trx, {
        id: newId(),
        case_id: row.id,
        transition_id: transitionId,
        filename: f.filename,
        content_type: f.contentType,
        size: f.bytes.byteLength,
        sha256: f.sha256,
        bytes: f.bytes,
        uploaded_by: input.actor.accountId,
        created_at: now.toISOString(),
      })
    }
    await afterMove(deps, trx, ctx, move)
  })
}

/** The norm the step was measured against (with its re-issue class), for the timeline. */
function normText(ctx: CaseContext, step: Step) {
  const cls = ctx.row.reissue_class
  return cls && step.normByReissueClass ? step.normByReissueClass[cls] : step.norm
}

async function afterMove(
  deps: ReviewDeps,
  trx: Transaction<Database>,
  ctx: CaseContext,
  move: Move,
): Promise<void> {
  const { row } = ctx
  const { step, outcome, now, input, next } = move
  await recordAudit({ db: trx, dialect: deps.db.dialect, now }, {
    action: 'case_step_completed',
    entityType: 'case',
    entityId: row.id,
    actorId: input.actor.accountId,
    actorRole: step.role,
    organizationId: row.organization_id,
    details: {
      step: step.id,
      outcome: outcome.id,
      to: outcome.to,
      version: input.expectedVersion + 1,
    },
  })
  if (signsDecision(ctx.sub, step, outcome, row.decision)) {
    await insertHandoff(trx, row.id, 'decision_signed', {
      caseId: row.id,
      number: row.number,
      decision: move.patch.decision ?? row.decision ?? 'grant',
      signatureRequestId: String(input.data?.['signatureRequestId'] ?? ''),
      documentHash: String(input.data?.['documentHash'] ?? ''),
      signedAt: now.toISOString(),
    }, now)
  }
  const handler = next ? stepHandler(next.kind) : undefined
  if (next && handler?.enter) {
    await handler.enter(trx, {
      caseId: row.id,
      number: row.number,
      organizationId: row.organization_id,
      regulationId: row.regulation_id,
      regulationVersionId: row.regulation_version_id,
      subService: row.sub_service,
      stepId: next.id,
      kind: next.kind,
      role: next.role,
      decision: (move.patch.decision ?? row.decision) as 'grant' | 'refuse' | 'return' | null,
      dueAt: (move.patch.step_due_at as string | null | undefined) ?? null,
      at: now.toISOString(),
    })
  }
}
