/**
 * The applicant's cabinet: their drafts and every application sent for their IIN/BIN, with
 * status and deadline (from review's case progress once wired; until then a sent case shows
 * "sent"), and the notice for drafts that will be removed soon.
 */
import { listAuditEntries } from '../audit/index.ts'
import { subService, type SubServiceKind } from '../catalog/index.ts'
import { contextOf } from './context.ts'
import type { CaseProgress, IntakeDeps } from './deps.ts'
import { draftStatus } from './readiness.ts'
import { type ApplicantKey, findApplicationsOf, findApplicationsOfOrganization } from './repo.ts'
import { draftFacts } from './submission.ts'
import type { ApplicationRow } from './tables.ts'
import type { Bilingual } from './view-types.ts'

/** One row of the cabinet's list. */
export interface CabinetItem {
  readonly id: string
  readonly number: string | null
  readonly service: Bilingual
  readonly subService: Bilingual
  readonly iinOrBin: string
  readonly status: string
  readonly dueAt: string | null
  readonly lastSavedAt: string
  readonly draft: boolean
  /** For a draft: when it will be removed, if that is within the notice period. */
  readonly removalAt: string | null
  readonly progress: CaseProgress | undefined
}

/** The applicant's applications, newest first. */
export async function listCabinet(deps: IntakeDeps, who: ApplicantKey): Promise<CabinetItem[]> {
  const rows = await findApplicationsOf(deps.db.kysely, who)
  const progress = await progressOf(deps, rows.filter((r) => r.submitted_at).map((r) => r.id))
  const out: CabinetItem[] = []
  for (const row of rows) out.push(await itemOf(deps, row, progress.get(row.id)))
  return out
}

/** The applications an office or PSC entered, with their cabinet view, newest first. */
export async function officeApplications(
  deps: IntakeDeps,
  organizationId: string,
): Promise<Array<{ row: ApplicationRow; item: CabinetItem }>> {
  const rows = await findApplicationsOfOrganization(deps.db.kysely, organizationId)
  const progress = await progressOf(deps, rows.filter((r) => r.submitted_at).map((r) => r.id))
  const out: Array<{ row: ApplicationRow; item: CabinetItem }> = []
  for (const row of rows) out.push({ row, item: await itemOf(deps, row, progress.get(row.id)) })
  return out
}

/** Progress of sent cases from the injected source; empty until review provides it. */
export async function progressOf(
  deps: IntakeDeps,
  ids: string[],
): Promise<Map<string, CaseProgress>> {
  if (!ids.length || !deps.caseProgress) return new Map()
  return await deps.caseProgress(ids)
}

/** One application as the cabinet shows it. */
export async function itemOf(
  deps: IntakeDeps,
  row: ApplicationRow,
  progress: CaseProgress | undefined,
): Promise<CabinetItem> {
  const facts = row.submitted_at ? undefined : await draftFacts(deps, row)
  const ctx = facts?.ctx ?? await contextOf(deps, row)
  const sub = ctx && subService(ctx.regulation, row.sub_service as SubServiceKind)
  return {
    id: row.id,
    number: row.number,
    service: ctx?.regulation.name ?? { kk: row.regulation_id, ru: row.regulation_id },
    subService: sub?.name ?? { kk: row.sub_service, ru: row.sub_service },
    iinOrBin: row.applicant_bin ?? row.applicant_iin ?? '',
    status: row.submitted_at ? progress?.status ?? 'sent' : facts ? draftStatus(facts) : 'draft',
    dueAt: progress?.dueAt ?? row.ready_at,
    lastSavedAt: row.last_saved_at,
    draft: !row.submitted_at,
    removalAt: row.submitted_at ? null : removalNotice(deps, row.last_saved_at),
    progress,
  }
}

/** When an untouched draft will be removed, if that is within the notice period; else null. */
export function removalNotice(
  deps: Pick<IntakeDeps, 'clock' | 'limits'>,
  lastSavedAt: string,
): string | null {
  const day = 86_400_000
  const removal = Date.parse(lastSavedAt) + deps.limits.draftRetentionDays * day
  const noticeFrom = removal - deps.limits.draftNoticeDays * day
  return deps.clock.now().getTime() >= noticeFrom ? new Date(removal).toISOString() : null
}

/** Intake's events that the applicant sees in the case history. */
const SHOWN = new Set([
  'intake.draft.started',
  'intake.payment.paid',
  'intake.payment.receipt_recorded',
  'intake.application.submitted',
])

/** The case's intake history: when it was started, paid and sent. */
export async function intakeHistory(
  deps: Pick<IntakeDeps, 'db'>,
  id: string,
): Promise<Array<{ at: string; action: string }>> {
  const entries = await listAuditEntries(deps.db.kysely, 'intake_application', id)
  return entries.filter((e) => SHOWN.has(e.action)).map((e) => ({ at: e.at, action: e.action }))
}
