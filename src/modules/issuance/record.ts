/**
 * Recording an issue, all in one transaction: the number (the counter row is bumped here), the
 * registry record and its history, the re-issued or duplicated license's new state, the
 * document with its canonical data, the e-mail in the outbox and the audit entry. A case gets
 * one document: a repeated hand-off finds it and writes nothing.
 */
import { newId } from '../../lib/ids.ts'
import { recordAudit } from '../audit/index.ts'
import { buildData, type IssueFacts } from './build.ts'
import type { IssuanceDeps } from './deps.ts'
import { type CaseFacts, MissingCaseError, relatedNumberOf } from './facts.ts'
import { parseLicenseNumber, takeNumber } from './numbers.ts'
import { enqueueResultMail, type ResultMail } from './notice.ts'
import { documentRow, saveLicense } from './record-rows.ts'
import {
  type Db,
  findDocumentOfCase,
  findLicenseByNumber,
  insertDocument,
  lastCopyNo,
} from './repo.ts'
import { linkRelated, type Related } from './related.ts'
import type { DocumentKind, DocumentRow, LicenseRow } from './tables.ts'

/** An issue to record. */
export interface IssuePlan {
  readonly facts: CaseFacts
  readonly kind: DocumentKind
  readonly at: Date
  readonly decision: IssueFacts['decision']
  readonly deemed: IssueFacts['deemed']
  readonly mail: Omit<ResultMail, 'documentId' | 'data'> | undefined
}

/** Records the issue; returns the case's document (the existing one on a repeat). */
export async function recordIssue(deps: IssuanceDeps, plan: IssuePlan): Promise<DocumentRow> {
  try {
    return await write(deps, plan)
  } catch (error) {
    // Two deliveries at once: the second waits for the first and fails on the case's unique
    // document; what it wanted is there now. Anything else is a real failure.
    const existing = await findDocumentOfCase(deps.db.kysely, plan.facts.case.id)
    if (existing) return existing
    throw error
  }
}

async function write(deps: IssuanceDeps, plan: IssuePlan): Promise<DocumentRow> {
  const id = newId()
  return await deps.db.kysely.transaction().execute(async (trx) => {
    const existing = await findDocumentOfCase(trx, plan.facts.case.id)
    if (existing) return existing
    const related = await relatedLicense(trx, plan)
    const { number, copyNo } = await numberFor(trx, plan, related)
    const data = buildData(plan.facts, {
      kind: plan.kind,
      number,
      copyNo,
      at: plan.at,
      related: related.reference,
      decision: plan.decision,
      deemed: plan.deemed,
    })
    const licenseId = await saveLicense(trx, plan, data, related)
    const row = await documentRow(id, plan, data, licenseId ?? related.license?.id ?? null)
    await insertDocument(trx, row)
    await linkRelated(trx, { plan, related, newLicenseId: licenseId, documentId: id })
    if (plan.mail) await enqueueResultMail(trx, { ...plan.mail, documentId: id, data })
    await recordAudit({ db: trx, dialect: deps.db.dialect, now: plan.at }, {
      action: 'result_issued',
      entityType: 'issuance_document',
      entityId: id,
      actorRole: 'system',
      organizationId: plan.facts.case.organizationId,
      details: { caseId: plan.facts.case.id, kind: plan.kind, number, copyNo, basis: data.basis },
    })
    return { ...row, delivered_at: row.delivered_at ?? null }
  }) as DocumentRow
}

async function relatedLicense(trx: Db, plan: IssuePlan): Promise<Related> {
  if (plan.kind !== 'reissued_license' && plan.kind !== 'duplicate') {
    return { license: undefined, reference: null }
  }
  const number = relatedNumberOf(plan.facts)
  if (!number) {
    if (plan.kind === 'reissued_license') return { license: undefined, reference: null }
    throw new MissingCaseError(`Case "${plan.facts.case.id}": a duplicate names no license`)
  }
  const canonical = parseLicenseNumber(number)
  // A number of another format (a paper license, a typo) is kept as a reference, never looked up.
  const found = canonical ? await findLicenseByNumber(trx, canonical) : undefined
  const license = found && holds(plan.facts, found) && found.status !== 'terminated' &&
      found.status !== 'reissued'
    ? found
    : undefined
  const role = plan.kind === 'duplicate' ? 'duplicates' : 'replaces'
  return {
    license,
    reference: { role, number: license?.number ?? number, issuedAt: license?.issued_at ?? null },
  }
}

/** Only the holder's own license is linked: a number typed by someone else stays a reference. */
function holds(facts: CaseFacts, license: LicenseRow): boolean {
  const a = facts.application.applicant
  return license.organization_id === facts.case.organizationId &&
    ((a.bin !== null && license.holder_bin === a.bin) ||
      (a.bin === null && a.iin !== null && license.holder_iin === a.iin))
}

async function numberFor(trx: Db, plan: IssuePlan, related: Related) {
  if (plan.kind === 'duplicate' && related.reference) {
    const number = related.reference.number
    return { number, copyNo: ((await lastCopyNo(trx, number)) ?? 0) + 1 }
  }
  const region = plan.facts.regulation.region
  return { number: await takeNumber(trx, { region, kind: plan.kind, at: plan.at }), copyNo: 0 }
}
