/**
 * What the survey needs from the application, and the ports `src/app.ts` fills from the
 * modules before it in the case's life (review's cases, providers and statistics, approval's
 * authority statistics). Keeping them as ports lets the survey be tested, and benchmarked,
 * without a workflow behind it.
 */
import type { Db } from '../../db/connect.ts'
import type { Clock } from '../../lib/clock.ts'
import type { DeadlineCounts } from './indicators.ts'

/** Text in both languages. */
export interface Bilingual {
  readonly kk: string
  readonly ru: string
}

/** The facts of a case an answer records, as review knows them. */
export interface SurveyCase {
  readonly caseId: string
  readonly regulationId: string
  readonly regulationVersionId: string
  /** The provider organisation. */
  readonly providerId: string
  /** `portal`, `office` or `psc`. */
  readonly channel: string
  readonly lang: 'kk' | 'ru'
  /** The applicant's account, for the cabinet; null for an application entered at an office. */
  readonly applicantAccountId: string | null
}

/** A provider organisation and the regulations whose service it provides. */
export interface SurveyProvider {
  readonly id: string
  readonly name: Bilingual
  readonly regulationIds: readonly string[]
}

/** The slice of the workflow data the indicators page asks about. */
export interface WorkflowFilter {
  /** Almaty dates, both included: cases decided (steps completed) in the period. */
  readonly from: string
  readonly to: string
  readonly regulationId?: string | undefined
  readonly providerId?: string | undefined
  readonly region?: string | undefined
  readonly channel?: string | undefined
}

/**
 * Timeliness, refusals and interested-authority answers from the workflow. Each part is null
 * while the module that owns the data does not provide it (the page says so).
 */
export interface WorkflowStatistics {
  /** Cases decided in the period, within the overall deadline or not. */
  readonly decided: DeadlineCounts | null
  /** `decided` per Almaty calendar month (`'YYYY-MM'`) of the period, every month present. */
  readonly decidedByMonth:
    | ReadonlyArray<{ readonly month: string; readonly counts: DeadlineCounts }>
    | null
  /** Each step's completions within its norm or not (steps without a norm left out). */
  readonly steps:
    | ReadonlyArray<
      { readonly key: string; readonly label: Bilingual | null; readonly counts: DeadlineCounts }
    >
    | null
  /** Refusals by ground id; the label comes from the regulation when known. */
  readonly refusals:
    | ReadonlyArray<
      { readonly ground: string; readonly label: Bilingual | null; readonly count: number }
    >
    | null
  /** Interested-authority answers within their deadline or not, per authority. */
  readonly authorities:
    | ReadonlyArray<
      { readonly key: string; readonly label: Bilingual | null; readonly counts: DeadlineCounts }
    >
    | null
}

/** Dependencies of the survey services. */
export interface SurveyDeps {
  readonly db: Db
  readonly clock: Clock
  /** `https://…` without a trailing slash; one-time links in notices are absolute. */
  readonly publicOrigin: string
  /** review's case facts; without it links can only be made from known facts. */
  readonly cases?: ((caseId: string) => Promise<SurveyCase | undefined>) | undefined
  /** The provider organisations and their services. */
  readonly providers: () => Promise<readonly SurveyProvider[]>
  /** review's and approval's statistics; without it the page says they are not connected. */
  readonly workflow?: ((filter: WorkflowFilter) => Promise<WorkflowStatistics>) | undefined
}
