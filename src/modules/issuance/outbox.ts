/**
 * The outbox job: sends the e-mails written in the transactions of the changes they announce.
 * Each message is claimed (an atomic update) before sending, so two instances never send it at
 * once; it is marked sent only after the server accepted it, so a failure is retried with a
 * growing pause and never lost. Without a mailer (no SMTP) messages wait, listed for the
 * administrators, and are sent once one is configured.
 */
import type { IssuanceDeps } from './deps.ts'
import { deleteLookupsBefore } from './lookup-repo.ts'
import { claimOutbox, findDueOutbox, markOutboxFailed, markOutboxSent } from './outbox-repo.ts'

const CLAIM_MS = 5 * 60_000
const MAX_PAUSE_MS = 6 * 60 * 60_000

/** Sends what is due; returns how many messages were sent. */
export async function deliverOutbox(deps: IssuanceDeps, limit = 20): Promise<number> {
  const mailer = deps.mailer
  if (!mailer) return 0
  const db = deps.db.kysely
  let sent = 0
  for (const row of await findDueOutbox(db, deps.clock.now().toISOString(), limit)) {
    const now = deps.clock.now()
    if (!(await claimOutbox(db, row, new Date(now.getTime() + CLAIM_MS).toISOString()))) continue
    try {
      await mailer.send({ id: row.id, to: row.recipient, subject: row.subject, text: row.body })
      await markOutboxSent(db, row.id, deps.clock.now().toISOString())
      sent++
    } catch (error) {
      deps.logger?.warn('e-mail not sent; will retry', { outbox: row.id, error })
      await markOutboxFailed(db, row.id, {
        error: error instanceof Error ? error.message : String(error),
        retryAt: new Date(now.getTime() + pauseAfter(row.attempts + 1)).toISOString(),
      })
    }
  }
  return sent
}

/** One minute after the first failure, doubling up to six hours. */
export function pauseAfter(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), MAX_PAUSE_MS)
}

/** The issuance module's periodic jobs, for `startJobs`. */
export function issuanceJobs(deps: IssuanceDeps) {
  return [
    { name: 'issuance.outbox', run: () => deliverOutbox(deps) },
    {
      name: 'issuance.lookup-counts',
      run: (now: Date) =>
        deleteLookupsBefore(deps.db.kysely, new Date(now.getTime() - 24 * 3600_000).toISOString()),
    },
  ]
}
