/**
 * Drafts untouched for the retention period (DRAFT_RETENTION_DAYS, 90 by default) are removed:
 * their files and answers are deleted and the draft is marked removed. The cabinet warns
 * DRAFT_NOTICE_DAYS before. A payment record stays: money that moved is never forgotten.
 */
import type { IntakeDeps } from './deps.ts'
import { deleteDocuments, findAllDocuments } from './documents-repo.ts'
import { audit } from './drafts.ts'
import { findStaleDrafts, removeDraft } from './repo.ts'
import { deleteStatusAttemptsBefore } from './submissions-repo.ts'

const BATCH = 100

/** What the job needs: the database, the file store and the retention period. */
export type RetentionDeps = Pick<IntakeDeps, 'db' | 'files'> & {
  readonly limits: Pick<IntakeDeps['limits'], 'draftRetentionDays'>
}

/** The job: removes stale drafts as of `now`; answers how many it removed. */
export async function removeStaleDrafts(deps: RetentionDeps, now: Date): Promise<number> {
  const before = new Date(now.getTime() - deps.limits.draftRetentionDays * 86_400_000)
  let removed = 0
  for (;;) {
    const drafts = await findStaleDrafts(deps.db.kysely, before.toISOString(), BATCH)
    let progressed = 0
    for (const draft of drafts) {
      if (await removeOne(deps, draft.id, draft.last_saved_at, now)) progressed++
    }
    removed += progressed
    if (drafts.length < BATCH || progressed === 0) break
  }
  await deleteStatusAttemptsBefore(
    deps.db.kysely,
    new Date(now.getTime() - 86_400_000).toISOString(),
  )
  return removed
}

// Removes one draft unless it was saved since it was found (then it is no longer stale).
async function removeOne(
  deps: RetentionDeps,
  id: string,
  lastSavedAt: string,
  now: Date,
): Promise<boolean> {
  return await deps.db.kysely.transaction().execute(async (trx) => {
    if ((await removeDraft(trx, id, lastSavedAt, now.toISOString())) !== 1) return false
    for (const doc of await findAllDocuments(trx, id)) await deps.files.delete(doc.file_id, trx)
    await deleteDocuments(trx, id)
    await audit(deps, trx, now, null, id, 'intake.draft.removed', { lastSavedAt })
    return true
  })
}
