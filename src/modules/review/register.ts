/**
 * Registration: intake hands over a submitted application and review opens its case at the
 * first step of the route of the regulation version it was submitted under, with the step's
 * and the overall deadline. Handing the same application over again returns the same case.
 */
import { recordAudit } from '../audit/index.ts'
import { calendarFor, routeOf } from './context.ts'
import { actorKeyOf } from './context.ts'
import { nextAlertAt, overallDue, stepDue } from './deadlines.ts'
import { findCase, findProvider, insertCase, insertTerms, inTransaction } from './repo.ts'
import { reissueClassOf, statusOfKind } from './route.ts'
import { searchTextOf, termsOf } from './search.ts'
import type { NewCaseRow } from './tables.ts'
import type { ApplicationInput, ReviewDeps } from './types.ts'

/** The registered case and when its result is due. */
export interface Registered {
  readonly caseId: string
  /** The overall deadline, ISO (the receipt's "result ready by"). */
  readonly readyAt: string
}

/** Opens the case of a submitted application (intake's `onSubmitted`). */
export async function registerCase(
  deps: ReviewDeps,
  application: ApplicationInput,
  at: Date,
): Promise<Registered> {
  const existing = await findCase(deps.db.kysely, application.id)
  if (existing) return { caseId: existing.id, readyAt: existing.due_at }
  const row = await newCaseRow(deps, application, at)
  const inserted = await inTransaction(deps.db.kysely, async (trx) => {
    if (!(await insertCase(trx, row))) return false
    await insertTerms(trx, row.organization_id, row.id, termsOf(searchableOf(application)))
    await recordAudit({ db: trx, dialect: deps.db.dialect, now: at }, {
      action: 'case_registered',
      entityType: 'case',
      entityId: row.id,
      actorRole: 'system',
      organizationId: row.organization_id,
      details: {
        number: row.number,
        regulationVersionId: row.regulation_version_id,
        subService: row.sub_service,
        dueAt: row.due_at,
      },
    })
    return true
  })
  if (!inserted) {
    return { caseId: row.id, readyAt: (await findCase(deps.db.kysely, row.id))!.due_at }
  }
  return { caseId: row.id, readyAt: row.due_at }
}

function searchableOf(a: ApplicationInput) {
  return {
    number: a.number ?? '',
    idNumber: a.applicant.bin ?? a.applicant.iin,
    names: [a.applicant.name.kk, a.applicant.name.ru],
  }
}

async function newCaseRow(deps: ReviewDeps, a: ApplicationInput, at: Date): Promise<NewCaseRow> {
  if (!a.number || !a.regulationVersionId) {
    throw new RangeError(`Application "${a.id}" has not been submitted: no number or version`)
  }
  const { regulation, sub } = await routeOf(deps, a.regulationVersionId, a.subService)
  if (regulation.id !== a.regulationId) {
    throw new RangeError(`Version "${a.regulationVersionId}" is not of "${a.regulationId}"`)
  }
  const organizationId = await findProvider(deps.db.kysely, regulation.id)
  if (!organizationId) {
    throw new RangeError(`No provider organisation is mapped to regulation "${regulation.id}"`)
  }
  const calendar = await calendarFor(deps, regulation)
  const reason = a.particulars?.reissueReason
  const cls = sub.kind === 'reissue' ? reissueClassOf(sub, reason ? [reason] : []) : null
  const first = sub.route.steps[0]!
  const firstDue = stepDue(first, at, calendar, cls)
  const due = overallDue(sub, at, calendar, cls)
  const iso = at.toISOString()
  return {
    id: a.id,
    number: a.number,
    organization_id: organizationId,
    regulation_id: regulation.id,
    regulation_version_id: a.regulationVersionId,
    sub_service: sub.kind,
    reissue_class: cls,
    lang: a.lang,
    channel: a.channel,
    applicant_account_id: a.applicant.accountId,
    applicant_name_kk: a.applicant.name.kk,
    applicant_name_ru: a.applicant.name.ru,
    applicant_id_number: a.applicant.bin ?? a.applicant.iin,
    service_name_kk: `${regulation.name.kk}: ${sub.name.kk}`,
    service_name_ru: `${regulation.name.ru}: ${sub.name.ru}`,
    search_text: searchTextOf(searchableOf(a)),
    application: JSON.stringify(a),
    state: 'active',
    status: statusOfKind(first.kind),
    end_status: null,
    current_step_id: first.id,
    step_role: first.role,
    step_kind: first.kind,
    step_started_at: iso,
    step_due_at: firstDue?.toISOString() ?? null,
    assignees: '{}',
    assignee_account_id: null,
    actor_key: actorKeyOf(organizationId, first.role, null),
    decision: null,
    decision_data: null,
    submitted_at: iso,
    due_at: due.toISOString(),
    sort_due_at: (firstDue ?? due).toISOString(),
    paused_at: null,
    signed_at: null,
    deemed_due_at: regulation.deemedIssued.applies ? due.toISOString() : null,
    step_alert: 'none',
    overall_alert: 'none',
    next_alert_at: nextAlertAt(
      [
        { start: at, due: firstDue, alert: 'none' },
        { start: at, due, alert: 'none' },
      ],
      calendar,
      deps.nearingShare ?? 0.25,
    ),
    ended_at: null,
    created_at: iso,
    updated_at: iso,
    version: 1,
  }
}
