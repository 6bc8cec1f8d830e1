/**
 * The lists a step page works through: the qualification checklist of a pre-licensing
 * inspection (the items for the applicant's type and licensed sub-types) and the documents an
 * incompleteness refusal can cite (those the sub-service asks of this applicant and channel).
 */
import { documentsFor } from '../catalog/index.ts'
import type { CaseContext } from './context.ts'
import type { ApplicationInput } from './types.ts'

/** The application snapshot of a case. */
export function applicationOf(ctx: Pick<CaseContext, 'row'>): ApplicationInput {
  return JSON.parse(ctx.row.application) as ApplicationInput
}

/** Qualification requirements that apply to this applicant; empty where the catalog has none. */
export function checklistOf(ctx: CaseContext) {
  const a = applicationOf(ctx)
  const subtypes = a.particulars?.activitySubtypes ?? []
  return (ctx.regulation.qualification?.items ?? []).filter((i) =>
    (!i.applicantTypes || i.applicantTypes.includes(a.applicant.type)) &&
    (!i.subtype || subtypes.includes(i.subtype))
  )
}

/** Documents an incompleteness refusal can name as missing. */
export function missingDocumentChoices(ctx: CaseContext) {
  const a = applicationOf(ctx)
  return documentsFor(ctx.sub, a.applicant.type, a.channel).filter((d) => d.form !== 'registry')
}
