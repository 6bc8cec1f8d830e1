/**
 * Refusals by ground, counted from the decision data of `review_cases`: the grounds a refusal
 * cites are a JSON array there, so the count unnests it, in each dialect's JSON functions.
 */
import { type Kysely, sql } from 'kysely'
import type { DialectName } from '../../db/connect.ts'
import type { Database } from '../../db/database.ts'
import { type CaseScope, endedCases } from './statistics-repo.ts'

/**
 * Refused or returned cases of one regulation version citing one ground: a catalog ground id,
 * or one of {@link UNCITED} for a case that cites none.
 */
export interface GroundGroup {
  readonly versionId: string
  readonly ground: string
  readonly count: number
}

/**
 * Why a refused or returned case cites no catalog ground: returned for incomplete documents,
 * refused on the Standard's grounds quoted as text (the regulation lists none), or refused
 * with a reason only (a failed test).
 */
export const UNCITED = ['documents_incomplete', 'standard_reference', 'not_cited'] as const

const REFUSED = ['refused', 'returned']

/**
 * The JSON of `decision_data` in each dialect: the `refusal.grounds` array as rows (`value`)
 * and the Standard's grounds quoted as text. SQLite's JSON1 and PostgreSQL's jsonb need
 * different spellings; `->>` on an element is the same in both.
 */
function decisionJson(dialect: DialectName) {
  if (dialect === 'postgres') {
    return {
      groundRows: sql<{ value: unknown }>`jsonb_array_elements(coalesce(jsonb_path_query_array(
        cast(review_cases.decision_data as jsonb), '$.refusal.grounds[*]'), '[]'::jsonb))`,
      groundOther: sql<string | null>`cast(review_cases.decision_data as jsonb) -> 'refusal'
        ->> 'groundOther'`,
    }
  }
  return {
    groundRows: sql<{ value: unknown }>`json_each(review_cases.decision_data, '$.refusal.grounds')`,
    groundOther: sql<string | null>`json_extract(review_cases.decision_data,
      '$.refusal.groundOther')`,
  }
}

/**
 * Refused and returned cases ended in the period, per regulation version and ground cited (a
 * case per ground), or per reason none is cited. One pass: each case's decision is read once.
 */
export async function countGrounds(
  db: Kysely<Database>,
  dialect: DialectName,
  s: CaseScope,
): Promise<GroundGroup[]> {
  const json = decisionJson(dialect)
  // Literals, not parameters: PostgreSQL matches the GROUP BY to the select list by its text.
  const ground = sql<string>`coalesce(g.value ->> 'id', case
    when review_cases.end_status = 'returned' then ${sql.lit(UNCITED[0])}
    when ${json.groundOther} is not null then ${sql.lit(UNCITED[1])}
    else ${sql.lit(UNCITED[2])} end)`
  const rows = await endedCases(db, s, REFUSED)
    .leftJoin(json.groundRows.as('g'), (join) => join.onTrue())
    .select((eb) => [
      'review_cases.regulation_version_id as versionId',
      ground.as('ground'),
      eb.fn.countAll<number | string>().as('n'),
    ])
    .groupBy(['review_cases.regulation_version_id', ground])
    .execute()
  return rows.map((r) => ({ versionId: r.versionId, ground: r.ground, count: Number(r.n) }))
}
