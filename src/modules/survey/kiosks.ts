/**
 * Kiosks: a tablet on a stand at a provider's office, answered without a login. The quality
 * team registers the device, which gets a random token in an HttpOnly cookie (only its hash is
 * stored). Repeated filling is held back in two ways, both counted in the database so every
 * application instance agrees: each rendered form carries a one-time key (a double tap or a
 * resent form stores one answer), and the device takes at most one answer per interval and a
 * set number per hour. Neither can tell one person from the next without asking who they are,
 * which the survey must not do: a determined person can still answer again after the interval,
 * and a queue faster than the hourly cap would lose answers (the cap is set per kiosk).
 */
import { newToken, sha256Hex } from '../../lib/ids.ts'
import { listAllRegulations } from '../catalog/index.ts'
import { answerDay, answerRow } from './answers.ts'
import type { SurveyDeps, SurveyProvider } from './deps.ts'
import {
  claimAnswerSlot,
  countAnswersSince,
  deleteFormKeysBefore,
  findKiosk,
  insertFormKey,
  useFormKey,
} from './kiosk-repo.ts'
import { type Db, findAccessibilityOn, insertAnswer } from './repo.ts'
import type { AnswerInput } from './schema.ts'
import type { KioskRow } from './tables.ts'
import { type Wording, wordingOn } from './wording.ts'

/** How long a rendered kiosk form stays valid. */
export const FORM_KEY_HOURS = 2

/** A service the kiosk offers: a regulation of its provider with a survey in force today. */
export interface KioskService {
  readonly regulationId: string
  readonly wording: Wording
}

/** Outcome of a kiosk answer. */
export type KioskOutcome =
  | { readonly kind: 'stored' }
  | { readonly kind: 'duplicate' }
  | { readonly kind: 'tooSoon'; readonly seconds: number }
  | { readonly kind: 'hourly' }

/** The provider of an id, if it is one. */
export async function findProvider(
  deps: SurveyDeps,
  id: string,
): Promise<SurveyProvider | undefined> {
  return (await deps.providers()).find((p) => p.id === id)
}

/** The provider's services that have a survey in force today, in catalog order. */
export async function kioskServices(deps: SurveyDeps, providerId: string): Promise<KioskService[]> {
  const provider = await findProvider(deps, providerId)
  if (!provider) return []
  const out: KioskService[] = []
  for (const versions of await listAllRegulations(deps)) {
    const id = versions[0]?.regulationId
    if (!id || !provider.regulationIds.includes(id)) continue
    const wording = await wordingOn(deps, id, deps.clock.now())
    if (wording) out.push({ regulationId: id, wording })
  }
  return out
}

/** The kiosk this device is, or undefined when the cookie does not match a live kiosk. */
export async function kioskForDevice(
  deps: SurveyDeps,
  kioskId: string,
  deviceToken: string | undefined,
): Promise<KioskRow | undefined> {
  if (!deviceToken || deviceToken.length > 100) return undefined
  const kiosk = await findKiosk(deps.db.kysely, kioskId)
  if (!kiosk || kiosk.revoked_at) return undefined
  return kiosk.device_hash === (await sha256Hex(deviceToken)) ? kiosk : undefined
}

/** A fresh one-time key for a rendered form; old keys are swept on the way. */
export async function issueFormKey(deps: SurveyDeps, kiosk: KioskRow): Promise<string> {
  const now = deps.clock.now()
  const key = newToken(24)
  await deleteFormKeysBefore(deps.db.kysely, new Date(now.getTime() - 86_400_000).toISOString())
  await insertFormKey(deps.db.kysely, {
    key_hash: await sha256Hex(key),
    kiosk_id: kiosk.id,
    issued_at: now.toISOString(),
  })
  return key
}

/**
 * Stores a kiosk answer for one of the kiosk's services. In one transaction: the form key is
 * used, the interval slot claimed, the hourly cap checked; any refusal rolls all back, so a
 * refused form can be sent again once allowed.
 */
export async function answerAtKiosk(
  deps: SurveyDeps,
  kiosk: KioskRow,
  input: { service: KioskService; formKey: string; answers: AnswerInput; lang: 'kk' | 'ru' },
): Promise<KioskOutcome> {
  const now = deps.clock.now()
  const at = now.toISOString()
  const keyHash = await sha256Hex(input.formKey)
  const accessibilityOn = await findAccessibilityOn(deps.db.kysely)
  const { service } = input
  const day = answerDay(now)
  return await deps.db.kysely.transaction().execute(async (trx) => {
    const issuedAfter = new Date(now.getTime() - FORM_KEY_HOURS * 3_600_000).toISOString()
    if (!(await useFormKey(trx, { keyHash, kioskId: kiosk.id, at, issuedAfter }))) {
      return { kind: 'duplicate' } as const
    }
    const notAfter = new Date(now.getTime() - kiosk.min_interval_seconds * 1000).toISOString()
    if (!(await claimAnswerSlot(trx, kiosk.id, at, notAfter))) {
      throw new Refused({ kind: 'tooSoon', seconds: await waitSeconds(trx, kiosk, now) })
    }
    const hourAgo = new Date(now.getTime() - 3_600_000).toISOString()
    // The key just used counts itself, hence "more than" the cap.
    if ((await countAnswersSince(trx, kiosk.id, hourAgo)) > kiosk.max_per_hour) {
      throw new Refused({ kind: 'hourly' })
    }
    await insertAnswer(
      trx,
      answerRow(
        {
          source: 'kiosk',
          regulationId: service.regulationId,
          regulationVersionId: service.wording.version.id,
          wording: service.wording.survey.id,
          basis: 'regulation',
          providerId: kiosk.provider_id,
          region: service.wording.version.definition.region,
          channel: 'unknown',
          lang: input.lang,
          kioskId: kiosk.id,
        },
        input.answers,
        day,
        accessibilityOn,
      ),
    )
    return { kind: 'stored' } as const
  }).catch((error: unknown) => {
    if (error instanceof Refused) return error.outcome
    throw error
  })
}

/** Thrown inside the transaction to roll the used key back with the refusal. */
class Refused extends Error {
  constructor(readonly outcome: KioskOutcome) {
    super(`Kiosk answer refused: ${outcome.kind}`)
  }
}

async function waitSeconds(db: Db, kiosk: KioskRow, now: Date): Promise<number> {
  const fresh = await findKiosk(db, kiosk.id)
  const last = fresh?.last_answer_at ? Date.parse(fresh.last_answer_at) : now.getTime()
  return Math.max(1, Math.ceil((last + kiosk.min_interval_seconds * 1000 - now.getTime()) / 1000))
}
