/**
 * The workflow figures the quality team reads next to the survey: cases decided within the
 * overall deadline, each step within its norm, refusals by ground, for a period and the
 * survey's dimensions. Counted by the database (statistics-repo.ts), named from the catalog
 * (statistics-labels.ts).
 */
import { listAllRegulations } from '../catalog/index.ts'
import { fromAlmaty } from '../sla/index.ts'
import { refusalFigures, stepFigures } from './statistics-labels.ts'
import { countGrounds } from './refusals-repo.ts'
import { type CaseScope, countDecided, countSteps, type OnTimeCounts } from './statistics-repo.ts'
import type { Bilingual, ReviewDeps } from './types.ts'

/** Which cases: a period of Almaty dates (both included) and optional dimensions. */
export interface StatisticsFilter {
  readonly from: string
  readonly to: string
  readonly regulationId?: string | undefined
  /** The provider organisation. */
  readonly organizationId?: string | undefined
  /** A catalog region; a case's region is its regulation's. */
  readonly region?: string | undefined
  /** `portal`, `office` or `psc`, as the case was submitted. */
  readonly channel?: string | undefined
}

/** The figures of a filter; see {@link workflowStatistics}. */
export interface ReviewStatistics {
  readonly decided: OnTimeCounts
  readonly steps: ReadonlyArray<
    { readonly key: string; readonly label: Bilingual | null; readonly counts: OnTimeCounts }
  >
  readonly refusals: ReadonlyArray<
    { readonly ground: string; readonly label: Bilingual | null; readonly count: number }
  >
}

export type { OnTimeCounts } from './statistics-repo.ts'
export { UNCITED } from './refusals-repo.ts'

/**
 * The figures of the cases of a filter. `decided`: cases that ended in the period (ready,
 * refused, returned, deemed issued) by their overall deadline as moved by pauses; a case
 * deemed issued is late by definition, since it is deemed issued because that deadline passed
 * without a decision. `steps`: completions in the period of steps that had a deadline, per
 * step id, with the step's action in the catalog version of a case that completed it; the
 * deemed-issued job's ending of a step counts as late. `refusals`: refused and returned cases
 * that ended in the period, per ground cited, so a case citing two grounds counts under each;
 * named from the regulation's refusal grounds or qualification requirements, else null; a
 * case citing none is under one of {@link UNCITED}. A region is its regulations' region.
 */
export async function workflowStatistics(
  deps: Pick<ReviewDeps, 'db' | 'clock'>,
  filter: StatisticsFilter,
): Promise<ReviewStatistics> {
  const scope = await scopeOf(deps, filter)
  if (!scope) return { decided: { onTime: 0, late: 0 }, steps: [], refusals: [] }
  const db = deps.db.kysely
  const stepIds = await stepIdsIn(deps, scope)
  // Separate connections on PostgreSQL count at once; SQLite's one connection takes turns.
  const [decided, steps, grounds] = await Promise.all([
    countDecided(db, scope),
    countSteps(db, scope, stepIds),
    countGrounds(db, deps.db.dialect, scope),
  ])
  return {
    decided,
    steps: await stepFigures(deps, steps),
    refusals: await refusalFigures(deps, grounds),
  }
}

const DAY_MS = 24 * 60 * 60 * 1000

/** The scope of a filter; undefined when no regulation can match (a region without any). */
async function scopeOf(
  deps: Pick<ReviewDeps, 'db' | 'clock'>,
  f: StatisticsFilter,
): Promise<CaseScope | undefined> {
  let regulationIds = f.regulationId ? [f.regulationId] : undefined
  if (f.region) {
    const inRegion = (await listAllRegulations(deps))
      .filter((versions) => versions.some((v) => v.definition.region === f.region))
      .map((versions) => versions[0]!.regulationId)
    regulationIds = (regulationIds ?? inRegion).filter((id) => inRegion.includes(id))
  }
  if (regulationIds?.length === 0) return undefined
  return {
    from: fromAlmaty(`${f.from} 00:00`).toISOString(),
    to: new Date(fromAlmaty(`${f.to} 00:00`).getTime() + DAY_MS).toISOString(),
    regulationIds,
    organizationId: f.organizationId,
    channel: f.channel,
  }
}

/** Every step id of every version of the regulations a scope can include. */
async function stepIdsIn(deps: Pick<ReviewDeps, 'db' | 'clock'>, scope: CaseScope) {
  const ids = new Set<string>()
  for (const versions of await listAllRegulations(deps)) {
    if (scope.regulationIds && !scope.regulationIds.includes(versions[0]!.regulationId)) continue
    for (const v of versions) {
      for (const sub of v.definition.subServices) sub.route.steps.forEach((s) => ids.add(s.id))
    }
  }
  return [...ids].sort()
}
