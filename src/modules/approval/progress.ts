/**
 * What the applicant's cabinet says while a case is with interested authorities: "under
 * approval by …" with each authority's name and deadline, one line per request still waiting.
 */
import type { Bilingual } from './types.ts'
import { formatDateTime } from './format.ts'
import type { ApprovalDeps } from './types.ts'

/** One line of a case's progress, as intake's cabinet shows it. */
export interface ProgressLine {
  readonly at: string
  readonly text: Bilingual
}

/** The cases among `caseIds` waiting for an authority, with one line per waiting request. */
export async function approvalProgress(
  deps: Pick<ApprovalDeps, 'db' | 'translator'>,
  caseIds: readonly string[],
): Promise<Map<string, ProgressLine[]>> {
  const out = new Map<string, ProgressLine[]>()
  if (!caseIds.length) return out
  const rows = await deps.db.kysely.selectFrom('approval_requests as q')
    .innerJoin('approval_rounds as o', 'o.id', 'q.round_id')
    .select(['q.case_id', 'q.sent_at', 'q.due_at', 'q.authority_name_kk', 'q.authority_name_ru'])
    .where('q.case_id', 'in', caseIds.slice(0, 200)).where('q.outcome', 'is', null)
    .where('q.withdrawn_at', 'is', null).where('o.completed_at', 'is', null)
    .where('o.closed_at', 'is', null).orderBy('q.sent_at').orderBy('q.authority_name_kk').execute()
  const kk = deps.translator('kk')
  const ru = deps.translator('ru')
  for (const r of rows) {
    const due = r.due_at ? formatDateTime(r.due_at) : '—'
    const line = {
      at: r.sent_at,
      text: {
        kk: kk('approval:cabinet.underApproval', { authority: r.authority_name_kk, due }),
        ru: ru('approval:cabinet.underApproval', { authority: r.authority_name_ru, due }),
      },
    }
    out.set(r.case_id, [...(out.get(r.case_id) ?? []), line])
  }
  return out
}
