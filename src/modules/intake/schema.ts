/** zod schemas of the intake forms; messages are locale keys under `intake:errors`. */
import { z } from 'zod'

const slug = z.string().trim().max(100).regex(/^[a-z][a-z0-9-]*$/, 'intake:errors.service')
const kind = z.enum(['issue', 'reissue', 'duplicate', 'attestation', 'accreditation'], {
  message: 'intake:errors.kind',
})
const key = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'intake:errors.formExpired')
/** The draft version a step form was rendered at. */
export const versionField = z.coerce.number().int().min(1).max(1_000_000_000)
/** A text field's value, or nothing. */
const optionalText = (max: number) => z.string().trim().max(max, 'intake:errors.tooLong')
/** Repeated checkbox values, as Hono parses them (one string, an array, or nothing). */
const many = z.union([z.string().max(100), z.array(z.string().max(100)).max(50)]).optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))

/** The portal's start form: which service and sub-service. */
export const startForm = z.object({ service: slug, kind, startKey: key })

/** The office's start form: the service and the applicant to look up. */
export const officeStartForm = z.object({
  service: slug,
  kind,
  startKey: key,
  applicantType: z.enum(['individual', 'sole_proprietor', 'legal_entity'], {
    message: 'intake:errors.applicantType',
  }),
  iinOrBin: z.string().max(64, 'intake:errors.tooLong'),
})

/** Contacts, after the registry data were shown. */
export const applicantForm = z.object({
  version: versionField,
  phone: z.string().trim().regex(/^\+?[0-9 ()-]{10,20}$/, 'intake:errors.phone'),
  email: z.union([z.literal(''), z.email('intake:errors.email').max(200)]).optional(),
})

/** Another sub-service of the same service. */
export const subServiceForm = z.object({ version: versionField, kind })

/** Every field the particulars page may show; which are required depends on the sub-service. */
export const particularsForm = z.object({
  version: versionField,
  licenseNumber: optionalText(50).optional(),
  reissueReason: z.string().max(100).optional(),
  reissueReasonText: optionalText(500).optional(),
  duplicateCause: z.string().max(20).optional(),
  activitySubtypes: many,
})

/** The qualification requirements the applicant confirms. */
export const qualificationForm = z.object({ version: versionField, confirmed: many })

/** A representative under a power of attorney, or none. */
export const representativeForm = z.object({
  version: versionField,
  hasRepresentative: z.enum(['yes', 'no'], { message: 'intake:errors.hasRepresentative' }),
  representativeIin: z.string().max(64, 'intake:errors.tooLong').optional(),
  poaNumber: optionalText(40).optional(),
})

/** A payment receipt the officer saw (office channel). */
export const receiptForm = z.object({
  receiptNumber: z.string().trim().min(1, 'intake:errors.receiptNumber').max(
    40,
    'intake:errors.tooLong',
  ),
  paidOn: z.iso.date('intake:errors.paidOn'),
})

/** The send form: its one-time key. */
export const sendForm = z.object({ key })

/** Status by number without an account. */
export const statusForm = z.object({
  number: z.string().trim().toUpperCase().regex(/^[A-Z]{3}-\d{4}-\d{6}$/, 'intake:errors.number'),
  iinOrBin: z.string().trim().regex(/^\d{12}$/, 'intake:errors.iinOrBin'),
})

/** The catalog document an upload is for (the file itself is checked by its bytes). */
export const uploadFields = z.object({
  document: z.string().max(100).regex(/^(other|[a-z][a-z0-9-]*)$/, 'intake:errors.document'),
})
