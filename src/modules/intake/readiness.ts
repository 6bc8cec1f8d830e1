/**
 * Where a draft stands: the state of each task of the task list, and what still stops it from
 * being signed and sent (each problem names its step, and a missing document names itself).
 */
import type { Document } from '../catalog/index.ts'
import type { ApplicationContext } from './context.ts'
import { missingDocuments } from './documents.ts'
import type { Fee } from './payments.ts'
import type { ApplicationRow, DocumentRow, PaymentRow } from './tables.ts'

/** The tasks of the task list, in order. */
export const tasks = [
  'applicant',
  'representative',
  'particulars',
  'documents',
  'qualification',
  'fee',
  'send',
] as const
/** One task. */
export type Task = (typeof tasks)[number]

/** A task's state, as the GOV.UK task list names them. */
export type TaskState = 'completed' | 'incomplete' | 'notApplicable' | 'cannotStart'

/** Something that stops sending. */
export type Blocker =
  | { readonly task: 'applicant' | 'representative' | 'particulars' | 'qualification' | 'fee' }
  | { readonly task: 'feeUnavailable' }
  | { readonly task: 'documents'; readonly document: Document }

/** Everything readiness looks at. */
export interface DraftFacts {
  readonly row: ApplicationRow
  readonly ctx: ApplicationContext
  readonly docs: readonly DocumentRow[]
  readonly payment: PaymentRow | undefined
  readonly fee: Fee | null
}

/** True when the sub-service asks for particulars the applicant must give. */
export function needsParticulars(ctx: ApplicationContext): boolean {
  const kind = ctx.sub.kind
  return kind === 'reissue' || kind === 'duplicate' ||
    (kind === 'issue' && (ctx.regulation.activitySubtypes ?? []).length > 0)
}

/** What stops the draft from being signed and sent, in task order. */
export function blockers(f: DraftFacts): Blocker[] {
  const out: Blocker[] = []
  if (!f.row.applicant_confirmed_at) out.push({ task: 'applicant' })
  if (f.row.channel !== 'portal' && f.row.representative === null) {
    out.push({ task: 'representative' })
  }
  if (needsParticulars(f.ctx) && !f.row.particulars) out.push({ task: 'particulars' })
  for (const document of missingDocuments(f.ctx, f.docs)) out.push({ task: 'documents', document })
  if (f.ctx.qualification.length && !qualificationDone(f)) out.push({ task: 'qualification' })
  if (f.fee && f.fee.tenge === undefined && !f.payment?.paid_at) {
    out.push({ task: 'feeUnavailable' })
  } else if (f.fee && !f.payment?.paid_at) out.push({ task: 'fee' })
  return out
}

function qualificationDone(f: DraftFacts): boolean {
  const confirmed: string[] = f.row.qualification ? JSON.parse(f.row.qualification).confirmed : []
  return f.ctx.qualification.every((q) => confirmed.includes(q.id))
}

/** The state of each task. */
export function taskStates(f: DraftFacts): Record<Task, TaskState> {
  const blocked = new Set<Task>(
    blockers(f).map((b) => (b.task === 'feeUnavailable' ? 'fee' : b.task)),
  )
  const state = (task: Task, applies: boolean, visited: boolean): TaskState =>
    !applies ? 'notApplicable' : blocked.has(task) || !visited ? 'incomplete' : 'completed'
  const office = f.row.channel !== 'portal'
  return {
    applicant: state('applicant', true, true),
    representative: state('representative', office, true),
    // The task is also where the sub-service is changed, so it applies to every draft.
    particulars: state('particulars', true, true),
    documents: state(
      'documents',
      true,
      f.docs.length > 0 || !f.ctx.uploads.some((d) => d.required),
    ),
    qualification: state('qualification', f.ctx.qualification.length > 0, true),
    fee: state('fee', f.fee !== null, true),
    send: blocked.size ? 'cannotStart' : 'incomplete',
  }
}

/** The applicant-facing status of a draft: awaiting payment once only the fee is left. */
export function draftStatus(f: DraftFacts): 'draft' | 'awaiting_payment' {
  const left = blockers(f)
  return left.length > 0 && left.every((b) => b.task === 'fee') ? 'awaiting_payment' : 'draft'
}
