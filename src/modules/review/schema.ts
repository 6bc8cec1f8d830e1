/**
 * The forms of the step pages. Messages are locale keys; the checks that depend on the case
 * (offered outcomes, the catalog's grounds and checklist) are in actions.ts.
 */
import { z } from 'zod'

const text = (max: number) => z.string().trim().max(max, 'review:errors.tooLong')
const optionalText = (max: number) => text(max).optional().transform((v) => v || undefined)
const list = z.union([z.string(), z.array(z.string())]).optional()
  .transform((v) =>
    (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean).slice(0, 50)
  )

/** The version of the case the page showed (the optimistic lock). */
export const versionField = z.coerce.number({ message: 'review:errors.version' }).int().positive(
  'review:errors.version',
)

/** Fields every step form has. */
export const baseForm = z.object({ version: versionField, comment: optionalText(2000) })

/** A refusal: grounds from the catalog, or the Standard's paragraph when it lists none; a reason. */
export const refusalFields = {
  grounds: list,
  groundOther: optionalText(500),
  reason: optionalText(4000),
}

/** The outcome radio: required. */
export const outcomeField = z.string({ message: 'review:errors.outcomeRequired' }).min(
  1,
  'review:errors.outcomeRequired',
)

/** Completeness check. */
export const completenessForm = baseForm.extend({
  outcome: outcomeField,
  missing: list,
  missingOther: optionalText(1000),
  reason: optionalText(4000),
})

/** Pre-licensing inspection. */
export const inspectionForm = baseForm.extend({
  outcome: outcomeField,
  inspectedOn: z.iso.date('review:errors.dateRequired'),
  findings: text(4000).min(1, 'review:errors.findingsRequired'),
  ...refusalFields,
})

/** Test schedule and notice of the date and place (or a refusal). */
export const testScheduleForm = baseForm.extend({
  outcome: outcomeField,
  testDate: z.string().optional(),
  testTime: z.string().optional(),
  place: optionalText(500),
  ...refusalFields,
})

/** Test result. */
export const testResultForm = baseForm.extend({
  outcome: outcomeField,
  score: z.string().trim().optional().transform((v) => v || undefined).pipe(
    z.string().regex(/^\d{1,3}$/, 'review:errors.score').transform(Number)
      .refine((n) => n <= 100, 'review:errors.score').optional(),
  ),
  reason: optionalText(4000),
})

/** Draft or final decision: grant, or a reasoned refusal. */
export const decisionForm = baseForm.extend({ outcome: outcomeField, ...refusalFields })

/** Registration, notice, signature confirmation: an outcome and a comment. */
export const simpleForm = baseForm.extend({ outcome: z.string().optional() })

/** Appointment at an assign step. */
export const assignmentForm = baseForm.extend({
  assignee: z.string({ message: 'review:errors.assigneeRequired' }).min(
    1,
    'review:errors.assigneeRequired',
  ),
})

/** Pause: a reason is required. */
export const pauseForm = z.object({
  version: versionField,
  pauseReason: z.string({ message: 'review:errors.pauseReasonRequired' }).trim()
    .min(1, 'review:errors.pauseReasonRequired').max(2000, 'review:errors.tooLong'),
})

/** Reassignment to another officer of the step's role. */
export const reassignForm = z.object({
  version: versionField,
  reassignee: z.string({ message: 'review:errors.assigneeRequired' }).min(
    1,
    'review:errors.assigneeRequired',
  ),
})

/** Resumption. */
export const resumptionForm = z.object({ version: versionField })

/** The worklist's query string. */
export const worklistQuery = z.object({
  tab: z.enum(['mine', 'organization']).catch('mine'),
  service: z.string().max(100).optional().catch(undefined),
  step: z.string().max(40).optional().catch(undefined),
  status: z.string().max(40).optional().catch(undefined),
  deadline: z.enum(['overdue', 'today']).optional().catch(undefined),
  q: z.string().max(300).optional().catch(undefined),
  after: z.string().max(200).optional().catch(undefined),
  before: z.string().max(200).optional().catch(undefined),
})
