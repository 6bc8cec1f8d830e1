/**
 * One-time links and the cabinet: a case whose result was delivered is opened for rating once
 * (an invitation keyed by the case), a link carries a random 256-bit token of which only the
 * SHA-256 is stored, and the first answer through any link or the cabinet closes the case's
 * invitation. A reused link answers "already answered", an unknown one "not valid"; neither
 * stores anything.
 */
import { newToken, sha256Hex } from '../../lib/ids.ts'
import { answerDay, answerRow } from './answers.ts'
import type { SurveyCase, SurveyDeps } from './deps.ts'
import {
  findAccessibilityOn,
  findInvitation,
  findInvitationByLink,
  findInvitations,
  insertAnswer,
  insertInvitationIfAbsent,
  insertLink,
  markAnswered,
} from './repo.ts'
import type { AnswerInput } from './schema.ts'
import type { InvitationRow } from './tables.ts'
import { type Wording, wordingOfVersion } from './wording.ts'

/** A link for a result notice. */
export interface SurveyLink {
  /** `/<lang>/survey/<token>`. */
  readonly path: string
  /** The same, absolute. */
  readonly url: string
}

/** What a link or a cabinet entry leads to. */
export type InvitationState =
  | { readonly kind: 'invalid' }
  | { readonly kind: 'answered' }
  | { readonly kind: 'open'; readonly invitation: InvitationRow; readonly wording: Wording }

/** Outcome of an answer. */
export type AnswerOutcome = 'stored' | 'answered' | 'invalid'

const TOKEN = /^[A-Za-z0-9_-]{43}$/

/**
 * Opens the case for rating and makes a new one-time link, or undefined when the case is
 * unknown, already rated, or its regulation defines no survey. Every call makes a new token
 * (a notice re-sent keeps working); all of a case's links close with its first answer.
 */
export async function createSurveyLink(
  deps: SurveyDeps,
  facts: SurveyCase,
): Promise<SurveyLink | undefined> {
  const invitation = await openInvitation(deps, facts)
  if (!invitation || invitation.answered_on) return undefined
  const token = newToken(32)
  await insertLink(deps.db.kysely, {
    token_hash: await sha256Hex(token),
    case_id: invitation.case_id,
    created_at: deps.clock.now().toISOString(),
  })
  const path = `/${invitation.lang}/survey/${token}`
  return { path, url: `${deps.publicOrigin}${path}` }
}

/** `surveyLinkFor(caseId)` for the result notice: the case's facts come from review. */
export async function surveyLinkFor(
  deps: SurveyDeps,
  caseId: string,
): Promise<SurveyLink | undefined> {
  const facts = await deps.cases?.(caseId)
  return facts ? await createSurveyLink(deps, facts) : undefined
}

/** `surveyLinkFor` in the shape issuance's deps take: the absolute link, or undefined. */
export function noticeLinkFor(deps: SurveyDeps): (caseId: string) => Promise<string | undefined> {
  return async (caseId) => (await surveyLinkFor(deps, caseId))?.url
}

/** The case's invitation, opened now if its regulation defines a survey. */
export async function openInvitation(
  deps: SurveyDeps,
  facts: SurveyCase,
): Promise<InvitationRow | undefined> {
  const wording = await wordingOfVersion(deps, facts.regulationVersionId)
  if (!wording) return undefined
  return await insertInvitationIfAbsent(deps.db.kysely, {
    case_id: facts.caseId,
    regulation_id: facts.regulationId,
    regulation_version_id: facts.regulationVersionId,
    provider_id: facts.providerId,
    region: wording.version.definition.region,
    channel: facts.channel,
    lang: facts.lang,
    created_at: deps.clock.now().toISOString(),
    answered_on: null,
  })
}

/** What a link leads to. */
export async function linkState(deps: SurveyDeps, token: string): Promise<InvitationState> {
  const invitation = TOKEN.test(token)
    ? await findInvitationByLink(deps.db.kysely, await sha256Hex(token))
    : undefined
  return await stateOf(deps, invitation)
}

/** What the cabinet offers for a case of this applicant (invalid for anyone else's). */
export async function cabinetState(
  deps: SurveyDeps,
  caseId: string,
  accountId: string,
): Promise<InvitationState> {
  const facts = await deps.cases?.(caseId)
  if (!facts || facts.applicantAccountId !== accountId) return { kind: 'invalid' }
  return await stateOf(deps, await findInvitation(deps.db.kysely, caseId))
}

async function stateOf(
  deps: SurveyDeps,
  invitation: InvitationRow | undefined,
): Promise<InvitationState> {
  if (!invitation) return { kind: 'invalid' }
  if (invitation.answered_on) return { kind: 'answered' }
  const wording = await wordingOfVersion(deps, invitation.regulation_version_id)
  return wording ? { kind: 'open', invitation, wording } : { kind: 'invalid' }
}

/** Stores the answer through a link, once per case. */
export async function answerByLink(
  deps: SurveyDeps,
  input: { token: string; answers: AnswerInput; lang: 'kk' | 'ru' },
): Promise<AnswerOutcome> {
  const state = await linkState(deps, input.token)
  if (state.kind !== 'open') return state.kind
  return await store(deps, state, 'link', input.answers, input.lang)
}

/** Stores the applicant's answer from the cabinet, once per case. */
export async function answerInCabinet(
  deps: SurveyDeps,
  input: { caseId: string; accountId: string; answers: AnswerInput; lang: 'kk' | 'ru' },
): Promise<AnswerOutcome> {
  const state = await cabinetState(deps, input.caseId, input.accountId)
  if (state.kind !== 'open') return state.kind
  return await store(deps, state, 'cabinet', input.answers, input.lang)
}

async function store(
  deps: SurveyDeps,
  state: Extract<InvitationState, { kind: 'open' }>,
  source: 'link' | 'cabinet',
  answers: AnswerInput,
  lang: 'kk' | 'ru',
): Promise<AnswerOutcome> {
  const { invitation: inv, wording } = state
  const day = answerDay(deps.clock.now())
  const accessibilityOn = await findAccessibilityOn(deps.db.kysely)
  return await deps.db.kysely.transaction().execute(async (trx) => {
    if (!(await markAnswered(trx, inv.case_id, day))) return 'answered'
    await insertAnswer(
      trx,
      answerRow(
        {
          source,
          regulationId: inv.regulation_id,
          regulationVersionId: inv.regulation_version_id,
          wording: wording.survey.id,
          basis: 'regulation',
          providerId: inv.provider_id,
          region: inv.region,
          channel: inv.channel,
          lang,
        },
        answers,
        day,
        accessibilityOn,
      ),
    )
    return 'stored' as const
  })
}

/** The cabinet's survey entry of each case, in the applicant's language: open or answered. */
export async function cabinetSurveys(
  deps: SurveyDeps,
  caseIds: readonly string[],
): Promise<Map<string, { readonly href: string | null; readonly answered: boolean }>> {
  const rows = await findInvitations(deps.db.kysely, caseIds)
  return new Map(rows.map((r) => [r.case_id, {
    href: r.answered_on ? null : `/${r.lang}/survey/cases/${r.case_id}`,
    answered: r.answered_on !== null,
  }]))
}
