/**
 * Who sees which document, and the office's handover. The holder sees their own documents,
 * officers of the provider those of their organisation, administrators every one; anyone else
 * gets a 404 (not knowing the document exists). The handover is recorded by an office
 * specialist of the provider and completes the case's issue step.
 */
import { recordAudit } from '../audit/index.ts'
import type { IssuanceDeps, StepActor } from './deps.ts'
import {
  findDocument,
  findDocumentsOfCases,
  findDocumentsOfHolder,
  findRecentDocuments,
  markHandedOver,
} from './repo.ts'
import { completeIssueStep } from './step.ts'
import type { DocumentRow } from './tables.ts'

/** The viewer, as the session knows them. */
export interface Viewer {
  readonly accountId: string
  readonly kind: 'applicant' | 'officer'
  readonly roles: ReadonlySet<string>
  readonly organizationId: string | undefined
}

/** True when the viewer may see the document. */
export function maySee(doc: DocumentRow, viewer: Viewer): boolean {
  if (viewer.roles.has('administrator')) return true
  if (viewer.kind === 'applicant') return doc.holder_account_id === viewer.accountId
  return viewer.organizationId !== undefined && viewer.organizationId === doc.organization_id
}

/** The document, if the viewer may see it. */
export async function documentFor(
  deps: IssuanceDeps,
  id: string,
  viewer: Viewer,
): Promise<DocumentRow | undefined> {
  if (!/^[0-9a-f]{32}$/.test(id)) return undefined
  const doc = await findDocument(deps.db.kysely, id)
  return doc && maySee(doc, viewer) ? doc : undefined
}

/** True when the viewer may record the handover of this document now. */
export function mayHandOver(doc: DocumentRow, viewer: Viewer): boolean {
  return doc.channel !== 'portal' && doc.handed_over_at === null &&
    viewer.roles.has('office_specialist') && viewer.organizationId === doc.organization_id
}

/** Records the handover at the counter; completes the issue step first, so both or neither. */
export async function recordHandover(
  deps: IssuanceDeps,
  doc: DocumentRow,
  actor: StepActor,
): Promise<boolean> {
  await completeIssueStep(deps, doc, actor)
  const now = deps.clock.now()
  return await deps.db.kysely.transaction().execute(async (trx) => {
    if (!(await markHandedOver(trx, doc.id, { at: now.toISOString(), by: actor.accountId }))) {
      return false
    }
    await recordAudit({ db: trx, dialect: deps.db.dialect, now }, {
      action: 'result_handed_over',
      entityType: 'issuance_document',
      entityId: doc.id,
      actorId: actor.accountId,
      actorRole: 'office_specialist',
      organizationId: doc.organization_id,
      details: { caseId: doc.case_id, number: doc.number, copyNo: doc.copy_no },
    })
    return true
  })
}

/** Documents the viewer holds (applicant) or their organisation issued (officer). */
export function documentsOf(deps: IssuanceDeps, viewer: Viewer): Promise<DocumentRow[]> {
  if (viewer.kind === 'applicant') return findDocumentsOfHolder(deps.db.kysely, viewer.accountId)
  if (viewer.roles.has('administrator')) return findRecentDocuments(deps.db.kysely, undefined)
  const org = viewer.organizationId
  return org ? findRecentDocuments(deps.db.kysely, org) : Promise.resolve([])
}

/** A case's result for the applicant's cabinet, in the language of the application. */
export interface CaseResult {
  readonly href: string
  readonly pdfHref: string
  readonly number: string
  readonly kind: DocumentRow['kind']
  /** False while an office or PSC result waits at the counter. */
  readonly delivered: boolean
}

/**
 * The results of these cases, by case id, for the cabinet's `caseProgress`: delivered to the
 * cabinet or handed over, or still waiting at the counter. The links open the document in the
 * language the application was made in, the language of its result.
 */
export async function caseResults(
  deps: IssuanceDeps,
  caseIds: readonly string[],
): Promise<Map<string, CaseResult>> {
  const out = new Map<string, CaseResult>()
  for (const doc of await findDocumentsOfCases(deps.db.kysely, caseIds.slice(0, 200))) {
    if (!doc.case_id) continue
    const href = `/${doc.lang}/licenses/${doc.id}`
    out.set(doc.case_id, {
      href,
      pdfHref: `${href}/pdf`,
      number: doc.number,
      kind: doc.kind,
      delivered: doc.delivered_at !== null,
    })
  }
  return out
}
