/**
 * The `approval` step handler review calls: entering the step opens a round (inside review's
 * transaction, so the round exists exactly when the case is at the step), and the case page's
 * notice says where the round stands: waiting to be sent, or each authority's answer.
 */
import { PostgresAdapter, type Transaction } from 'kysely'
import type { Database } from '../../db/database.ts'
import { newId } from '../../lib/ids.ts'
import { recordAudit } from '../audit/index.ts'
import type { EnteredStep, StepHandler, StepNotice } from '../review/index.ts'
import { formatDateTime, requestState } from './format.ts'
import {
  closeOpenRounds,
  findOpenRound,
  findRequestsOfRound,
  insertRound,
  withdrawWaiting,
} from './repo.ts'
import type { RequestRow } from './tables.ts'
import type { ApprovalDeps } from './types.ts'

/** The handler to register for `approval` steps (`registerStepHandler('approval', …)`). */
export function approvalStepHandler(deps: ApprovalDeps): StepHandler {
  return {
    enter: (trx, step) => openRound(trx, step),
    describe: (caseId, stepId) => describeRound(deps, caseId, stepId),
  }
}

/** The path of a case's approval page, without the language prefix. */
export function caseApprovalsPath(caseId: string): string {
  return `/cases/${caseId}/approvals`
}

async function openRound(
  trx: Transaction<Database>,
  step: EnteredStep,
): Promise<void> {
  const open = await trx.selectFrom('approval_rounds').select('id')
    .where('case_id', '=', step.caseId).where('settled_at', 'is', null)
    .where('closed_at', 'is', null).execute()
  for (const r of open) await withdrawWaiting(trx, r.id, step.at, 'case_moved')
  await closeOpenRounds(trx, step.caseId, step.at)
  const id = newId()
  const inserted = await insertRound(trx, {
    id,
    case_id: step.caseId,
    case_number: step.number,
    provider_id: step.organizationId,
    regulation_id: step.regulationId,
    regulation_version_id: step.regulationVersionId,
    sub_service: step.subService,
    step_id: step.stepId,
    draft_decision: step.decision,
    entered_at: step.at,
  })
  if (!inserted) return
  // The dialect of the transaction review opened (the registry of handlers is process-wide).
  const dialect = trx.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite'
  await recordAudit({ db: trx, dialect, now: new Date(step.at) }, {
    action: 'approval_round_opened',
    entityType: 'case',
    entityId: step.caseId,
    actorRole: 'system',
    organizationId: step.organizationId,
    details: { round: id, step: step.stepId, decision: step.decision },
  })
}

async function describeRound(
  deps: ApprovalDeps,
  caseId: string,
  stepId: string,
): Promise<StepNotice | undefined> {
  const round = await findOpenRound(deps.db.kysely, caseId, stepId)
  if (!round) return undefined
  // StepNotice has one href for both languages and review shows it as given (issuance's too):
  // the state language, from which the page's language switch leads to Russian.
  const href = `/kk${caseApprovalsPath(caseId)}`
  const kk = deps.translator('kk')
  const ru = deps.translator('ru')
  if (!round.sent_at) {
    return { text: { kk: kk('approval:notice.toSend'), ru: ru('approval:notice.toSend') }, href }
  }
  const requests = await findRequestsOfRound(deps.db.kysely, round.id)
  const now = deps.clock.now()
  const lines = (t: typeof kk, lang: 'kk' | 'ru') =>
    requests.map((r) => stateLine(t, lang, r, now)).join('; ')
  return {
    text: {
      kk: kk('approval:notice.sent', { requests: lines(kk, 'kk') }),
      ru: ru('approval:notice.sent', { requests: lines(ru, 'ru') }),
    },
    href,
  }
}

function stateLine(
  t: ReturnType<ApprovalDeps['translator']>,
  lang: 'kk' | 'ru',
  r: RequestRow,
  now: Date,
): string {
  return t(`approval:notice.state.${requestState(r, now)}`, {
    authority: lang === 'kk' ? r.authority_name_kk : r.authority_name_ru,
    due: r.due_at ? formatDateTime(r.due_at) : '—',
  })
}
