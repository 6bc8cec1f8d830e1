/**
 * The route of a sub-service as a graph: the steps of the catalog with their outcomes. Pure
 * functions over catalog data; the engine never hard-codes a regulation.
 */
import type { Norm, Outcome, Regulation, Step, StepKind, SubService } from '../catalog/index.ts'

/** The status a case shows while it is at a step of this kind (case-lifecycle contract). */
export function statusOfKind(kind: StepKind): string {
  switch (kind) {
    case 'register':
      return 'sent'
    case 'inspection':
      return 'inspection'
    case 'test_schedule':
    case 'test':
      return 'testing_scheduled'
    case 'approval':
      return 'on_approval'
    case 'sign':
    case 'issue':
      return 'on_signature'
    default:
      return 'under_review'
  }
}

/** The draft result of a case. */
export type Decision = 'grant' | 'refuse' | 'return'

/** The status a case ends with, by its decision (a case ending without one was granted). */
export function endStatusOf(decision: Decision | null): string {
  if (decision === 'refuse') return 'refused'
  if (decision === 'return') return 'returned'
  return 'ready'
}

/** The sub-service of a kind in a regulation; throws when the version has none. */
export function subServiceOf(regulation: Regulation, kind: string): SubService {
  const sub = regulation.subServices.find((s) => s.kind === kind)
  if (!sub) {
    throw new RangeError(`Regulation "${regulation.id}" has no sub-service "${kind}"`)
  }
  return sub
}

/** A step of a route by id; throws for an id the route does not have. */
export function stepOf(sub: SubService, id: string): Step {
  const step = sub.route.steps.find((s) => s.id === id)
  if (!step) throw new RangeError(`The route has no step "${id}"`)
  return step
}

/** The norm of a step for a case: the re-issue class's own norm when the step has one. */
export function normOf(step: Step, reissueClass: 'A' | 'B' | null): Norm | null {
  if (reissueClass && step.normByReissueClass) return step.normByReissueClass[reissueClass]
  return step.norm
}

/**
 * The main path of a route: from the first step, the first outcome of every step until the
 * end (register → … → sign → issue in the order the regulation lists them). The overall term
 * of a `sum_of_steps` deadline is the chain of its norms.
 */
export function mainPath(sub: SubService): Step[] {
  const path: Step[] = []
  let step: Step | undefined = sub.route.steps[0]
  while (step && !path.includes(step)) {
    path.push(step)
    const next: string | undefined = step.outcomes[0]?.to
    step = next === 'end' ? undefined : sub.route.steps.find((s) => s.id === next)
  }
  return path
}

const NEGATIVE_IDS = new Set(['refuse', 'incomplete', 'failed'])
const POSITIVE_IDS = new Set(['grant', 'passed', 'complete'])

function isNegative(o: Outcome): boolean {
  return o.decision === 'refuse' || o.decision === 'return' || NEGATIVE_IDS.has(o.id)
}

function isPositive(o: Outcome): boolean {
  return o.decision === 'grant' || POSITIVE_IDS.has(o.id)
}

/**
 * The outcomes a step may end with, given the draft decision so far. After a refusal (or a
 * return) only refusing outcomes are offered where the step has them, otherwise the neutral
 * ones (sign, approve); never a grant. Without a refusal, an outcome that refuses without
 * setting a decision itself (the notice of a refusal already signed) is not offered.
 */
export function offeredOutcomes(step: Step, decision: Decision | null): Outcome[] {
  if (decision === 'refuse' || decision === 'return') {
    const negative = step.outcomes.filter(isNegative)
    if (negative.length) return negative
    return step.outcomes.filter((o) => !isPositive(o))
  }
  return step.outcomes.filter((o) => !(NEGATIVE_IDS.has(o.id) && !o.decision))
}

/**
 * True when completing `step` with `outcome` signs the decision itself: a sign step that leads
 * to the end or to issuing the result, or that signs a refusal; not the signature of an
 * attestation's test schedule, after which the case goes on.
 */
export function signsDecision(
  sub: SubService,
  step: Step,
  outcome: Outcome,
  decision: Decision | null,
): boolean {
  if (step.kind !== 'sign') return false
  if (decision === 'refuse' || decision === 'return') return true
  return outcome.to === 'end' || sub.route.steps.find((s) => s.id === outcome.to)?.kind === 'issue'
}

/** The role of the step that appoints `role` (head for an executor, and so on), if any. */
export function appointerOf(sub: SubService, role: string): string | undefined {
  return sub.route.steps.find((s) => s.kind === 'assign' && s.assigns === role)?.role
}

/** Re-issue class of an application: A if any reason it gives is class A, else B; null if none. */
export function reissueClassOf(sub: SubService, reasonIds: readonly string[]): 'A' | 'B' | null {
  const classes = (sub.reissueReasons ?? []).filter((r) => reasonIds.includes(r.id))
    .map((r) => r.class)
  if (classes.includes('A')) return 'A'
  return classes.includes('B') ? 'B' : null
}
