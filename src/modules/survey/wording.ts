/**
 * Which questionnaire a respondent reads: the survey of the regulation version of the case
 * (Almaty's first-person 2013 wording or Zhambyl's third-person one, both kept as catalog data).
 * A regulation without a survey gets no questionnaire online; only the quality team may
 * transcribe a paper form for it, and then in the default Zhambyl 2013 wording, labelled so.
 */
import {
  getRegulationInForce,
  getRegulationVersionById,
  listAllRegulations,
  type RegulationVersion,
  type Survey,
} from '../catalog/index.ts'
import type { SurveyDeps } from './deps.ts'

/** The wording used where the regulation defines none (paper forms only). */
export const DEFAULT_WORDING = 'zhambyl-2013'

/** A questionnaire to show: the catalog survey and whether it is the regulation's own. */
export interface Wording {
  readonly survey: Survey
  readonly basis: 'regulation' | 'default'
  readonly version: RegulationVersion
}

/** The questionnaire of a regulation version, or undefined when it defines none. */
export async function wordingOfVersion(
  deps: Pick<SurveyDeps, 'db' | 'clock'>,
  versionId: string,
): Promise<Wording | undefined> {
  const version = await getRegulationVersionById(deps, versionId)
  const survey = version?.definition.survey
  return version && survey ? { survey, basis: 'regulation', version } : undefined
}

/**
 * The questionnaire of a regulation on a day: its own survey, or with `allowDefault` the
 * default Zhambyl wording taken from any regulation that has it. Undefined for an unknown
 * regulation, one not in force that day, or one without a survey when no default is allowed.
 */
export async function wordingOn(
  deps: Pick<SurveyDeps, 'db' | 'clock'>,
  regulationId: string,
  day: Date,
  allowDefault = false,
): Promise<Wording | undefined> {
  const version = await getRegulationInForce(deps, regulationId, day)
  if (!version) return undefined
  const own = version.definition.survey
  if (own) return { survey: own, basis: 'regulation', version }
  if (!allowDefault) return undefined
  const fallback = await defaultSurvey(deps)
  return fallback ? { survey: fallback, basis: 'default', version } : undefined
}

/** The default Zhambyl wording as the catalog stores it. */
export async function defaultSurvey(deps: Pick<SurveyDeps, 'db' | 'clock'>) {
  for (const versions of await listAllRegulations(deps)) {
    for (const v of versions) {
      if (v.definition.survey?.id === DEFAULT_WORDING) return v.definition.survey
    }
  }
  return undefined
}

/** Whether the regulation's latest version defines a survey (for the service lists). */
export function hasSurvey(versions: readonly RegulationVersion[]): boolean {
  return versions.at(-1)?.definition.survey != null
}
