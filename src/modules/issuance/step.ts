/**
 * The regulations' last step, "the office issues the result" (30 minutes): a portal applicant
 * has it in the cabinet the moment it is issued, so the step completes by itself; an office or
 * PSC applicant gets it printed at the counter, and the office specialist's record of the
 * handover completes it. Review shows this module's notice on the case page meanwhile.
 */
import type { Bilingual, IssuanceDeps, StepActor } from './deps.ts'
import { findDocumentOfCase } from './repo.ts'
import type { DocumentRow } from './tables.ts'

/** What review's case page shows at an issue step: text, and the document page to act on. */
export interface IssueStepNotice {
  readonly text: Bilingual
  readonly href?: string
}

/** The handler of `issue` steps, for review's `registerStepHandler('issue', …)`. */
export function issueStepHandler(deps: IssuanceDeps) {
  return {
    async describe(caseId: string): Promise<IssueStepNotice | undefined> {
      const doc = await findDocumentOfCase(deps.db.kysely, caseId)
      const text = (key: string, options?: Record<string, unknown>) => ({
        kk: deps.translator('kk')(key, options),
        ru: deps.translator('ru')(key, options),
      })
      if (!doc) return { text: text('issuance:step.preparing') }
      const key = doc.channel === 'portal' ? 'issuance:step.inCabinet' : 'issuance:step.handOver'
      // The document opens in the applicant's language; the page offers the other one.
      return { text: text(key, { number: doc.number }), href: `/${doc.lang}/licenses/${doc.id}` }
    },
  }
}

/** The system, completing a portal case's issue step when the result reaches the cabinet. */
export function systemActor(deps: IssuanceDeps, organizationId: string): StepActor {
  return {
    accountId: 'system',
    roles: new Set(['office_specialist']),
    organizationId,
    name: {
      kk: deps.translator('kk')('issuance:system'),
      ru: deps.translator('ru')('issuance:system'),
    },
  }
}

/**
 * Completes the case's issue step if it is waiting at one; false when it is not. Errors of
 * review (someone was first, the step is assigned elsewhere) reach the caller.
 */
export async function completeIssueStep(
  deps: IssuanceDeps,
  doc: Pick<DocumentRow, 'id' | 'case_id' | 'number'>,
  actor: StepActor,
): Promise<boolean> {
  if (!doc.case_id) return false
  const state = await deps.cases.getCase(doc.case_id)
  if (!state || state.state !== 'active' || state.stepKind !== 'issue') return false
  await deps.cases.completeStep({
    caseId: state.id,
    expectedVersion: state.version,
    outcome: 'done',
    actor,
    data: { documentId: doc.id, number: doc.number },
  })
  return true
}

/** For a portal case, completes the issue step as the system; a failure leaves it to the office. */
export async function deliverToCabinet(deps: IssuanceDeps, doc: DocumentRow): Promise<void> {
  if (doc.channel !== 'portal') return
  try {
    await completeIssueStep(deps, doc, systemActor(deps, doc.organization_id))
  } catch (error) {
    deps.logger?.warn('issue step left to the office', { document: doc.id, error })
  }
}
