/**
 * Sending the draft for approval: the executor confirms the authorities (the ones the routing
 * table maps the regulation's kinds to in its region; others of kind `authority` too where the
 * route's policy lets the executor choose) and selects the documents. One request per
 * authority is created with its frozen snapshot and its own deadline from the step's norm, in
 * one transaction with the audit entry.
 */
import { getRegulationVersionById, type Regulation, type SubService } from '../catalog/index.ts'
import { getCase } from '../review/index.ts'
import { dueAt, loadCalendar } from '../sla/index.ts'
import { type ApprovalPolicy, authorityOrganizations, policyOf } from './config.ts'
import { findMappedAuthorities } from './config-repo.ts'
import { ApprovalConflictError, ApprovalNotFoundError } from './errors.ts'
import { findOpenRound } from './repo.ts'
import type { RoundRow } from './tables.ts'
import type { ApplicationData, ApprovalDeps, Authority } from './types.ts'

/** An authority the executor may send to. */
export interface AuthorityChoice extends Authority {
  /** Mapped by the routing table for the regulation's kind and region (checked by default). */
  readonly kind: string | null
}

/** What the send form offers. */
export interface SendOptions {
  readonly round: RoundRow
  readonly regulation: Regulation
  readonly sub: SubService
  readonly policy: ApprovalPolicy
  readonly choices: readonly AuthorityChoice[]
  /** Kinds the regulation names that no organisation is mapped to in its region. */
  readonly unmapped: readonly string[]
  readonly application: ApplicationData | undefined
}

/** The case (of the viewer's organisation) and its open round at the current approval step. */
export async function openRoundOf(deps: ApprovalDeps, caseId: string, organizationId?: string) {
  const summary = await getCase(deps.review, caseId)
  if (!summary || summary.organizationId !== organizationId) {
    throw new ApprovalNotFoundError(`No case "${caseId}" in organisation "${organizationId}"`)
  }
  const atStep = summary.state === 'active' && summary.stepKind === 'approval'
  const round = atStep && summary.currentStepId
    ? await findOpenRound(deps.db.kysely, caseId, summary.currentStepId)
    : undefined
  return { summary, round }
}

/** The choices of the send form for a round. */
export async function sendOptions(deps: ApprovalDeps, round: RoundRow): Promise<SendOptions> {
  const version = await getRegulationVersionById(deps, round.regulation_version_id)
  if (!version) throw new RangeError(`Unknown regulation version "${round.regulation_version_id}"`)
  const regulation = version.definition
  const sub = regulation.subServices.find((s) => s.kind === round.sub_service)
  if (!sub) throw new RangeError(`No sub-service "${round.sub_service}" in "${regulation.id}"`)
  const kinds = regulation.interestedAuthorities.map((a) => a.kind)
  const mapped = await findMappedAuthorities(deps.db.kysely, kinds, regulation.region)
  const policy = await policyOf(deps, round.regulation_id, round.sub_service)
  const all = await authorityOrganizations(deps)
  const kindOf = new Map(mapped.map((m) => [m.organization_id, m.kind]))
  const choices = all.filter((a) => kindOf.has(a.id) || policy.authorityChoice === 'executor')
    .map((a) => ({ ...a, kind: kindOf.get(a.id) ?? null }))
  return {
    round,
    regulation,
    sub,
    policy,
    choices,
    unmapped: kinds.filter((k) => !mapped.some((m) => m.kind === k)),
    application: await deps.application?.(round.case_id),
  }
}

/** The authorities and documents chosen, or the errors (locale keys) of the form. */
export function readChoice(
  options: SendOptions,
  form: { authorities: readonly string[]; documents: readonly string[] },
):
  | { ok: true; authorities: AuthorityChoice[]; documentIds: string[] }
  | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {}
  const authorities = options.policy.authorityChoice === 'mapped'
    ? options.choices.filter((c) => c.kind !== null)
    : options.choices.filter((c) => form.authorities.includes(c.id))
  if (!authorities.length) errors['authorities'] = 'approval:errors.authorityRequired'
  if (form.authorities.some((id) => !options.choices.some((c) => c.id === id))) {
    errors['authorities'] = 'approval:errors.authorityUnknown'
  }
  const known = options.application?.documents.map((d) => d.id) ?? []
  if (!options.application) errors['documents'] = 'approval:errors.applicationMissing'
  else if (form.documents.some((id) => !known.includes(id))) {
    errors['documents'] = 'approval:errors.documentUnknown'
  }
  if (Object.keys(errors).length) return { ok: false, errors }
  return { ok: true, authorities, documentIds: known.filter((id) => form.documents.includes(id)) }
}

/** The deadline of a request sent at `at`, from the step's norm; null without a norm. */
export async function requestDue(
  deps: ApprovalDeps,
  options: SendOptions,
  at: Date,
): Promise<string | null> {
  const step = options.sub.route.steps.find((s) => s.id === options.round.step_id)
  if (!step?.norm) return null
  const h = options.regulation.workingHours
  const calendar = await loadCalendar(
    deps,
    h ? { start: h.start, end: h.end, lunch: h.lunch } : null,
  )
  const norm = step.excludeAcceptanceDay ? { ...step.norm, excludeAcceptanceDay: true } : step.norm
  return dueAt(at, norm, calendar).toISOString()
}

/** Throws unless the round can still be sent. */
export function assertSendable(
  summary: { pausedAt: string | null; id: string },
  round: RoundRow | undefined,
): asserts round is RoundRow {
  if (!round) {
    throw new ApprovalConflictError('notAtStep', `Case "${summary.id}" is not at approval`)
  }
  if (round.sent_at) throw new ApprovalConflictError('sent', `Round "${round.id}" was sent`)
  if (summary.pausedAt) throw new ApprovalConflictError('paused', `Case "${summary.id}" is paused`)
}
