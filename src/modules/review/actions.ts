/**
 * The action of each kind of step, from a posted form to the outcome and the facts it
 * records: a refusal cites grounds from the catalog (or the Standard's paragraph where the
 * catalog only points to it) and a reason; an incompleteness refusal cites the missing
 * documents; an inspection fills the service's qualification checklist. Field errors are
 * locale keys; the page is shown again with them (422).
 */
import type { z } from 'zod'
import type { Regulation, Step, StepKind } from '../catalog/index.ts'
import { localDate } from '../sla/index.ts'
import { checklistOf, missingDocumentChoices } from './checklists.ts'
import type { CaseContext } from './context.ts'
import { offeredOutcomes } from './route.ts'
import {
  completenessForm,
  decisionForm,
  inspectionForm,
  simpleForm,
  testResultForm,
  testScheduleForm,
} from './schema.ts'
import { stepHandler } from './handlers.ts'

/** Field name → locale key of its error. */
export type ActionErrors = Record<string, string>

/** A validated action, ready for `completeStep`. */
export interface ParsedAction {
  readonly version: number
  readonly outcome: string
  readonly comment?: string | undefined
  readonly data: Record<string, unknown>
  readonly decisionData?: Record<string, unknown>
}

/** The result of reading a form. */
export type ParseResult = { ok: true; action: ParsedAction } | { ok: false; errors: ActionErrors }

/** The URL segment (nested resource) that acts on each kind of step. */
export const RESOURCES: Partial<Record<StepKind, string>> = {
  register: 'registration',
  assign: 'assignment',
  check_completeness: 'completeness',
  inspection: 'inspection',
  test_schedule: 'test-schedule',
  notify: 'notification',
  test: 'test-result',
  draft_decision: 'draft',
  finalize: 'decision',
  issue: 'decision',
  sign: 'signature',
}

/**
 * The outcomes the page offers at the current step. A kind another module handles offers none
 * here; at an `issue` step only the outcomes that do not issue the result (a late refusal),
 * as issuing belongs to the issuance module.
 */
export function formOutcomes(step: Step, decision: CaseContext['row']['decision']) {
  if (step.kind === 'approval' || (step.kind !== 'issue' && stepHandler(step.kind))) return []
  const offered = offeredOutcomes(step, decision)
  return step.kind === 'issue' ? offered.filter((o) => o.to !== 'end') : offered
}

/** Reads the form of the current step's kind. */
export function parseAction(
  ctx: CaseContext,
  body: Record<string, unknown>,
  now: Date,
): ParseResult {
  const step = ctx.step!
  switch (step.kind) {
    case 'check_completeness':
      return completeness(ctx, body)
    case 'inspection':
      return inspection(ctx, body, localDate(now))
    case 'test_schedule':
      return testSchedule(ctx, body, localDate(now))
    case 'test':
      return testResult(body)
    case 'draft_decision':
    case 'finalize':
    case 'issue':
      return decision(ctx.regulation, body)
    default:
      return simple(body)
  }
}

function shape<S extends z.ZodType>(schema: S, body: unknown) {
  const r = schema.safeParse(body)
  if (r.success) return { value: r.data as z.output<S>, errors: {} as ActionErrors }
  const errors: ActionErrors = {}
  for (const i of r.error.issues) {
    const f = String(i.path[0] ?? '_form')
    errors[f] ??= /^review:/.test(i.message) ? i.message : 'review:errors.invalid'
  }
  return { value: undefined, errors }
}

function done(
  base: { version: number; outcome: string; comment?: string | undefined },
  data: Record<string, unknown>,
  decisionData?: Record<string, unknown>,
): ParseResult {
  return { ok: true, action: { ...base, data, ...(decisionData ? { decisionData } : {}) } }
}

function simple(body: Record<string, unknown>): ParseResult {
  const { value, errors } = shape(simpleForm, body)
  if (!value) return { ok: false, errors }
  return done({ ...value, outcome: value.outcome || 'done' }, {})
}

/** Grounds and reason of a refusal, or the errors of the missing ones. */
export function refusal(
  regulation: Regulation,
  f: { grounds: string[]; groundOther?: string | undefined; reason?: string | undefined },
): { errors: ActionErrors; data: Record<string, unknown> } {
  const catalog = regulation.refusalGrounds.items
  const grounds = catalog.filter((g) => f.grounds.includes(g.id))
  const errors: ActionErrors = {}
  if (catalog.length && grounds.length === 0) errors['grounds'] = 'review:errors.groundsRequired'
  if (!catalog.length && !f.groundOther) errors['groundOther'] = 'review:errors.groundOtherRequired'
  if (!f.reason) errors['reason'] = 'review:errors.reasonRequired'
  return {
    errors,
    data: {
      grounds: grounds.map((g) => ({ id: g.id, text: g.text })),
      groundOther: f.groundOther ?? null,
      reason: f.reason ?? null,
    },
  }
}

function decision(regulation: Regulation, body: Record<string, unknown>): ParseResult {
  const { value, errors } = shape(decisionForm, body)
  if (!value) return { ok: false, errors }
  if (value.outcome !== 'refuse') return done(value, {}, { refusal: null })
  const r = refusal(regulation, value)
  if (Object.keys(r.errors).length) return { ok: false, errors: r.errors }
  return done(value, {}, { refusal: r.data })
}

function completeness(ctx: CaseContext, body: Record<string, unknown>): ParseResult {
  const { value, errors } = shape(completenessForm, body)
  if (!value) return { ok: false, errors }
  if (value.outcome !== 'incomplete') return done(value, { complete: true })
  const choices = missingDocumentChoices(ctx)
  const missing = choices.filter((d) => value.missing.includes(d.id))
  const more: ActionErrors = {}
  if (choices.length ? !missing.length && !value.missingOther : !value.missingOther) {
    more[choices.length ? 'missing' : 'missingOther'] = 'review:errors.missingRequired'
  }
  if (!value.reason) more['reason'] = 'review:errors.reasonRequired'
  if (Object.keys(more).length) return { ok: false, errors: more }
  const missingDocuments = missing.map((d) => ({ id: d.id, name: d.name }))
  const record = {
    missingDocuments,
    missingOther: value.missingOther ?? null,
    reason: value.reason,
  }
  return done(value, record, { return: record })
}

function inspection(ctx: CaseContext, body: Record<string, unknown>, today: string): ParseResult {
  const { value, errors } = shape(inspectionForm, body)
  const items = checklistOf(ctx)
  const answers = items.map((i) => ({ item: i, answer: String(body[`check-${i.id}`] ?? '') }))
  for (const a of answers) {
    if (!['met', 'not_met'].includes(a.answer)) {
      errors[`check-${a.item.id}`] = 'review:errors.checkRequired'
    }
  }
  if (value && value.inspectedOn > today) errors['inspectedOn'] = 'review:errors.dateFuture'
  if (!value || Object.keys(errors).length) return { ok: false, errors }
  const unmet = answers.filter((a) => a.answer === 'not_met')
  if (value.outcome === 'passed' && unmet.length) {
    return { ok: false, errors: { outcome: 'review:errors.unmetPassed' } }
  }
  if (value.outcome === 'failed' && items.length && !unmet.length) {
    return { ok: false, errors: { outcome: 'review:errors.failedAllMet' } }
  }
  if (value.outcome === 'failed' && !value.reason) {
    return { ok: false, errors: { reason: 'review:errors.reasonRequired' } }
  }
  const record = {
    inspectedOn: value.inspectedOn,
    findings: value.findings,
    checklist: answers.map((a) => ({ id: a.item.id, text: a.item.text, met: a.answer === 'met' })),
  }
  if (value.outcome !== 'failed') return done(value, record, { inspection: record })
  const refusalData = {
    grounds: unmet.map((a) => ({ id: `qualification:${a.item.id}`, text: a.item.text })),
    groundOther: null,
    reason: value.reason,
  }
  return done(value, record, { inspection: record, refusal: refusalData })
}

function testSchedule(ctx: CaseContext, body: Record<string, unknown>, today: string): ParseResult {
  const { value, errors } = shape(testScheduleForm, body)
  if (!value) return { ok: false, errors }
  if (value.outcome === 'refuse') {
    const r = refusal(ctx.regulation, value)
    return Object.keys(r.errors).length
      ? { ok: false, errors: r.errors }
      : done(value, {}, { refusal: r.data })
  }
  const more: ActionErrors = {}
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value.testDate ?? '') || value.testDate! < today) {
    more['testDate'] = 'review:errors.testDate'
  }
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(value.testTime ?? '')) {
    more['testTime'] = 'review:errors.testTime'
  }
  if (!value.place) more['place'] = 'review:errors.placeRequired'
  if (Object.keys(more).length) return { ok: false, errors: more }
  const schedule = { date: value.testDate, time: value.testTime, place: value.place }
  return done(value, schedule, { testSchedule: schedule })
}

function testResult(body: Record<string, unknown>): ParseResult {
  const { value, errors } = shape(testResultForm, body)
  if (!value) return { ok: false, errors }
  if (value.outcome === 'failed' && !value.reason) {
    return { ok: false, errors: { reason: 'review:errors.reasonRequired' } }
  }
  const result = {
    passed: value.outcome === 'passed',
    score: value.score ?? null,
    reason: value.reason ?? null,
  }
  const refusalData = value.outcome === 'failed'
    ? { refusal: { grounds: [], groundOther: null, reason: value.reason } }
    : {}
  return done(value, result, { testResult: result, ...refusalData })
}
