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
  /** `decided` per Almaty calendar month of the period (`'YYYY-MM'`), every month present. */
  readonly decidedByMonth: ReadonlyArray<
    { readonly month: string; readonly counts: OnTimeCounts }
  >
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
  const months = monthsOf(filter)
  if (!scope) {
    const zero = { onTime: 0, late: 0 }
    return {
      decided: zero,
      decidedByMonth: months.map((m) => ({ month: m.month, counts: zero })),
      steps: [],
      refusals: [],
    }
  }
  const db = deps.db.kysely
  const stepIds = await stepIdsIn(deps, scope)
  // Separate connections on PostgreSQL count at once; SQLite's one connection takes turns.
  // The period's total is the sum of its months, so the trend costs no second pass.
  const [decidedByMonth, steps, grounds] = await Promise.all([
    Promise.all(months.map(async (m) => ({
      month: m.month,
      counts: await countDecided(db, { ...scope, ...instantsOf(m.from, m.to) }),
    }))),
    countSteps(db, scope, stepIds),
    countGrounds(db, deps.db.dialect, scope),
  ])
  return {
    decided: decidedByMonth.reduce(
      (sum, m) => ({ onTime: sum.onTime + m.counts.onTime, late: sum.late + m.counts.late }),
      { onTime: 0, late: 0 },
    ),
    decidedByMonth,
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
    ...instantsOf(f.from, f.to),
    regulationIds,
    organizationId: f.organizationId,
    channel: f.channel,
  }
}

/** Almaty dates, both included, as the instants of a scope (`to` excluded). */
function instantsOf(from: string, to: string): { from: string; to: string } {
  return {
    from: fromAlmaty(`${from} 00:00`).toISOString(),
    to: new Date(fromAlmaty(`${to} 00:00`).getTime() + DAY_MS).toISOString(),
  }
}

/** The calendar months a period touches, each clipped to the period (Almaty dates). */
function monthsOf(f: StatisticsFilter): Array<{ month: string; from: string; to: string }> {
  const months: Array<{ month: string; from: string; to: string }> = []
  let [year, month] = f.from.slice(0, 7).split('-').map(Number) as [number, number]
  for (;;) {
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`
    if (key > f.to.slice(0, 7)) return months
    // Day 0 of the next month is this month's last day.
    const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10)
    months.push({
      month: key,
      from: f.from > `${key}-01` ? f.from : `${key}-01`,
      to: f.to < last ? f.to : last,
    })
    ;[year, month] = month === 12 ? [year + 1, 1] : [year, month + 1]
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
