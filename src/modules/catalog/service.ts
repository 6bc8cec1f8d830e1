/**
 * Reading the catalog: the version of a regulation in force on a day, a given version, and the
 * public list with its filters and search. A case stores the version id it was submitted under
 * and reads it back with {@link getRegulationVersionById}, so later versions never change it.
 */
import { localDate } from '../sla/index.ts'
import type { Region, Sector } from './types.ts'
import type { CatalogDeps } from './deps.ts'
import { matchesTerms, normalizeForSearch, queryTerms } from './search.ts'
import { loadSnapshot, type RegulationVersion } from './snapshot.ts'

/**
 * The version in force on a day: among the versions whose `effectiveFrom` is on or before the
 * Asia/Almaty calendar date of `on`, the one that took effect last (on a tie, the higher version
 * number). Undefined when the regulation is unknown or none of its versions is in force yet.
 */
export async function getRegulationInForce(
  deps: CatalogDeps,
  regulationId: string,
  on: Date,
): Promise<RegulationVersion | undefined> {
  const versions = (await loadSnapshot(deps)).byRegulation.get(regulationId) ?? []
  return inForce(versions, localDate(on))
}

/** One version by its number, or undefined. */
export async function getRegulationVersion(
  deps: CatalogDeps,
  regulationId: string,
  version: number,
): Promise<RegulationVersion | undefined> {
  const versions = (await loadSnapshot(deps)).byRegulation.get(regulationId) ?? []
  return versions.find((v) => v.version === version)
}

/** One version by its row id (what a case stores), or undefined. */
export async function getRegulationVersionById(
  deps: CatalogDeps,
  versionId: string,
): Promise<RegulationVersion | undefined> {
  return (await loadSnapshot(deps)).byId.get(versionId)
}

/** Every version of a regulation, by ascending version number; empty for an unknown id. */
export async function listRegulationVersions(
  deps: CatalogDeps,
  regulationId: string,
): Promise<readonly RegulationVersion[]> {
  return (await loadSnapshot(deps)).byRegulation.get(regulationId) ?? []
}

/** Every regulation with all its versions (in force or not), ordered by the latest's code. */
export async function listAllRegulations(
  deps: CatalogDeps,
): Promise<Array<readonly RegulationVersion[]>> {
  const code = (versions: readonly RegulationVersion[]) => versions.at(-1)?.definition.code ?? ''
  return [...(await loadSnapshot(deps)).byRegulation.values()]
    .sort((a, b) => compareCodes(code(a), code(b)))
}

/** Filters of {@link listRegulations}. */
export interface RegulationFilter {
  readonly region?: Region | undefined
  readonly sector?: Sector | undefined
  /** Free text in Kazakh or Russian; see search.ts. */
  readonly q?: string | undefined
  /** The day whose versions are listed; default: today (clock). */
  readonly on?: Date | undefined
  /** Names of each region (every language) that the query may match, e.g. from the locales. */
  readonly regionNames?: Readonly<Partial<Record<Region, readonly string[]>>> | undefined
}

/** The version in force of every regulation that matches, ordered by service code. */
export async function listRegulations(
  deps: CatalogDeps,
  filter: RegulationFilter = {},
): Promise<RegulationVersion[]> {
  const snapshot = await loadSnapshot(deps)
  const day = localDate(filter.on ?? deps.clock.now())
  const terms = queryTerms(filter.q ?? '')
  const regionText = new Map(
    Object.entries(filter.regionNames ?? {}).map(([k, v]) => [k, normalizeForSearch(v.join(' '))]),
  )
  const out: RegulationVersion[] = []
  for (const versions of snapshot.byRegulation.values()) {
    const current = inForce(versions, day)
    if (!current) continue
    const r = current.definition
    if (filter.region && r.region !== filter.region) continue
    if (filter.sector && r.sector !== filter.sector) continue
    const text = `${snapshot.searchText.get(current.id) ?? ''} ${regionText.get(r.region) ?? ''}`
    if (matchesTerms(text, terms)) out.push(current)
  }
  return out.sort((a, b) => compareCodes(a.definition.code, b.definition.code))
}

/** The version in force on an ISO date among one regulation's versions. */
export function inForce(
  versions: readonly RegulationVersion[],
  isoDate: string,
): RegulationVersion | undefined {
  let best: RegulationVersion | undefined
  for (const v of versions) {
    if (v.effectiveFrom > isoDate) continue
    if (
      !best || v.effectiveFrom > best.effectiveFrom ||
      (v.effectiveFrom === best.effectiveFrom && v.version > best.version)
    ) best = v
  }
  return best
}

/** S1-A < S1-B < S2 < S10: by number, then letter. */
function compareCodes(a: string, b: string): number {
  const key = (code: string) => /^S(\d+)(?:-([A-C]))?$/.exec(code) ?? ['', '0', '']
  const [, na = '0', la = ''] = key(a)
  const [, nb = '0', lb = ''] = key(b)
  return Number(na) - Number(nb) || la.localeCompare(lb)
}
