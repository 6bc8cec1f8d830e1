/**
 * The ports filled from the modules before the survey in the case's life: a case's facts from
 * review (and its channel from intake), the provider organisations from review's mapping named
 * as their regulations name them, and the cabinet's survey entries.
 */
import { approvalStatistics } from '../approval/index.ts'
import { getApplication } from '../intake/index.ts'
import { getCase, providerOf, type ReviewDeps } from '../review/index.ts'
import { listAllRegulations } from '../catalog/index.ts'
import type {
  SurveyCase,
  SurveyDeps,
  SurveyProvider,
  WorkflowFilter,
  WorkflowStatistics,
} from './deps.ts'
import { cabinetSurveys, openInvitation } from './links.ts'

/** Where the ports read from. */
export interface LifecycleSources {
  readonly review: ReviewDeps
  readonly intake: Parameters<typeof getApplication>[0]
}

/** review's, intake's and approval's answers to the survey's questions. */
export function lifecyclePorts(
  src: LifecycleSources,
): Pick<SurveyDeps, 'cases' | 'providers' | 'workflow'> {
  return {
    cases: casesPort({
      getCase: (id) => getCase(src.review, id),
      getApplication: (id) => getApplication(src.intake, id),
    }),
    providers: () => catalogProviders(src.review, (id) => providerOf(src.review, id)),
    workflow: (filter) => workflowStatistics(src, filter),
  }
}

/**
 * The workflow's figures as far as the modules export them: approval's per-authority answers
 * (by the day a request was sent, for the period only: approval does not filter by service,
 * provider, region or channel). review exports no timeliness or refusal statistics yet, so
 * those parts stay null and the page says they are not connected.
 */
async function workflowStatistics(
  src: LifecycleSources,
  f: WorkflowFilter,
): Promise<WorkflowStatistics> {
  const next = new Date(`${f.to}T00:00:00+05:00`)
  next.setUTCDate(next.getUTCDate() + 1)
  const rows = await approvalStatistics(src.review, {
    from: new Date(`${f.from}T00:00:00+05:00`).toISOString(),
    to: next.toISOString(),
  })
  return {
    decided: null,
    decidedByMonth: null,
    steps: null,
    refusals: null,
    authorities: rows.map((r) => ({
      key: r.organizationId,
      label: r.name,
      counts: { onTime: r.onTime, late: r.late },
    })),
  }
}

/** Where a case's facts are read: review's case, intake's application (for its channel). */
export interface CaseSources {
  readonly getCase: (id: string) => ReturnType<typeof getCase>
  readonly getApplication: (id: string) => Promise<{ readonly channel: string } | undefined>
}

/**
 * The survey's `cases` port over review's and intake's reads (the jobs build it from the same
 * reads issuance is given, so notices sent by a job carry the link too).
 */
export function casesPort(src: CaseSources): (caseId: string) => Promise<SurveyCase | undefined> {
  return async (caseId) => {
    const found = await src.getCase(caseId)
    if (!found) return undefined
    const application = await src.getApplication(caseId)
    return {
      caseId,
      regulationId: found.regulationId,
      regulationVersionId: found.regulationVersionId,
      providerId: found.organizationId,
      channel: application?.channel ?? 'unknown',
      lang: found.lang,
      applicantAccountId: found.applicantAccountId,
    }
  }
}

/**
 * Every organisation that provides a service, with its regulations, named as the first of
 * them names its provider (the regulation's own words for the body that provides it).
 */
export async function catalogProviders(
  deps: Pick<SurveyDeps, 'db' | 'clock'>,
  providerOfRegulation: (regulationId: string) => Promise<string | undefined>,
): Promise<SurveyProvider[]> {
  const byId = new Map<string, { name: SurveyProvider['name']; regulationIds: string[] }>()
  for (const versions of await listAllRegulations(deps)) {
    const latest = versions.at(-1)
    const id = latest && (await providerOfRegulation(latest.regulationId))
    if (!latest || !id) continue
    const entry = byId.get(id) ?? { name: latest.definition.provider.name, regulationIds: [] }
    entry.regulationIds.push(latest.regulationId)
    byId.set(id, entry)
  }
  return [...byId].map(([id, e]) => ({ id, ...e }))
}

/** Statuses of a case whose result (license, refusal, return) has been issued. */
const ENDED = new Set(['ready', 'refused', 'returned', 'deemed_issued'])

/**
 * Wraps the cabinet's progress source: a case that has ended gets its survey entry (opened
 * now if the result notice did not already), until it is answered.
 */
export function withSurveyEntries<P extends { readonly status: string }>(
  deps: SurveyDeps,
  progress: (ids: string[]) => Promise<Map<string, P>>,
): (ids: string[]) => Promise<Map<string, P & { surveyHref?: string }>> {
  return async (ids) => {
    const found = await progress(ids)
    const ended = [...found].filter(([, p]) => ENDED.has(p.status)).map(([id]) => id)
    let entries = await cabinetSurveys(deps, ended)
    const unopened = ended.filter((id) => !entries.has(id))
    for (const id of unopened) {
      const facts = await deps.cases?.(id)
      if (facts) await openInvitation(deps, facts)
    }
    if (unopened.length) entries = await cabinetSurveys(deps, ended)
    const out = new Map<string, P & { surveyHref?: string }>()
    for (const [id, p] of found) {
      const href = entries.get(id)?.href
      out.set(id, href ? { ...p, surveyHref: href } : p)
    }
    return out
  }
}
