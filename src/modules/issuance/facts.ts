/**
 * What a case brings to its result document: review's case (decision and its grounds), intake's
 * application (applicant, channel, language, particulars) and the catalog's regulation version
 * (provider, region, result kind, activity sub-types). Read before any transaction: catalog reads
 * must not wait on SQLite's single connection.
 */
import { z } from 'zod'
import { resources } from '../../i18n.ts'
import { getRegulationVersionById, type Regulation, type SubService } from '../catalog/index.ts'
import { cleanText } from '../documents/index.ts'
import type { RefusalFacts } from './data.ts'
import type { ApplicationFacts, Bilingual, CaseState, IssuanceDeps } from './deps.ts'

/** A case with everything needed to issue its result. */
export interface CaseFacts {
  readonly case: CaseState
  readonly application: ApplicationFacts
  readonly regulation: Regulation
  readonly versionId: string
  readonly sub: SubService
}

/** Thrown when a case handed over cannot be found in review, intake or the catalog. */
export class MissingCaseError extends Error {
  override name = 'MissingCaseError'
}

/** Loads the facts of a case; throws MissingCaseError when a part is missing. */
export async function loadFacts(deps: IssuanceDeps, caseId: string): Promise<CaseFacts> {
  const found = await deps.cases.getCase(caseId)
  if (!found) throw new MissingCaseError(`No case "${caseId}" in review`)
  const application = await deps.cases.getApplication(caseId)
  if (!application) throw new MissingCaseError(`No application "${caseId}" in intake`)
  const version = await getRegulationVersionById(deps, found.regulationVersionId)
  if (!version) throw new MissingCaseError(`No regulation version "${found.regulationVersionId}"`)
  const regulation = version.definition
  const sub = regulation.subServices.find((s) => s.kind === found.subService)
  if (!sub) throw new MissingCaseError(`No sub-service "${found.subService}" in "${regulation.id}"`)
  return { case: found, application, regulation, versionId: version.id, sub }
}

function particular(facts: CaseFacts, key: string): unknown {
  return (facts.application.particulars as Record<string, unknown>)[key]
}

/** The licensed activity: the locale's wording for the regulation, else the service's name. */
export function activityOf(regulation: Regulation): Bilingual {
  const kk = resources.kk.issuance.activities as Record<string, string>
  const ru = resources.ru.issuance.activities as Record<string, string>
  const id = regulation.id
  return kk[id] && ru[id] ? { kk: kk[id], ru: ru[id] } : { ...regulation.name }
}

/** The activity sub-types the application names, by their catalog names. */
export function subtypesOf(facts: CaseFacts): Bilingual[] {
  const ids = z.array(z.string()).catch([]).parse(particular(facts, 'activitySubtypes'))
  const known = facts.regulation.activitySubtypes ?? []
  return known.filter((s) => ids.includes(s.id)).map((s) => ({ ...s.name }))
}

const objectList = z.array(
  z.object({ name: z.string().trim().min(1).max(300), address: z.string().trim().max(500) }),
).max(100).catch([])

/** Objects (warehouses, premises) with addresses, where the application lists them. */
export function objectsOf(facts: CaseFacts): Array<{ name: string; address: string }> {
  return objectList.parse(particular(facts, 'objects'))
}

/** The license number a re-issue or duplicate application names, if any. */
export function relatedNumberOf(facts: CaseFacts): string | undefined {
  const value = particular(facts, 'licenseNumber')
  const text = typeof value === 'string' ? cleanText(value).slice(0, 60) : ''
  return text || undefined
}

const text = z.object({ kk: z.string(), ru: z.string() })
const refusalData = z.object({
  grounds: z.array(z.object({ text })).catch([]),
  groundOther: z.string().nullish(),
  reason: z.string().nullish(),
}).partial()
const returnData = z.object({
  missingDocuments: z.array(z.object({ name: text })).catch([]),
  missingOther: z.string().nullish(),
  reason: z.string().nullish(),
}).partial()

/** The grounds of a refusal or a return, from the decision review recorded. */
export function refusalOf(state: CaseState): RefusalFacts {
  const data = state.decisionData ?? {}
  if (state.decision === 'return') {
    const r = returnData.catch({}).parse(data['return'])
    return {
      grounds: [],
      other: r.missingOther ?? null,
      missing: (r.missingDocuments ?? []).map((d) => d.name),
      reason: r.reason ?? null,
    }
  }
  const r = refusalData.catch({}).parse(data['refusal'])
  return {
    grounds: (r.grounds ?? []).map((g) => g.text),
    other: r.groundOther ?? null,
    missing: [],
    reason: r.reason ?? null,
  }
}
