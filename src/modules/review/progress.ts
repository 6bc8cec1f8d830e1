/** What other modules read about cases: one case's state, and the applicant's progress list. */
import { routeOf } from './context.ts'
import { findTransitions } from './history-repo.ts'
import { findCase, findCases } from './repo.ts'
import type { CaseRow } from './tables.ts'
import type { Bilingual, ReviewDeps } from './types.ts'

/** A case as other modules see it. */
export interface CaseSummary {
  readonly id: string
  readonly number: string
  readonly organizationId: string
  readonly regulationId: string
  readonly regulationVersionId: string
  readonly subService: string
  readonly state: 'active' | 'ended'
  readonly status: string
  readonly currentStepId: string | null
  readonly stepKind: string | null
  readonly decision: 'grant' | 'refuse' | 'return' | null
  readonly decisionData: Record<string, unknown> | null
  readonly applicantAccountId: string | null
  readonly lang: 'kk' | 'ru'
  readonly submittedAt: string
  readonly dueAt: string
  readonly stepDueAt: string | null
  readonly pausedAt: string | null
  readonly signedAt: string | null
  readonly endedAt: string | null
  /** The optimistic-lock version; pass it to `completeStep`. */
  readonly version: number
}

/** A case by id, or undefined. */
export async function getCase(deps: ReviewDeps, id: string): Promise<CaseSummary | undefined> {
  const row = await findCase(deps.db.kysely, id)
  return row ? summaryOf(row) : undefined
}

function summaryOf(r: CaseRow): CaseSummary {
  return {
    id: r.id,
    number: r.number,
    organizationId: r.organization_id,
    regulationId: r.regulation_id,
    regulationVersionId: r.regulation_version_id,
    subService: r.sub_service,
    state: r.state,
    status: r.status,
    currentStepId: r.current_step_id,
    stepKind: r.step_kind,
    decision: r.decision,
    decisionData: r.decision_data ? JSON.parse(r.decision_data) : null,
    applicantAccountId: r.applicant_account_id,
    lang: r.lang,
    submittedAt: r.submitted_at,
    dueAt: r.due_at,
    stepDueAt: r.step_due_at,
    pausedAt: r.paused_at,
    signedAt: r.signed_at,
    endedAt: r.ended_at,
    version: r.version,
  }
}

/** A case's progress for the applicant's cabinet. */
export interface CaseProgress {
  readonly status: string
  readonly statusSince: string
  readonly dueAt: string
  /** The steps completed so far, oldest first, with the result each produced. */
  readonly steps: ReadonlyArray<{ readonly at: string; readonly text: Bilingual }>
}

/** The progress of the cases among `ids` that review knows. */
export async function caseProgress(
  deps: ReviewDeps,
  ids: readonly string[],
): Promise<Map<string, CaseProgress>> {
  const out = new Map<string, CaseProgress>()
  for (const row of await findCases(deps.db.kysely, ids.slice(0, 200))) {
    out.set(row.id, {
      status: row.status,
      statusSince: row.ended_at ?? row.step_started_at ?? row.submitted_at,
      dueAt: row.due_at,
      steps: await completedSteps(deps, row),
    })
  }
  return out
}

/** Each completed step's result as the regulation words it (a system end has no step text). */
async function completedSteps(deps: ReviewDeps, row: CaseRow) {
  const { sub } = await routeOf(deps, row.regulation_version_id, row.sub_service)
  const steps = []
  for (const t of await findTransitions(deps.db.kysely, row.id)) {
    const step = sub.route.steps.find((s) => s.id === t.step_id)
    if (step && t.actor_account_id) steps.push({ at: t.completed_at, text: step.result })
  }
  return steps
}
