/**
 * The workflow statistics as aggregates over `review_cases` and `review_transitions`: cases
 * ended in a period by their overall deadline, step completions by their step deadline
 * (refusals by ground: refusals-repo.ts). Each query reads a period index (migration
 * 20261122007000) and returns groups, never rows.
 */
import { type Expression, expressionBuilder, type Kysely, type SqlBool } from 'kysely'
import type { Database } from '../../db/database.ts'

/** Which cases count: a period of instants (`from` included, `to` excluded) and dimensions. */
export interface CaseScope {
  readonly from: string
  readonly to: string
  /** Undefined: every regulation; a list (never empty): only these. */
  readonly regulationIds?: readonly string[] | undefined
  readonly organizationId?: string | undefined
  readonly channel?: string | undefined
}

/** Within the deadline or past it. */
export interface OnTimeCounts {
  readonly onTime: number
  readonly late: number
}

/** Completions of the steps with one id (ids repeat across routes: `register`, `sign`…). */
export interface StepGroup extends OnTimeCounts {
  readonly stepId: string
  /** One case that completed such a step (the first by id), whose route names the step. */
  readonly caseId: string
}

const DECIDED = ['ready', 'refused', 'returned', 'deemed_issued']

/** The dimensions of the scope on the case (the period is the caller's own column). */
export function caseFilters(s: CaseScope): Expression<SqlBool> {
  const eb = expressionBuilder<Database, 'review_cases'>()
  const terms: Expression<SqlBool>[] = []
  if (s.regulationIds) terms.push(eb('review_cases.regulation_id', 'in', s.regulationIds))
  if (s.organizationId) terms.push(eb('review_cases.organization_id', '=', s.organizationId))
  if (s.channel) terms.push(eb('review_cases.channel', '=', s.channel))
  return eb.and(terms)
}

/** Cases of the scope that ended in the period with one of `statuses`. */
export function endedCases(db: Kysely<Database>, s: CaseScope, statuses: readonly string[]) {
  return db.selectFrom('review_cases')
    .where('review_cases.ended_at', '>=', s.from).where('review_cases.ended_at', '<', s.to)
    .where('review_cases.end_status', 'in', statuses)
    .where(caseFilters(s))
}

/**
 * Cases decided in the period by their overall deadline (as moved by pauses). A case deemed
 * issued is late by definition: the deadline passed without a signed decision.
 */
export async function countDecided(db: Kysely<Database>, s: CaseScope): Promise<OnTimeCounts> {
  const row = await endedCases(db, s, DECIDED)
    .select((eb) => [
      eb.fn.countAll<number | string>().as('n'),
      eb.fn.sum<number | string | null>(
        eb.case()
          .when(eb.and([
            eb('review_cases.end_status', '<>', 'deemed_issued'),
            eb('review_cases.ended_at', '<=', eb.ref('review_cases.due_at')),
          ])).then(eb.lit(1)).else(eb.lit(0)).end(),
      ).as('on_time'),
    ])
    .executeTakeFirst()
  const n = Number(row?.n ?? 0)
  const onTime = Number(row?.on_time ?? 0)
  return { onTime, late: n - onTime }
}

/**
 * Step completions in the period that had a step deadline, per step id. The deemed-issued
 * job's transition ends a step nobody completed: it counts as late, like the case. Naming
 * the step ids (those of the routes in scope) lets the index seek each step's period and
 * stream the groups without a sort. A scope with dimensions lists its cases first (from the
 * narrow scope index, not the wide rows) and keeps the completions of those.
 */
export async function countSteps(
  db: Kysely<Database>,
  s: CaseScope,
  stepIds: readonly string[],
): Promise<StepGroup[]> {
  if (!stepIds.length) return []
  const inPeriod = db.selectFrom('review_transitions')
    .where('review_transitions.step_id', 'in', stepIds)
    .where('review_transitions.completed_at', '>=', s.from)
    .where('review_transitions.completed_at', '<', s.to)
    .where('review_transitions.on_time', 'is not', null)
  const dimensions = s.regulationIds || s.organizationId || s.channel
  const rows = await (dimensions
    ? inPeriod.where(
      'review_transitions.case_id',
      'in',
      (eb) => eb.selectFrom('review_cases').select('review_cases.id').where(caseFilters(s)),
    )
    : inPeriod)
    .select((eb) => [
      'review_transitions.step_id as stepId',
      eb.fn.min('review_transitions.case_id').as('caseId'),
      eb.fn.countAll<number | string>().as('n'),
      eb.fn.sum<number | string | null>(
        eb.case().when('review_transitions.outcome', '=', 'deemed_issued').then(eb.lit(0))
          .else(eb.ref('review_transitions.on_time')).end(),
      ).as('on_time'),
    ])
    .groupBy('review_transitions.step_id')
    .execute()
  return rows.map((r) => {
    const onTime = Number(r.on_time ?? 0)
    return { stepId: r.stepId, caseId: r.caseId, onTime, late: Number(r.n) - onTime }
  })
}

/** The route (regulation version and sub-service) of each case asked for. */
export function findRoutes(db: Kysely<Database>, caseIds: readonly string[]) {
  if (!caseIds.length) return Promise.resolve([])
  return db.selectFrom('review_cases')
    .select(['id', 'regulation_version_id as versionId', 'sub_service as subService'])
    .where('id', 'in', caseIds).execute()
}
