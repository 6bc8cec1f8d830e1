/**
 * The shape of a regulation version: the zod schema every catalog entry must pass at start,
 * and the types the rest of the application reads. A regulation is data, never code.
 *
 * Provenance: every fact carries `source`, a seed reference such as `'000 L88-129'` (seed
 * file 000, lines 88–129; several ranges are joined with `; `). A fact the seeds do not give
 * is either absent (`status: 'standard_reference'`: the seed only points to the national
 * standard; an administrator fills the list in) or marked `assumed: true` with a `note`.
 */
import { z } from 'zod'

/** A text in both languages. Kazakh from the seed; Russian from SERVICES.md or translated. */
export const text = z.object({ kk: z.string().min(1), ru: z.string().min(1) }).strict()
export type Text = z.infer<typeof text>

/** `'000 L88-129'`, `'004 L4049-4051'`, several joined by `; `; or `'SERVICES.md §9.3'`. */
export const source = z
  .string()
  .regex(
    /^((00[0-4] L\d+(-\d+)?(, L\d+(-\d+)?)*)|(SERVICES\.md §[\d.]+))(; ((00[0-4] L\d+(-\d+)?(, L\d+(-\d+)?)*)|(SERVICES\.md §[\d.]+)))*$/,
    'must be a seed reference like "000 L88-129"',
  )

export const regions = ['aktobe', 'east-kazakhstan', 'zhambyl', 'almaty'] as const
export const sectors = ['agriculture', 'construction', 'plant-protection', 'veterinary'] as const
export const channels = ['office', 'portal', 'psc'] as const
export const applicantTypes = ['individual', 'sole_proprietor', 'legal_entity'] as const
export const subServiceKinds = [
  'issue',
  'reissue',
  'duplicate',
  'attestation',
  'accreditation',
] as const
export const resultKinds = [
  'license',
  'reissued_license',
  'duplicate',
  'attestation',
  'accreditation',
] as const

/** Who acts at a step. Identity grants these roles to officers of an organisation. */
export const stepRoles = [
  'office_specialist',
  'head',
  'deputy_head',
  'department_head',
  'executor',
  'authority_reviewer',
] as const
export type StepRole = (typeof stepRoles)[number]

/**
 * What a step does; the review module shows the matching page:
 * register (office accepts and registers), assign (a head appoints the next actor),
 * check_completeness, inspection (pre-licensing), test_schedule, notify, test (attestation),
 * draft_decision (prepare the license or a reasoned refusal), approval (interested authority),
 * finalize (prepare the final document after approval), sign (head signs with EDS),
 * issue (office hands over the result).
 */
export const stepKinds = [
  'register',
  'assign',
  'check_completeness',
  'inspection',
  'test_schedule',
  'notify',
  'test',
  'draft_decision',
  'approval',
  'finalize',
  'sign',
  'issue',
] as const
export type StepKind = (typeof stepKinds)[number]

/** Time units of the norms, as the SLA module counts them. */
export const normUnits = ['minute', 'hour', 'workingDay', 'calendarDay'] as const
export const norm = z.object({ amount: z.number().positive(), unit: z.enum(normUnits) }).strict()
export type Norm = z.infer<typeof norm>

/**
 * How a step ends. `to` is the id of the next step or `'end'`. `decision` records what the
 * case's draft result becomes: grant (the license or certificate), refuse (reasoned
 * refusal), return (refusal to consider further because documents are incomplete).
 */
export const outcomeIds = [
  'done',
  'complete',
  'incomplete',
  'grant',
  'refuse',
  'consent',
  'objection',
  'passed',
  'failed',
] as const
export const outcome = z
  .object({
    id: z.enum(outcomeIds),
    to: z.string().min(1),
    decision: z.enum(['grant', 'refuse', 'return']).optional(),
  })
  .strict()
export type Outcome = z.infer<typeof outcome>

export const step = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a lower-case slug'),
    role: z.enum(stepRoles),
    kind: z.enum(stepKinds),
    action: text,
    result: text,
    /** Null when the seed gives no duration; `note` then says so. */
    norm: norm.nullable(),
    /** Re-issue classes with their own norm (Aktobe 2019 licenses: A 4 wd, B 2 wd). */
    normByReissueClass: z.object({ A: norm, B: norm }).strict().optional(),
    /** "The day of document acceptance is not counted" (001 L153-154). */
    excludeAcceptanceDay: z.boolean().optional(),
    /** For `assign`: the role being appointed. */
    assigns: z.enum(stepRoles).optional(),
    outcomes: z.array(outcome).min(1),
    /** True when the seed does not describe this step and the catalog supplies it. */
    assumed: z.boolean().optional(),
    note: text.optional(),
    source,
  })
  .strict()
export type Step = z.infer<typeof step>

export const document = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    name: text,
    applicantTypes: z.array(z.enum(applicantTypes)).min(1),
    channels: z.array(z.enum(channels)).min(1),
    /** upload: a file; registry: data the provider obtains from a state system; request: the signed request itself. */
    form: z.enum(['upload', 'registry', 'request']),
    required: z.boolean(),
    notarizedIfNoOriginal: z.boolean().optional(),
    source,
  })
  .strict()
export type Document = z.infer<typeof document>

/** A list given in the seed, or only a pointer to the national standard. */
function listOrReference<T extends z.ZodType>(item: T) {
  return z.discriminatedUnion('status', [
    z.object({ status: z.literal('listed'), items: z.array(item).min(1), source }).strict(),
    z.object({
      status: z.literal('standard_reference'),
      reference: text,
      items: z.array(item),
      source,
    })
      .strict(),
  ])
}

export const reissueReason = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    text,
    class: z.enum(['A', 'B']).optional(),
    source,
  })
  .strict()

export const subService = z
  .object({
    kind: z.enum(subServiceKinds),
    name: text,
    result: z.enum(resultKinds),
    /**
     * The overall deadline: stated in the seed as one norm, or the sum of the route's step
     * norms (mixed units, e.g. "≈ 10 working days + 1 hour"; the SLA module chains them).
     */
    deadline: z.discriminatedUnion('basis', [
      z.object({ basis: z.literal('stated'), norm, source }).strict(),
      z.object({ basis: z.literal('sum_of_steps'), summary: text, source }).strict(),
    ]),
    deadlineNote: text.optional(),
    documents: listOrReference(document),
    fee: z.object({ mci: z.number().int().positive(), source }).strict().nullable(),
    feeNote: text.optional(),
    reissueReasons: z.array(reissueReason).optional(),
    route: z.object({ steps: z.array(step).min(1), source }).strict(),
  })
  .strict()
export type SubService = z.infer<typeof subService>

export const qualificationItem = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    text,
    evidence: text.optional(),
    /** Only for this activity sub-type (veterinary), or for these applicant types. */
    subtype: z.string().optional(),
    applicantTypes: z.array(z.enum(applicantTypes)).optional(),
    source,
  })
  .strict()

export const survey = z
  .object({
    id: z.enum(['almaty-2013', 'zhambyl-2013']),
    title: text,
    questions: z.tuple([text, text]),
    answers: z.tuple([text, text, text]),
    source,
  })
  .strict()
export type Survey = z.infer<typeof survey>

export const regulation = z
  .object({
    /** Stable id of the regulation across versions, e.g. `aktobe-grain-license`. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    /** SERVICES.md code: S1-A … S11. */
    code: z.string().regex(/^S\d+(-[A-C])?$/),
    version: z.number().int().positive(),
    /** ISO date from which this version applies to new applications. */
    effectiveFrom: z.iso.date(),
    region: z.enum(regions),
    sector: z.enum(sectors),
    name: text,
    act: z.object({ title: text, number: z.string(), date: z.iso.date(), source }).strict(),
    /** The seeds are historical acts; the repeal they state is shown, not enforced. */
    repealNote: z.object({ text, source }).strict().optional(),
    provider: z
      .object({
        name: text,
        address: text.nullable(),
        phone: z.string().nullable(),
        source,
      })
      .strict(),
    recipients: z.array(z.enum(applicantTypes)).min(1),
    legalBasis: z.array(z.object({ text, source }).strict()).min(1),
    channels: z.array(z.enum(channels)).min(1),
    channelsSource: source,
    automation: z.enum(['partial', 'full']),
    workingHours: z
      .object({
        start: z.string().regex(/^\d\d:\d\d$/),
        end: z.string().regex(/^\d\d:\d\d$/),
        lunch: z.tuple([z.string().regex(/^\d\d:\d\d$/), z.string().regex(/^\d\d:\d\d$/)])
          .nullable(),
        source,
      })
      .strict()
      .nullable(),
    refusalGrounds: listOrReference(z.object({ id: z.string(), text, source }).strict()),
    deemedIssued: z.object({ applies: z.boolean(), source: source.optional() }).strict(),
    interestedAuthorities: z.array(z.object({ kind: z.string(), name: text, source }).strict()),
    qualification: listOrReference(qualificationItem).nullable(),
    activitySubtypes: z.array(z.object({ id: z.string(), name: text, source }).strict()).optional(),
    survey: survey.nullable(),
    subServices: z.array(subService).min(1),
    notes: z.array(z.object({ text, source }).strict()).optional(),
  })
  .strict()
export type Regulation = z.infer<typeof regulation>
