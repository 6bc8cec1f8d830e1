/**
 * Status by registration number without an account: the number and the applicant's IIN/BIN
 * must both match. Look-ups are counted in the database per client address and time window,
 * so several application instances agree on the limit.
 */
import { type CabinetItem, itemOf, progressOf } from './cabinet.ts'
import type { IntakeDeps } from './deps.ts'
import { findApplicationByNumber } from './repo.ts'
import { countStatusAttempt } from './submissions-repo.ts'

/** The answer to a look-up. */
export type StatusAnswer =
  | { readonly kind: 'limited'; readonly retryAfterSeconds: number }
  | { readonly kind: 'notFound' }
  | { readonly kind: 'found'; readonly item: CabinetItem }

/** Looks a sent application up by number and IIN/BIN, counting the attempt first. */
export async function lookupStatus(
  deps: IntakeDeps,
  input: { number: string; iinOrBin: string; address: string },
): Promise<StatusAnswer> {
  const now = deps.clock.now().getTime()
  const windowMs = deps.limits.statusWindowMinutes * 60_000
  const start = Math.floor(now / windowMs) * windowMs
  const count = await countStatusAttempt(
    deps.db.kysely,
    input.address.slice(0, 64),
    new Date(start).toISOString(),
  )
  if (count > deps.limits.statusLookupsPerWindow) {
    return { kind: 'limited', retryAfterSeconds: Math.ceil((start + windowMs - now) / 1000) }
  }
  const row = await findApplicationByNumber(deps.db.kysely, input.number)
  const owner = row &&
    (row.applicant_iin === input.iinOrBin || row.applicant_bin === input.iinOrBin)
  if (!row || !owner || !row.submitted_at) return { kind: 'notFound' }
  const progress = await progressOf(deps, [row.id])
  return { kind: 'found', item: await itemOf(deps, row, progress.get(row.id)) }
}
