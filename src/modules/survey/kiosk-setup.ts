/**
 * Setting kiosks up: the quality team (or an administrator) registers the tablet it is holding
 * for a provider, which gets the device token for its cookie, and revokes a lost or retired
 * one. Both are in the audit trail.
 */
import type { CurrentUser } from '../../http/env.ts'
import { newId, newToken, sha256Hex } from '../../lib/ids.ts'
import { recordAudit } from '../audit/index.ts'
import type { SurveyDeps } from './deps.ts'
import { insertKiosk, revokeKiosk } from './kiosk-repo.ts'
import { kioskServices } from './kiosks.ts'
import type { KioskRow } from './tables.ts'

/** Registers a device as a kiosk; returns the row and the device token for the cookie. */
export async function registerKiosk(
  deps: SurveyDeps,
  actor: CurrentUser,
  input: { providerId: string; name: string; minIntervalSeconds: number; maxPerHour: number },
): Promise<{ kiosk: KioskRow; deviceToken: string } | 'noSurvey'> {
  if ((await kioskServices(deps, input.providerId)).length === 0) return 'noSurvey'
  const deviceToken = newToken(32)
  const now = deps.clock.now()
  const kiosk: KioskRow = {
    id: newId(),
    provider_id: input.providerId,
    name: input.name,
    device_hash: await sha256Hex(deviceToken),
    min_interval_seconds: input.minIntervalSeconds,
    max_per_hour: input.maxPerHour,
    last_answer_at: null,
    created_at: now.toISOString(),
    created_by: actor.accountId,
    revoked_at: null,
    revoked_by: null,
  }
  await deps.db.kysely.transaction().execute(async (trx) => {
    await insertKiosk(trx, kiosk)
    await recordAudit({ db: trx, dialect: deps.db.dialect, now }, {
      action: 'survey_kiosk_registered',
      entityType: 'survey_kiosk',
      entityId: kiosk.id,
      actorId: actor.accountId,
      organizationId: input.providerId,
      details: {
        name: input.name,
        minIntervalSeconds: input.minIntervalSeconds,
        maxPerHour: input.maxPerHour,
      },
    })
  })
  return { kiosk, deviceToken }
}

/** Revokes a kiosk (a stolen or retired tablet). */
export async function retireKiosk(
  deps: SurveyDeps,
  actor: CurrentUser,
  id: string,
): Promise<boolean> {
  const now = deps.clock.now()
  return await deps.db.kysely.transaction().execute(async (trx) => {
    if (!(await revokeKiosk(trx, id, now.toISOString(), actor.accountId))) return false
    await recordAudit({ db: trx, dialect: deps.db.dialect, now }, {
      action: 'survey_kiosk_revoked',
      entityType: 'survey_kiosk',
      entityId: id,
      actorId: actor.accountId,
    })
    return true
  })
}
