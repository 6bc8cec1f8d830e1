/**
 * Paper forms transcribed by the quality team: marked `paper`, dated with the date written on
 * the form, under the regulation version in force that day. A regulation without a survey of
 * its own takes the default Zhambyl 2013 wording, and the answer says so (`wording_basis`).
 */
import type { CurrentUser } from '../../http/env.ts'
import { recordAudit } from '../audit/index.ts'
import { answerDay, answerRow } from './answers.ts'
import type { SurveyDeps, SurveyProvider } from './deps.ts'
import { findAccessibilityOn, insertAnswer } from './repo.ts'
import type { AnswerInput } from './schema.ts'
import { type Wording, wordingOn } from './wording.ts'

/** A service the quality team can transcribe forms for, with its provider and wording today. */
export interface PaperService {
  readonly provider: SurveyProvider
  readonly wording: Wording
}

/** The date a paper form's answers count under: noon in Almaty on the date written on it. */
export function formInstant(day: string): Date {
  return new Date(`${day}T12:00:00+05:00`)
}

/** The provider and wording of a regulation on a day, or undefined when it has no provider. */
export async function paperService(
  deps: SurveyDeps,
  regulationId: string,
  on: Date,
): Promise<PaperService | undefined> {
  const provider = (await deps.providers()).find((p) => p.regulationIds.includes(regulationId))
  const wording = await wordingOn(deps, regulationId, on, true)
  return provider && wording ? { provider, wording } : undefined
}

/** Why a paper form was not stored. */
export type PaperRefusal = 'future' | 'notInForce'

/** Stores a transcribed paper form; refuses a date in the future or before the regulation. */
export async function enterPaperAnswer(
  deps: SurveyDeps,
  actor: CurrentUser,
  input: {
    regulationId: string
    answeredOn: string
    channel: string
    answers: AnswerInput
    lang: 'kk' | 'ru'
  },
): Promise<'stored' | PaperRefusal> {
  const now = deps.clock.now()
  if (input.answeredOn > answerDay(now)) return 'future'
  const service = await paperService(deps, input.regulationId, formInstant(input.answeredOn))
  if (!service) return 'notInForce'
  const { wording, provider } = service
  const accessibilityOn = await findAccessibilityOn(deps.db.kysely)
  const row = answerRow(
    {
      source: 'paper',
      regulationId: input.regulationId,
      regulationVersionId: wording.version.id,
      wording: wording.survey.id,
      basis: wording.basis,
      providerId: provider.id,
      region: wording.version.definition.region,
      channel: input.channel,
      lang: input.lang,
      enteredBy: { accountId: actor.accountId, at: now.toISOString() },
    },
    input.answers,
    input.answeredOn,
    accessibilityOn,
  )
  await deps.db.kysely.transaction().execute(async (trx) => {
    await insertAnswer(trx, row)
    await recordAudit({ db: trx, dialect: deps.db.dialect, now }, {
      action: 'survey_paper_entered',
      entityType: 'survey_answer',
      entityId: row.id,
      actorId: actor.accountId,
      actorRole: 'quality_analyst',
      organizationId: provider.id,
      details: { regulationId: input.regulationId, answeredOn: input.answeredOn },
    })
  })
  return 'stored'
}
