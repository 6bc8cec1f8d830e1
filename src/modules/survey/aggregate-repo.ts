/**
 * The indicator queries: one GROUP BY over the answers of a period, by day, both answers and
 * source. The period index (day, q1, q2, then every filter column) lets the database stream
 * the groups without sorting and filter without reading the table.
 */
import type { SelectQueryBuilder } from 'kysely'
import type { Database } from '../../db/database.ts'
import type { Db } from './repo.ts'
import type { AnswerRow } from './tables.ts'

/** Which answers to count: a period of Almaty dates (both included) and optional dimensions. */
export interface AnswerFilter {
  readonly from: string
  readonly to: string
  readonly regulationId?: string | undefined
  readonly providerId?: string | undefined
  readonly region?: string | undefined
  readonly channel?: string | undefined
  readonly source?: string | undefined
}

/** One group: answers of a day with the same two answers and source. */
export interface CountRow {
  readonly day: string
  readonly q1: number
  readonly q2: number
  readonly source: string
  readonly n: number
}

function filtered<O>(qb: SelectQueryBuilder<Database, 'survey_answers', O>, f: AnswerFilter) {
  let q = qb.where('answered_on', '>=', f.from).where('answered_on', '<=', f.to)
  if (f.regulationId) q = q.where('regulation_id', '=', f.regulationId)
  if (f.providerId) q = q.where('provider_id', '=', f.providerId)
  if (f.region) q = q.where('region', '=', f.region)
  if (f.channel) q = q.where('channel', '=', f.channel)
  if (f.source) q = q.where('source', '=', f.source as AnswerRow['source'])
  return q
}

/** Answer counts of the filter, grouped by day, q1, q2 and source. */
export async function countAnswers(db: Db, filter: AnswerFilter): Promise<CountRow[]> {
  const rows = await filtered(db.selectFrom('survey_answers'), filter)
    .select(['answered_on', 'q1', 'q2', 'source', (eb) => eb.fn.countAll().as('n')])
    .groupBy(['answered_on', 'q1', 'q2', 'source'])
    .execute()
  return rows.map((r) => ({
    day: r.answered_on,
    q1: Number(r.q1),
    q2: Number(r.q2),
    source: r.source,
    n: Number(r.n),
  }))
}

/** How many answers of the filter used the default wording (paper forms, no survey). */
export async function countDefaultWording(db: Db, filter: AnswerFilter): Promise<number> {
  const row = await filtered(db.selectFrom('survey_answers'), filter)
    .where('wording_basis', '=', 'default')
    .select((eb) => eb.fn.countAll().as('n')).executeTakeFirst()
  return Number(row?.n ?? 0)
}

/** A page of answers in (day, id) order after a key, for a streamed export. */
export function findAnswersPage(
  db: Db,
  filter: AnswerFilter,
  after: { day: string; id: string } | undefined,
  limit: number,
): Promise<AnswerRow[]> {
  let q = filtered(db.selectFrom('survey_answers'), filter).selectAll()
  if (after) {
    q = q.where((eb) =>
      eb.or([
        eb('answered_on', '>', after.day),
        eb.and([eb('answered_on', '=', after.day), eb('id', '>', after.id)]),
      ])
    )
  }
  return q.orderBy('answered_on').orderBy('id').limit(limit).execute()
}
