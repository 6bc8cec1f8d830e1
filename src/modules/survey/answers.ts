/**
 * Turning a validated questionnaire into a stored row: the answers, the dimensions of where it
 * came from, the Almaty date. Optional accessibility answers are kept only while the quality
 * team has the questions switched on, so nothing is stored that the form did not ask.
 */
import { newId } from '../../lib/ids.ts'
import { localDate } from '../sla/index.ts'
import type { AnswerInput } from './schema.ts'
import type { AnswerSource, NewAnswerRow } from './tables.ts'

/** Where an answer comes from and what it is about. */
export interface AnswerContext {
  readonly source: AnswerSource
  readonly regulationId: string
  readonly regulationVersionId: string
  readonly wording: string
  readonly basis: 'regulation' | 'default'
  readonly providerId: string
  readonly region: string
  readonly channel: string
  readonly lang: 'kk' | 'ru'
  readonly kioskId?: string
  readonly enteredBy?: { readonly accountId: string; readonly at: string }
}

/** The Almaty date of an instant, as answers store it. */
export function answerDay(at: Date): string {
  return localDate(at)
}

/** The row to insert for an answer given on `day`. */
export function answerRow(
  ctx: AnswerContext,
  input: AnswerInput,
  day: string,
  accessibilityOn: boolean,
): NewAnswerRow {
  const extra = (value: string | null) => (accessibilityOn ? value : null)
  return {
    id: newId(),
    source: ctx.source,
    regulation_id: ctx.regulationId,
    regulation_version_id: ctx.regulationVersionId,
    wording: ctx.wording,
    wording_basis: ctx.basis,
    provider_id: ctx.providerId,
    region: ctx.region,
    channel: ctx.channel,
    answered_on: day,
    month: day.slice(0, 7),
    q1: input.q1,
    q2: input.q2,
    comment: input.comment,
    applied_how: extra(input.appliedHow),
    needed_help: extra(input.neededHelp),
    assistive_tech: extra(input.assistiveTech),
    connection: extra(input.connection),
    lang: ctx.lang,
    kiosk_id: ctx.kioskId ?? null,
    entered_by: ctx.enteredBy?.accountId ?? null,
    entered_at: ctx.enteredBy?.at ?? null,
  }
}
