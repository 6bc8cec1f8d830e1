/**
 * The registry's administration: an administrator suspends, resumes or terminates a license,
 * always with a reason, at the version of the record they saw. A re-issued (superseded) or
 * terminated license is final. Each change is an event in the license's history and an entry
 * in the audit trail, written in one transaction.
 */
import { recordAudit } from '../audit/index.ts'
import type { Bilingual, IssuanceDeps } from './deps.ts'
import { findDocumentsOfLicense, findLicense, insertEvent, updateLicenseAtVersion } from './repo.ts'
import type { LicenseEventKind, LicenseStatus } from './tables.ts'

/** A status change an administrator can make. */
export type StatusAction = 'suspend' | 'resume' | 'terminate'

/** Why a change was refused. */
export type StatusRefusal = 'notFound' | 'notAllowed' | 'changed'

const FROM: Record<StatusAction, readonly LicenseStatus[]> = {
  suspend: ['active', 'duplicate_issued'],
  resume: ['suspended'],
  terminate: ['active', 'duplicate_issued', 'suspended'],
}

const EVENT: Record<StatusAction, LicenseEventKind> = {
  suspend: 'suspended',
  resume: 'resumed',
  terminate: 'terminated',
}

/** The actions allowed on a license in a status. */
export function allowedActions(status: LicenseStatus): StatusAction[] {
  return (Object.keys(FROM) as StatusAction[]).filter((a) => FROM[a].includes(status))
}

/** Changes a license's status; returns a refusal instead of throwing. */
export async function changeStatus(
  deps: IssuanceDeps,
  input: {
    licenseId: string
    action: StatusAction
    reason: string
    expectedVersion: number
    actor: { accountId: string; name: Bilingual }
  },
): Promise<{ ok: true } | { ok: false; refusal: StatusRefusal }> {
  const db = deps.db.kysely
  const license = await findLicense(db, input.licenseId)
  if (!license) return { ok: false, refusal: 'notFound' }
  if (!FROM[input.action].includes(license.status)) return { ok: false, refusal: 'notAllowed' }
  if (license.version !== input.expectedVersion) return { ok: false, refusal: 'changed' }
  const status = await nextStatus(deps, input.action, license.id)
  const now = deps.clock.now()
  const at = now.toISOString()
  return await db.transaction().execute(async (trx) => {
    const patch = { status, status_since: at }
    if (!(await updateLicenseAtVersion(trx, license.id, license.version, patch))) {
      return { ok: false as const, refusal: 'changed' as const }
    }
    await insertEvent(trx, {
      license_id: license.id,
      kind: EVENT[input.action],
      at,
      actor_account_id: input.actor.accountId,
      actor_name_kk: input.actor.name.kk,
      actor_name_ru: input.actor.name.ru,
      reason: input.reason,
      document_id: null,
      related_license_id: null,
    })
    await recordAudit({ db: trx, dialect: deps.db.dialect, now }, {
      action: `license_${EVENT[input.action]}`,
      entityType: 'issuance_license',
      entityId: license.id,
      actorId: input.actor.accountId,
      actorRole: 'administrator',
      organizationId: license.organization_id,
      details: { number: license.number, from: license.status, to: status },
    })
    return { ok: true as const }
  })
}

/** A resumed license is active again, still marked when a duplicate of it was issued. */
async function nextStatus(
  deps: IssuanceDeps,
  action: StatusAction,
  licenseId: string,
): Promise<LicenseStatus> {
  if (action === 'suspend') return 'suspended'
  if (action === 'terminate') return 'terminated'
  const docs = await findDocumentsOfLicense(deps.db.kysely, licenseId)
  return docs.some((d) => d.copy_no > 0) ? 'duplicate_issued' : 'active'
}
