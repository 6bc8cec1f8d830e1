/**
 * Names for the workflow figures from the catalog: a step's action in the route of a case
 * that completed it, a refusal ground's text in the regulation of the cases citing it.
 */
import { getRegulationVersionById, type Regulation } from '../catalog/index.ts'
import type { ReviewStatistics } from './statistics.ts'
import type { GroundGroup } from './refusals-repo.ts'
import { findRoutes, type StepGroup } from './statistics-repo.ts'
import type { Bilingual, ReviewDeps } from './types.ts'

type Deps = Pick<ReviewDeps, 'db' | 'clock'>

/** The regulation of each version id asked for (unknown ids left out). */
async function regulationsOf(
  deps: Deps,
  ids: Iterable<string>,
): Promise<Map<string, Regulation>> {
  const out = new Map<string, Regulation>()
  for (const id of new Set(ids)) {
    const version = await getRegulationVersionById(deps, id)
    if (version) out.set(id, version.definition)
  }
  return out
}

/**
 * Each step id's figures with the step's action, in route order. A step id names different
 * steps in different routes (`register`, `sign`), so the action is read from the route of
 * one case that completed the step (exact when the filter names one service).
 */
export async function stepFigures(
  deps: Deps,
  groups: readonly StepGroup[],
): Promise<ReviewStatistics['steps']> {
  const cases = await findRoutes(deps.db.kysely, groups.map((g) => g.caseId))
  const regulations = await regulationsOf(deps, cases.map((c) => c.versionId))
  const named = groups.map((g) => {
    const route = cases.find((c) => c.id === g.caseId)
    const steps = route && regulations.get(route.versionId)?.subServices
      .find((s) => s.kind === route.subService)?.route.steps
    const order = steps?.findIndex((s) => s.id === g.stepId) ?? -1
    return {
      key: g.stepId,
      label: steps?.[order]?.action ?? null,
      order: order < 0 ? Number.MAX_SAFE_INTEGER : order,
      counts: { onTime: g.onTime, late: g.late },
    }
  })
  return named.sort((a, b) => a.order - b.order || a.key.localeCompare(b.key))
    .map(({ key, label, counts }) => ({ key, label, counts }))
}

/**
 * Refusals per ground, most cited first. A ground's label is the first version's (by id) that
 * names it; a ground for a case citing none (UNCITED) has none: the page names it.
 */
export async function refusalFigures(
  deps: Deps,
  groups: readonly GroundGroup[],
): Promise<ReviewStatistics['refusals']> {
  const regulations = await regulationsOf(deps, groups.map((g) => g.versionId))
  const byGround = new Map<string, { ground: string; label: Bilingual | null; count: number }>()
  const ordered = [...groups].sort((a, b) => a.versionId.localeCompare(b.versionId))
  for (const g of ordered) {
    const seen = byGround.get(g.ground)
    const regulation = regulations.get(g.versionId)
    byGround.set(g.ground, {
      ground: g.ground,
      label: seen?.label ?? (regulation ? groundLabel(regulation, g.ground) : null),
      count: (seen?.count ?? 0) + g.count,
    })
  }
  return [...byGround.values()]
    .sort((a, b) => b.count - a.count || a.ground.localeCompare(b.ground))
}

/** A refusal ground's text, or the unmet qualification requirement an inspection cited. */
function groundLabel(regulation: Regulation, ground: string): Bilingual | null {
  const listed = regulation.refusalGrounds.items.find((g) => g.id === ground)
  if (listed) return listed.text
  const requirement = ground.startsWith('qualification:')
    ? regulation.qualification?.items.find((q) => `qualification:${q.id}` === ground)
    : undefined
  return requirement?.text ?? null
}
