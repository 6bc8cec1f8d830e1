/**
 * What the pages read: the authority's inbox and request page (only what was sent to it), and
 * the provider's view of a case's approvals (every round, request and conclusion, superseded
 * ones included) with the send form while the open round waits to be sent.
 */
import { getSignature } from '../signing/index.ts'
import {
  findAttachmentList,
  findConclusionsOf,
  findNotificationsFor,
  findUnsentConclusion,
} from './conclusions-repo.ts'
import { openRoundOf, type SendOptions, sendOptions } from './dispatch.ts'
import { findRequestsOfCase, findRoundsOfCase } from './repo.ts'
import { requestOf } from './request-access.ts'
import { readSnapshot, type Snapshot } from './snapshot.ts'
import type { ConclusionRow, RequestRow, RoundRow } from './tables.ts'
import type { Actor, ApprovalDeps } from './types.ts'

/** A conclusion with the names of its attachments and who signed it. */
export interface ConclusionView {
  readonly row: ConclusionRow
  readonly requirements: string[]
  readonly attachments: Array<{ id: string; filename: string; size: number }>
  /** The signer the signing module verified, once signed. */
  readonly signer: { readonly name: string; readonly demo: boolean } | null
}

/** A request with its conclusions, oldest first. */
export interface RequestView {
  readonly row: RequestRow
  readonly conclusions: ConclusionView[]
}

/** The authority's request page. */
export interface RequestPage extends RequestView {
  readonly snapshot: Snapshot
  /** The viewer's organisation's latest conclusion not yet sent, and its signature state. */
  readonly unsent: { view: ConclusionView; signed: boolean } | undefined
}

/** The request page of an authority's reviewer; another organisation gets a 404. */
export async function loadRequestPage(
  deps: ApprovalDeps,
  requestId: string,
  viewer: Actor,
): Promise<RequestPage> {
  const row = await requestOf(deps, requestId, viewer)
  const [view] = await withConclusions(deps, [row])
  const draft = await findUnsentConclusion(deps.db.kysely, row.id)
  const unsent = draft ? (await conclusionViews(deps, [draft]))[0] : undefined
  return {
    ...view!,
    snapshot: readSnapshot(row.snapshot),
    unsent: unsent && { view: unsent, signed: unsent.signer !== null },
  }
}

/** The requests sent to an authority, newest first: waiting ones, or answered ones. */
export async function loadInbox(
  deps: Pick<ApprovalDeps, 'db'>,
  organizationId: string,
  tab: 'waiting' | 'answered',
) {
  let q = deps.db.kysely.selectFrom('approval_requests').selectAll()
    .where('organization_id', '=', organizationId)
  q = tab === 'waiting'
    ? q.where('outcome', 'is', null).where('withdrawn_at', 'is', null)
    : q.where((eb) => eb.or([eb('outcome', 'is not', null), eb('withdrawn_at', 'is not', null)]))
  const rows = await q.orderBy(
    tab === 'waiting' ? 'due_at' : 'sent_at',
    tab === 'waiting' ? 'asc' : 'desc',
  )
    .limit(200).execute()
  return rows.map((row) => ({ row, snapshot: readSnapshot(row.snapshot) }))
}

/** The provider's drafts waiting to be sent, requests waiting for an answer, notifications. */
export async function loadOutbox(deps: Pick<ApprovalDeps, 'db'>, viewer: Actor) {
  const org = viewer.organizationId!
  const unsent = await deps.db.kysely.selectFrom('approval_rounds').selectAll()
    .where('provider_id', '=', org).where('sent_at', 'is', null).where('closed_at', 'is', null)
    .where('completed_at', 'is', null).orderBy('entered_at').limit(200).execute()
  const waiting = await deps.db.kysely.selectFrom('approval_requests').selectAll()
    .where('provider_id', '=', org).where('outcome', 'is', null).where('withdrawn_at', 'is', null)
    .orderBy('due_at').limit(200).execute()
  const notifications = await findNotificationsFor(deps.db.kysely, {
    accountId: viewer.accountId,
    organizationId: org,
    roles: [...viewer.roles],
  }, 50)
  return { unsent, waiting, notifications }
}

/** The provider's page of a case's approvals. */
export interface CaseApprovals {
  readonly caseId: string
  readonly number: string
  readonly rounds: Array<{ round: RoundRow; requests: RequestView[] }>
  /** The send form's choices while the open round waits to be sent. */
  readonly send: SendOptions | undefined
}

/** The approvals of a case of the viewer's organisation; another organisation gets a 404. */
export async function loadCaseApprovals(
  deps: ApprovalDeps,
  caseId: string,
  viewer: Actor,
): Promise<CaseApprovals> {
  const { summary, round } = await openRoundOf(deps, caseId, viewer.organizationId)
  const rounds = await findRoundsOfCase(deps.db.kysely, caseId)
  const requests = await withConclusions(deps, await findRequestsOfCase(deps.db.kysely, caseId))
  return {
    caseId,
    number: summary.number,
    rounds: rounds.map((r) => ({
      round: r,
      requests: requests.filter((q) => q.row.round_id === r.id),
    })),
    send: round && !round.sent_at ? await sendOptions(deps, round) : undefined,
  }
}

async function withConclusions(
  deps: Pick<ApprovalDeps, 'db'>,
  rows: readonly RequestRow[],
): Promise<RequestView[]> {
  const db = deps.db.kysely
  const sent = (await findConclusionsOf(db, rows.map((r) => r.id))).filter((c) => c.sent_at)
  const views = await conclusionViews(deps, sent)
  return rows.map((row) => ({ row, conclusions: views.filter((v) => v.row.request_id === row.id) }))
}

async function conclusionViews(
  deps: Pick<ApprovalDeps, 'db'>,
  rows: readonly ConclusionRow[],
): Promise<ConclusionView[]> {
  const files = await findAttachmentList(deps.db.kysely, rows.map((r) => r.id))
  const out: ConclusionView[] = []
  for (const row of rows) {
    const signature = row.signature_request_id
      ? await getSignature(deps, row.signature_request_id)
      : undefined
    const signed = signature?.status === 'signed' && signature.documentHash === row.document_hash
    out.push({
      row,
      requirements: JSON.parse(row.requirements) as string[],
      attachments: files.filter((f) => f.conclusion_id === row.id)
        .map((f) => ({ id: f.id, filename: f.filename, size: Number(f.size) })),
      signer: signed && signature.signer
        ? { name: signature.signer.name, demo: signature.signer.demo }
        : null,
    })
  }
  return out
}
