/**
 * The registry's history after an issue: the new license's `issued` event, and the license a
 * re-issue replaces (now `reissued`, pointing to its successor) or a duplicate copies (now
 * `duplicate_issued`, itself unchanged). Runs in the transaction.
 */
import type { IssuedData } from './data.ts'
import { type Db, insertEvent, updateLicenseAtVersion } from './repo.ts'
import type { DocumentKind, LicenseRow } from './tables.ts'

/** The license an application refers to: linked when it is the holder's own, else a reference. */
export interface Related {
  readonly license: LicenseRow | undefined
  readonly reference: IssuedData['related']
}

/** Thrown when a license changed while the issue was being recorded; the issue is retried. */
export class LicenseChangedError extends Error {
  override name = 'LicenseChangedError'
}

/** Writes the events and state changes of an issue. */
export async function linkRelated(
  trx: Db,
  input: {
    plan: { kind: DocumentKind; at: Date }
    related: Related
    newLicenseId: string | undefined
    documentId: string
  },
): Promise<void> {
  const { plan, related, newLicenseId, documentId } = input
  const at = plan.at.toISOString()
  const old = related.license
  const base = {
    at,
    actor_account_id: null,
    actor_name_kk: null,
    actor_name_ru: null,
    reason: null,
  }
  if (newLicenseId) {
    await insertEvent(trx, {
      ...base,
      license_id: newLicenseId,
      kind: 'issued',
      document_id: documentId,
      related_license_id: old && plan.kind === 'reissued_license' ? old.id : null,
    })
  }
  if (!old) return
  if (plan.kind === 'reissued_license' && newLicenseId) {
    await change(trx, old, { status: 'reissued', status_since: at, replaced_by_id: newLicenseId })
    await insertEvent(trx, {
      ...base,
      license_id: old.id,
      kind: 'reissued',
      document_id: documentId,
      related_license_id: newLicenseId,
    })
  } else if (plan.kind === 'duplicate') {
    if (old.status === 'active') {
      await change(trx, old, { status: 'duplicate_issued', status_since: at })
    }
    await insertEvent(trx, {
      ...base,
      license_id: old.id,
      kind: 'duplicate_issued',
      document_id: documentId,
      related_license_id: null,
    })
  }
}

async function change(trx: Db, old: LicenseRow, patch: Partial<LicenseRow>): Promise<void> {
  if (!(await updateLicenseAtVersion(trx, old.id, old.version, patch))) {
    throw new LicenseChangedError(`License "${old.number}" changed during the issue`)
  }
}
