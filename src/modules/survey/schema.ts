/** zod schemas of the survey forms and the indicators filter; messages are locale keys. */
import { z } from 'zod'

/** The longest comment kept; a longer one is cut and shown back with a message. */
export const MAX_COMMENT = 2000

/** The options of the optional accessibility questions, in the order of the form. */
export const accessibilityOptions = {
  appliedHow: ['portal', 'office', 'psc', 'representative'],
  neededHelp: ['no', 'staff', 'other'],
  assistiveTech: ['no', 'yes'],
  connection: ['mobile', 'fixed', 'public', 'none'],
} as const

/** The accessibility questions' field names. */
export type AccessibilityField = keyof typeof accessibilityOptions

function answer(message: string) {
  return z.enum(['1', '2', '3'], { message }).transform(Number)
}

function optionalChoice<T extends readonly [string, ...string[]]>(values: T) {
  return z.union([z.literal(''), z.enum(values)], { message: 'survey:form.errors.option' })
    .optional().transform((v) => (v ? v : null))
}

/**
 * Control characters other than line breaks and tabs are dropped (they have no place in a
 * comment and upset spreadsheets); HTML stays text, escaped wherever it is shown.
 */
function cleanComment(value: string | undefined): string | null {
  // deno-lint-ignore no-control-regex -- the control characters are what this removes
  const text = (value ?? '').normalize('NFC').replace(/[\0-\x08\x0B\x0C\x0E-\x1F\x7F]/g, '').trim()
  return text === '' ? null : text
}

const answerFields = {
  q1: answer('survey:form.errors.q1'),
  q2: answer('survey:form.errors.q2'),
  comment: z.string().max(MAX_COMMENT, 'survey:form.errors.commentTooLong').optional()
    .transform(cleanComment),
  appliedHow: optionalChoice(accessibilityOptions.appliedHow),
  neededHelp: optionalChoice(accessibilityOptions.neededHelp),
  assistiveTech: optionalChoice(accessibilityOptions.assistiveTech),
  connection: optionalChoice(accessibilityOptions.connection),
}

/** The questionnaire (link and cabinet). */
export const answerForm = z.object(answerFields)
export type AnswerInput = z.output<typeof answerForm>

/** The questionnaire at a kiosk: plus the one-time key of the rendered form. */
export const kioskAnswerForm = z.object({
  ...answerFields,
  formKey: z.string().min(1, 'survey:kiosk.errors.formKey').max(100, 'survey:kiosk.errors.formKey'),
  service: z.string().max(100).optional(),
})

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'survey:paper.errors.date').refine(
  (v) =>
    !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
    new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
  'survey:paper.errors.date',
)

/** A paper form transcribed by the quality team: plus the date written on it and the channel. */
export const paperForm = z.object({
  ...answerFields,
  answeredOn: isoDate,
  channel: z.enum(['unknown', 'portal', 'office', 'psc'], {
    message: 'survey:paper.errors.channel',
  }),
})

/** A new kiosk. */
export const kioskForm = z.object({
  providerId: z.string().min(1, 'survey:kiosks.errors.provider').max(100),
  name: z.string().trim().min(1, 'survey:kiosks.errors.name').max(100, 'survey:kiosks.errors.name'),
  minIntervalSeconds: z.coerce.number({ message: 'survey:kiosks.errors.interval' }).int(
    'survey:kiosks.errors.interval',
  ).min(5, 'survey:kiosks.errors.interval').max(3600, 'survey:kiosks.errors.interval'),
  maxPerHour: z.coerce.number({ message: 'survey:kiosks.errors.perHour' }).int(
    'survey:kiosks.errors.perHour',
  ).min(1, 'survey:kiosks.errors.perHour').max(600, 'survey:kiosks.errors.perHour'),
})

/** The settings form. */
export const settingsForm = z.object({
  accessibility: z.enum(['on', 'off'], { message: 'survey:settings.errors.accessibility' }),
})

/** Sources, channels and regions the filter offers. */
export const sources = ['link', 'cabinet', 'kiosk', 'paper'] as const
export const channels = ['portal', 'office', 'psc', 'unknown'] as const
export const regions = ['aktobe', 'east-kazakhstan', 'zhambyl', 'almaty'] as const

const optionalId = z.string().max(100).optional().transform((v) => (v ? v : undefined))

/** The indicators filter (query string); an empty value means "all". */
export const filterQuery = z.object({
  from: isoDate.optional().or(z.literal('')),
  to: isoDate.optional().or(z.literal('')),
  service: optionalId,
  provider: optionalId,
  region: z.union([z.literal(''), z.enum(regions)]).optional().transform((v) => v || undefined),
  channel: z.union([z.literal(''), z.enum(channels)]).optional().transform((v) => v || undefined),
  source: z.union([z.literal(''), z.enum(sources)]).optional().transform((v) => v || undefined),
})
