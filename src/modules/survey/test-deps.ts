/**
 * Test set-up shared by the survey's database tests: a migrated database with the catalog and
 * the demo provider mapping, a fixed clock, and cases known only by the facts the test gives.
 */
import type { Db } from '../../db/connect.ts'
import type { CurrentUser } from '../../http/env.ts'
import { fixedClock } from '../../lib/clock.ts'
import { newId } from '../../lib/ids.ts'
import { getRegulationInForce, syncCatalog } from '../catalog/index.ts'
import { demoProviders, mapProviders } from '../review/index.ts'
import type { SurveyCase, SurveyDeps } from './deps.ts'
import { catalogProviders } from './lifecycle.ts'

/** Survey deps whose `cases` port answers from `cases`. */
export type TestDeps = SurveyDeps & {
  clock: ReturnType<typeof fixedClock>
  cases: (id: string) => Promise<SurveyCase | undefined>
  known: Map<string, SurveyCase>
}

/** Deps over `db` at `now` (Almaty 10:00 on 2 March 2026 by default). */
export async function surveyTestDeps(db: Db, now = '2026-03-02T05:00:00Z'): Promise<TestDeps> {
  const clock = fixedClock(now)
  await syncCatalog({ db, clock })
  await mapProviders({ db, clock }, demoProviders)
  const known = new Map<string, SurveyCase>()
  const base = { db, clock }
  return {
    db,
    clock,
    publicOrigin: 'https://elicensing.example.kz',
    known,
    cases: (id) => Promise.resolve(known.get(id)),
    providers: () => catalogProviders(base, (id) => Promise.resolve(demoProviders[id])),
  }
}

/** A case of a regulation (its version in force now), registered with the deps' port. */
export async function aCase(
  deps: TestDeps,
  regulationId: string,
  overrides: Partial<SurveyCase> = {},
): Promise<SurveyCase> {
  const version = await getRegulationInForce(deps, regulationId, deps.clock.now())
  if (!version) throw new Error(`no version of "${regulationId}" in force`)
  const facts: SurveyCase = {
    caseId: newId(),
    regulationId,
    regulationVersionId: version.id,
    providerId: demoProviders[regulationId]!,
    channel: 'portal',
    lang: 'ru',
    applicantAccountId: newId(),
    ...overrides,
  }
  deps.known.set(facts.caseId, facts)
  return facts
}

/** A signed-in quality analyst, as the session would load one. */
export function analyst(organizationId = 'org-zhambyl-agriculture'): CurrentUser {
  return {
    accountId: newId(),
    sessionId: newId(),
    kind: 'officer',
    login: 'zhambyl-agri.quality',
    displayName: { kk: 'Талдаушы', ru: 'Аналитик' },
    roles: new Set(['quality_analyst']),
    organizationId,
    applicantType: undefined,
    iin: undefined,
    bin: undefined,
  }
}

/** The answers the questionnaire posts, validated. */
export function answers(q1: 1 | 2 | 3, q2: 1 | 2 | 3, comment: string | null = null) {
  return {
    q1,
    q2,
    comment,
    appliedHow: null,
    neededHelp: null,
    assistiveTech: null,
    connection: null,
  }
}
