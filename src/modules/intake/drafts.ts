/**
 * Drafts on the server: starting one (a repeated start form returns the same draft) and
 * saving a step. A step save carries the version the form was rendered at: a stale version is
 * a conflict, unless the stored step already holds exactly what was sent (a double tap).
 */
import type { Updateable } from 'kysely'
import { newId } from '../../lib/ids.ts'
import { recordAudit } from '../audit/index.ts'
import { getRegulationInForce, subService, type SubServiceKind } from '../catalog/index.ts'
import { lookupApplicant } from './applicants.ts'
import { acceptsApplicant } from './context.ts'
import type { IntakeDeps } from './deps.ts'
import {
  findApplication,
  findApplicationByStartKey,
  insertApplication,
  updateDraft,
} from './repo.ts'
import type { ApplicationRow, ApplicationsTable } from './tables.ts'

/** Who acts, for the audit trail. */
export interface Actor {
  readonly accountId: string
  readonly role: string
  readonly organizationId: string | null
  readonly ip: string | null
  readonly requestId: string | null
}

/** What a start form says. */
export interface StartInput {
  readonly regulationId: string
  readonly kind: string
  readonly channel: ApplicationRow['channel']
  readonly lang: 'kk' | 'ru'
  readonly startKey: string
  readonly applicant: {
    readonly accountId: string | null
    readonly type: ApplicationRow['applicant_type']
    readonly id: string
    readonly phone: string | null
    readonly email: string | null
  }
  readonly organizationId: string | null
  readonly actor: Actor
}

/** Why a draft could not start. */
export type StartProblem = 'service' | 'kind' | 'channel' | 'applicantType' | 'registry'

/** Starts a draft, or returns the one this start form already made. */
export async function startDraft(
  deps: IntakeDeps,
  input: StartInput,
): Promise<{ ok: true; id: string } | { ok: false; problem: StartProblem }> {
  const earlier = await findApplicationByStartKey(deps.db.kysely, input.startKey)
  if (earlier) return sameStarter(earlier, input) ? { ok: true, id: earlier.id } : fail('service')
  const now = deps.clock.now()
  const version = await getRegulationInForce(deps, input.regulationId, now)
  if (!version) return fail('service')
  const regulation = version.definition
  if (!subService(regulation, input.kind as SubServiceKind)) return fail('kind')
  if (!regulation.channels.includes(input.channel)) return fail('channel')
  if (!acceptsApplicant(regulation, input.applicant.type)) return fail('applicantType')
  const found = await lookupApplicant(deps.registries, input.applicant.type, input.applicant.id)
  if (!found) return fail('registry')
  const row = {
    id: newId(),
    regulation_id: input.regulationId,
    sub_service: input.kind,
    channel: input.channel,
    lang: input.lang,
    applicant_account_id: input.applicant.accountId,
    applicant_type: input.applicant.type,
    applicant_iin: found.iin,
    applicant_bin: found.bin,
    applicant: JSON.stringify(found),
    applicant_phone: input.applicant.phone,
    applicant_email: input.applicant.email,
    organization_id: input.organizationId,
    entered_by: input.channel === 'portal' ? null : input.actor.accountId,
    start_key: input.startKey,
    version: 1,
    created_at: now.toISOString(),
    last_saved_at: now.toISOString(),
  }
  try {
    await deps.db.kysely.transaction().execute(async (trx) => {
      await insertApplication(trx, row)
      await audit(deps, trx, now, input.actor, row.id, 'intake.draft.started', {
        regulationId: row.regulation_id,
        subService: row.sub_service,
        channel: row.channel,
      })
    })
  } catch (error) {
    // The same start form sent twice at once: the key is unique, so one insert wins.
    const winner = await findApplicationByStartKey(deps.db.kysely, input.startKey)
    if (winner && sameStarter(winner, input)) return { ok: true, id: winner.id }
    throw error
  }
  return { ok: true, id: row.id }
}

function sameStarter(row: ApplicationRow, input: StartInput): boolean {
  return row.entered_by === (input.channel === 'portal' ? null : input.actor.accountId) &&
    row.applicant_account_id === input.applicant.accountId
}

function fail(problem: StartProblem) {
  return { ok: false as const, problem }
}

/** The outcome of a step save. */
export type SaveOutcome = 'saved' | 'conflict' | 'sent'

/** Saves a step's columns on a draft (see the module comment for stale versions). */
export async function saveStep(
  deps: IntakeDeps,
  draft: { id: string; version: number },
  patch: Updateable<ApplicationsTable>,
  options: { actor: Actor; step: string; same: (fresh: ApplicationRow) => boolean },
): Promise<SaveOutcome> {
  const now = deps.clock.now()
  const saved = await deps.db.kysely.transaction().execute(async (trx) => {
    const changed = await updateDraft(trx, draft.id, draft.version, {
      ...patch,
      last_saved_at: now.toISOString(),
    })
    if (changed === 1) {
      await audit(deps, trx, now, options.actor, draft.id, 'intake.draft.saved', {
        step: options.step,
      })
    }
    return changed === 1
  })
  if (saved) return 'saved'
  const fresh = await findApplication(deps.db.kysely, draft.id)
  if (!fresh || fresh.submitted_at) return 'sent'
  return options.same(fresh) ? 'saved' : 'conflict'
}

/** Records an intake event about an application in the audit trail. */
export async function audit(
  deps: Pick<IntakeDeps, 'db'>,
  db: Parameters<typeof recordAudit>[0]['db'],
  now: Date,
  actor: Actor | null,
  applicationId: string,
  action: string,
  details: Record<string, unknown> = {},
): Promise<void> {
  await recordAudit({ db, dialect: deps.db.dialect, now }, {
    action,
    entityType: 'intake_application',
    entityId: applicationId,
    actorId: actor?.accountId ?? null,
    actorRole: actor?.role ?? null,
    organizationId: actor?.organizationId ?? null,
    ip: actor?.ip ?? null,
    requestId: actor?.requestId ?? null,
    details,
  })
}
