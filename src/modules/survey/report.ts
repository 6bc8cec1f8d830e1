/**
 * The quality team's figures for a filter: the answer counts from one GROUP BY, turned into
 * the quality (question 1) and accessibility (question 2) indicators with Wilson intervals,
 * the monthly trend, answers by source, and the workflow's timeliness, refusals and
 * interested-authority figures from review and approval.
 */
import { type AnswerFilter, countAnswers, countDefaultWording } from './aggregate-repo.ts'
import type { Bilingual, SurveyDeps, WorkflowStatistics } from './deps.ts'
import {
  type AnswerCounts,
  type QuestionIndicator,
  type SurveyCounts,
  surveyIndicators,
  timeliness,
} from './indicators.ts'
import { sources } from './schema.ts'
import { monthlyTrend, type TrendPoint } from './trend.ts'

/** Everything the indicators page, the CSV and the printable report show. */
export interface Indicators {
  readonly filter: AnswerFilter
  readonly n: number
  readonly counts: SurveyCounts
  readonly quality: QuestionIndicator
  readonly accessibility: QuestionIndicator
  readonly bySource: Readonly<Record<(typeof sources)[number], number>>
  /** Answers transcribed from paper in the default wording (regulation without a survey). */
  readonly defaultWording: number
  readonly trend: readonly TrendPoint[]
  /** Null when the workflow statistics are not connected. */
  readonly workflow: WorkflowFigures | null
}

type Timeliness = ReturnType<typeof timeliness>

/** The workflow statistics with their shares; a part is null when not connected. */
export interface WorkflowFigures {
  readonly decided: Timeliness | null
  /** Cases decided within the overall deadline, per month of the period. */
  readonly decidedByMonth: ReadonlyArray<{ month: string; figures: Timeliness }> | null
  readonly steps:
    | ReadonlyArray<{ key: string; label: Bilingual | null; figures: Timeliness }>
    | null
  readonly refusals: WorkflowStatistics['refusals']
  readonly authorities:
    | ReadonlyArray<{ key: string; label: Bilingual | null; figures: Timeliness }>
    | null
}

/** Computes the indicators of a filter. */
export async function buildIndicators(deps: SurveyDeps, filter: AnswerFilter): Promise<Indicators> {
  const db = deps.db.kysely
  const [rows, defaultWording, workflow] = await Promise.all([
    countAnswers(db, filter),
    countDefaultWording(db, filter),
    deps.workflow?.(filter) ?? Promise.resolve(undefined),
  ])
  const byMonth = new Map<string, { q1: number[]; q2: number[] }>()
  const bySource = Object.fromEntries(sources.map((s) => [s, 0])) as Record<
    (typeof sources)[number],
    number
  >
  for (const r of rows) {
    const month = r.day.slice(0, 7)
    const m = byMonth.get(month) ?? { q1: [0, 0, 0], q2: [0, 0, 0] }
    m.q1[r.q1 - 1]! += r.n
    m.q2[r.q2 - 1]! += r.n
    byMonth.set(month, m)
    if (r.source in bySource) bySource[r.source as keyof typeof bySource] += r.n
  }
  const monthRows = [...byMonth].map(([month, c]) => ({
    month,
    counts: { q1: c.q1 as unknown as AnswerCounts, q2: c.q2 as unknown as AnswerCounts },
  }))
  const trend = monthlyTrend(monthRows, {
    from: filter.from.slice(0, 7),
    to: filter.to.slice(0, 7),
  })
  const counts = sumCounts(trend)
  const ind = surveyIndicators(counts)
  return {
    filter,
    n: ind.q1.n,
    counts,
    quality: ind.q1,
    accessibility: ind.q2,
    bySource,
    defaultWording,
    trend,
    workflow: workflow ? workflowFigures(workflow) : null,
  }
}

function sumCounts(trend: readonly TrendPoint[]): SurveyCounts {
  const q1: [number, number, number] = [0, 0, 0]
  const q2: [number, number, number] = [0, 0, 0]
  for (const p of trend) {
    for (let i = 0; i < 3; i++) {
      q1[i]! += p.counts.q1[i]!
      q2[i]! += p.counts.q2[i]!
    }
  }
  return { q1, q2 }
}

function workflowFigures(raw: WorkflowStatistics): WorkflowFigures {
  const each = (list: WorkflowStatistics['steps']) =>
    list?.map((s) => ({ key: s.key, label: s.label, figures: timeliness(s.counts) })) ?? null
  return {
    decided: raw.decided ? timeliness(raw.decided) : null,
    decidedByMonth:
      raw.decidedByMonth?.map((m) => ({ month: m.month, figures: timeliness(m.counts) })) ??
        null,
    steps: each(raw.steps),
    refusals: raw.refusals,
    authorities: each(raw.authorities),
  }
}
