/**
 * Sign and send. Signing goes through the signing module's request page; sending is
 * idempotent: the send form carries a one-time key and the submission runs in one transaction
 * that claims the key (unique), assigns the registration number, marks the application sent
 * and calls the review hand-off. A repeated POST finds its key taken and answers the same
 * application; a failure anywhere leaves nothing behind.
 */
import { newToken } from '../../lib/ids.ts'
import { localDate } from '../sla/index.ts'
import { contextOf } from './context.ts'
import type { IntakeDeps } from './deps.ts'
import { type Actor, audit } from './drafts.ts'
import { findDocuments } from './documents-repo.ts'
import { currentPayment, feeOf } from './payments.ts'
import { type Blocker, blockers, type DraftFacts } from './readiness.ts'
import { findApplication, markSubmitted, setReadyAt, setSendKey } from './repo.ts'
import {
  requestDocument,
  requestHash,
  type SignatureStanding,
  signatureStanding,
} from './request.ts'
import { claimSubmissionKey, findSubmission, nextSequence } from './submissions-repo.ts'
import type { ApplicationRow } from './tables.ts'
import { extrasOf, viewOf } from './view.ts'

/** Registration-number prefixes of the regions (case-lifecycle contract). */
export const regionCodes: Readonly<Record<string, string>> = {
  aktobe: 'AKT',
  'east-kazakhstan': 'VKO',
  zhambyl: 'ZHM',
  almaty: 'ALM',
}

/** The facts of a draft, read outside any transaction; undefined when its service is gone. */
export async function draftFacts(
  deps: IntakeDeps,
  row: ApplicationRow,
): Promise<DraftFacts | undefined> {
  const ctx = await contextOf(deps, row)
  if (!ctx) return undefined
  const docs = await findDocuments(deps.db.kysely, row.id)
  const payment = await currentPayment(deps, row.id)
  return { row, ctx, docs, payment, fee: await feeOf(deps, ctx) }
}

/** The signature standing of a draft as it is now. */
export async function standingOf(deps: IntakeDeps, f: DraftFacts): Promise<SignatureStanding> {
  const hash = await requestHash(requestDocument(f.row, f.ctx, f.docs, f.payment))
  return await signatureStanding(deps, f.row, hash)
}

/** The send form's one-time key: made when the page is first shown, kept until sent. */
export async function sendKeyOf(deps: IntakeDeps, row: ApplicationRow): Promise<string> {
  if (row.send_key) return row.send_key
  await setSendKey(deps.db.kysely, row.id, newToken(24))
  return (await findApplication(deps.db.kysely, row.id))?.send_key ?? ''
}

/** Why a send was refused. */
export type SendProblem =
  | { readonly problem: 'expired' | 'unsigned' | 'gone' }
  | { readonly problem: 'blocked'; readonly blockers: readonly Blocker[] }

/** Sends a draft; answers the application id (the same one for a repeated key). */
export async function submit(
  deps: IntakeDeps,
  row: ApplicationRow,
  input: { key: string; lang: 'kk' | 'ru'; actor: Actor },
): Promise<{ ok: true; id: string } | ({ ok: false } & SendProblem)> {
  const earlier = await findSubmission(deps.db.kysely, input.key)
  if (earlier) return { ok: true, id: earlier.application_id }
  if (row.submitted_at) return { ok: true, id: row.id }
  if (!row.send_key || row.send_key !== input.key) return { ok: false, problem: 'expired' }
  const facts = await draftFacts(deps, row)
  if (!facts) return { ok: false, problem: 'gone' }
  const left = blockers(facts)
  if (left.length) return { ok: false, problem: 'blocked', blockers: left }
  if ((await standingOf(deps, facts)) !== 'signed') return { ok: false, problem: 'unsigned' }
  const extras = await extrasOf(deps, row)
  const sent = await register(deps, facts, extras, input)
  if (sent) return { ok: true, id: row.id }
  const winner = await findSubmission(deps.db.kysely, input.key)
  return { ok: true, id: winner?.application_id ?? row.id }
}

// Answers false when another request claimed the key or sent the draft first.
async function register(
  deps: IntakeDeps,
  f: DraftFacts,
  extras: Awaited<ReturnType<typeof extrasOf>>,
  input: { key: string; lang: 'kk' | 'ru'; actor: Actor },
): Promise<boolean> {
  const now = deps.clock.now()
  const at = now.toISOString()
  const year = Number(localDate(now).slice(0, 4))
  const region = regionCodes[f.ctx.regulation.region] ?? 'KZ'
  return await deps.db.kysely.transaction().execute(async (trx) => {
    const claimed = await claimSubmissionKey(trx, {
      key: input.key,
      application_id: f.row.id,
      created_at: at,
    })
    if (!claimed) return false
    const sequence = await nextSequence(trx, region, year)
    const number = `${region}-${year}-${String(sequence).padStart(6, '0')}`
    const patch = {
      number,
      submitted_at: at,
      regulation_version_id: f.ctx.version.id,
      lang: input.lang,
      last_saved_at: at,
    }
    if ((await markSubmitted(trx, f.row.id, patch)) !== 1) throw new AlreadySent()
    const view = viewOf({ ...f.row, ...patch }, f.docs, f.payment, extras)
    const handle = { kysely: trx, dialect: deps.db.dialect, close: () => Promise.resolve() }
    const handed = await deps.onSubmitted?.(view, { db: trx, handle, at: now })
    if (handed) await setReadyAt(trx, f.row.id, handed.readyAt)
    await audit(deps, trx, now, input.actor, f.row.id, 'intake.application.submitted', {
      number,
      channel: f.row.channel,
      regulationVersionId: f.ctx.version.id,
      readyAt: handed?.readyAt ?? null,
    })
    return true
  }).catch((error) => {
    if (error instanceof AlreadySent) return false
    throw error
  })
}

/** The draft was sent by another request between reading and writing it. */
class AlreadySent extends Error {
  override name = 'AlreadySent'
}
