/**
 * Worklist queries. Every page is an index range read in deadline order from a cursor
 * (keyset pagination): `(organization_id, state, sort_due_at, id)` for the organisation tab,
 * `(actor_key, sort_due_at, id)` for "mine", so a page costs the same with 10 000 cases or
 * 1 000 000. A search first finds the matching case ids by word prefix on its own index.
 */
import { type SelectQueryBuilder, sql } from 'kysely'
import type { Database } from '../../db/database.ts'
import type { Db } from './repo.ts'
import { likeWordPrefix, prefixRange } from './search.ts'
import type { CaseRow } from './tables.ts'

/** The columns a worklist row shows. */
export const QUEUE_COLUMNS = [
  'id',
  'number',
  'regulation_id',
  'sub_service',
  'service_name_kk',
  'service_name_ru',
  'applicant_name_kk',
  'applicant_name_ru',
  'applicant_id_number',
  'status',
  'state',
  'step_kind',
  'step_role',
  'step_due_at',
  'due_at',
  'sort_due_at',
  'paused_at',
  'assignee_account_id',
  'step_alert',
] as const

/** One worklist row. */
export type QueueRow = Pick<CaseRow, (typeof QUEUE_COLUMNS)[number]>

/** A position in the worklist order. */
export interface Cursor {
  readonly due: string
  readonly id: string
}

/** Which slice of which cases. */
export interface QueueFilter {
  /** `organization`: one organisation's cases; `actor`: the cases on these worklist keys. */
  readonly scope: { kind: 'organization'; organizationId: string; ended: boolean } | {
    kind: 'actor'
    key: string
  }
  readonly regulationId?: string | undefined
  readonly stepKind?: string | undefined
  readonly status?: string | undefined
  /** Sort deadline at or after / before these instants (ISO). */
  readonly dueFrom?: string | undefined
  readonly dueBefore?: string | undefined
  /** Case ids from a search; further query words must also be found in the search text. */
  readonly ids?: readonly string[] | undefined
  readonly words?: readonly string[] | undefined
  readonly after?: Cursor | undefined
  readonly before?: Cursor | undefined
  readonly limit: number
}

/** One page of rows in deadline order (reading backwards from `before` when it is set). */
export async function findQueuePage(db: Db, f: QueueFilter): Promise<QueueRow[]> {
  let q = db.selectFrom('review_cases').select([...QUEUE_COLUMNS]) as SelectQueryBuilder<
    Database,
    'review_cases',
    QueueRow
  >
  q = scoped(q, f)
  if (f.regulationId) q = q.where('regulation_id', '=', f.regulationId)
  if (f.stepKind) q = q.where('step_kind', '=', f.stepKind)
  if (f.status) q = q.where('status', '=', f.status)
  if (f.dueFrom) q = q.where('sort_due_at', '>=', f.dueFrom)
  if (f.dueBefore) q = q.where('sort_due_at', '<', f.dueBefore)
  if (f.ids) q = f.ids.length ? q.where('id', 'in', [...f.ids]) : q.where('id', '=', '')
  for (const w of f.words ?? []) {
    // SQLite has no default LIKE escape character; PostgreSQL's is the same backslash.
    q = q.where(sql<boolean>`search_text like ${likeWordPrefix(w)} escape '\\'`)
  }
  const backwards = !f.after && Boolean(f.before)
  const cursor = f.after ?? f.before
  if (cursor) {
    q = q.where((eb) =>
      eb(eb.refTuple('sort_due_at', 'id'), backwards ? '<' : '>', eb.tuple(cursor.due, cursor.id))
    )
  }
  const dir = backwards ? 'desc' : 'asc'
  const rows = await q.orderBy('sort_due_at', dir).orderBy('id', dir).limit(f.limit).execute()
  return backwards ? rows.reverse() : rows
}

/**
 * The tab's cases. With search ids (already of the viewer's organisation), the tab is checked
 * in a form no index serves, so the database reads the few cases by id instead of walking the
 * whole tab in deadline order looking for them.
 */
function scoped(q: SelectQueryBuilder<Database, 'review_cases', QueueRow>, f: QueueFilter) {
  const s = f.scope
  if (s.kind === 'organization') {
    const state = q.where('state', '=', s.ended ? 'ended' : 'active')
    return f.ids ? state : state.where('organization_id', '=', s.organizationId)
  }
  return f.ids
    ? q.where(sql<boolean>`coalesce(actor_key, '') = ${s.key}`)
    : q.where('actor_key', '=', s.key)
}

/** Ids of an organisation's cases with a word that begins with `prefix`; at most `cap`. */
export async function findIdsByPrefix(
  db: Db,
  organizationId: string,
  prefix: string,
  cap: number,
): Promise<string[]> {
  const [from, to] = prefixRange(prefix)
  const rows = await db.selectFrom('review_case_terms').select('case_id')
    .where('organization_id', '=', organizationId).where('term', '>=', from).where('term', '<', to)
    .limit(cap).execute()
  return [...new Set(rows.map((r) => r.case_id))]
}
