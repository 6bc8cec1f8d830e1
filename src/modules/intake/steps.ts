/**
 * The checks of the steps whose rules come from the regulation: the particulars of each
 * sub-service, the qualification requirements, and a representative's power of attorney in
 * the notary registry. Each answers the value to store or field errors as locale keys.
 */
import { localDate } from '../sla/index.ts'
import { parseIin } from '../identity/index.ts'
import type { ApplicationContext } from './context.ts'
import type { IntakeDeps } from './deps.ts'
import type { ApplicationRow } from './tables.ts'
import type { Particulars, Representative } from './view-types.ts'

/** Field → locale key of its error. */
export type StepErrors = Record<string, string>

/** A checked value, or the errors. */
export type Checked<T> = { ok: true; value: T } | { ok: false; errors: StepErrors }

/** The particulars form as parsed. */
export interface ParticularsInput {
  readonly licenseNumber?: string | undefined
  readonly reissueReason?: string | undefined
  readonly reissueReasonText?: string | undefined
  readonly duplicateCause?: string | undefined
  readonly activitySubtypes: readonly string[]
}

/** Checks the particulars the sub-service needs. */
export function checkParticulars(
  ctx: ApplicationContext,
  input: ParticularsInput,
): Checked<Particulars> {
  const errors: StepErrors = {}
  const kind = ctx.sub.kind
  const license = input.licenseNumber?.trim() ?? ''
  if ((kind === 'reissue' || kind === 'duplicate') && !license) {
    errors['licenseNumber'] = 'intake:errors.licenseNumber'
  }
  const subtypes = (ctx.regulation.activitySubtypes ?? []).map((s) => s.id)
  if (kind === 'issue' && input.activitySubtypes.some((s) => !subtypes.includes(s))) {
    errors['activitySubtypes'] = 'intake:errors.subtype'
  }
  const value = kind === 'reissue'
    ? reissue(ctx, input, license, errors)
    : kind === 'duplicate'
    ? duplicate(input, license, errors)
    : kind === 'issue' && subtypes.length
    ? { activitySubtypes: subtypes.filter((s) => input.activitySubtypes.includes(s)) }
    : {}
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value }
}

function reissue(
  ctx: ApplicationContext,
  input: ParticularsInput,
  licenseNumber: string,
  errors: StepErrors,
): Particulars {
  const reasons = (ctx.sub.reissueReasons ?? []).map((r) => r.id)
  if (reasons.length) {
    const reason = input.reissueReason ?? ''
    if (!reasons.includes(reason)) errors['reissueReason'] = 'intake:errors.reissueReason'
    return { licenseNumber, reissueReason: reason }
  }
  const text = input.reissueReasonText?.trim() ?? ''
  if (!text) errors['reissueReasonText'] = 'intake:errors.reissueReasonText'
  return { licenseNumber, reissueReasonText: text }
}

function duplicate(
  input: ParticularsInput,
  licenseNumber: string,
  errors: StepErrors,
): Particulars {
  const cause = input.duplicateCause
  if (cause !== 'lost' && cause !== 'damaged') {
    errors['duplicateCause'] = 'intake:errors.duplicateCause'
    return { licenseNumber }
  }
  return { licenseNumber, duplicateCause: cause }
}

/** Checks that every requirement that applies was confirmed, and nothing else was sent. */
export function checkQualification(
  ctx: ApplicationContext,
  confirmed: readonly string[],
): Checked<{ confirmed: string[] }> {
  const ids = ctx.qualification.map((q) => q.id)
  const complete = ids.every((id) => confirmed.includes(id))
  const known = confirmed.every((id) => ids.includes(id))
  return complete && known
    ? { ok: true, value: { confirmed: ids } }
    : { ok: false, errors: { confirmed: 'intake:errors.qualification' } }
}

/** The representative form as parsed. */
export interface RepresentativeInput {
  readonly hasRepresentative: 'yes' | 'no'
  readonly representativeIin?: string | undefined
  readonly poaNumber?: string | undefined
}

/**
 * A representative is recorded only with a notarized power of attorney the notary registry
 * confirms for this applicant and this person on today's date, with the power to apply.
 */
export async function checkRepresentative(
  deps: Pick<IntakeDeps, 'registries' | 'clock'>,
  row: Pick<ApplicationRow, 'applicant_iin' | 'applicant_bin'>,
  input: RepresentativeInput,
): Promise<Checked<Representative | null>> {
  if (input.hasRepresentative === 'no') return { ok: true, value: null }
  const now = deps.clock.now()
  const iin = parseIin(input.representativeIin ?? '', { today: now })
  const number = input.poaNumber?.trim() ?? ''
  const errors: StepErrors = {}
  if (!iin.ok) errors['representativeIin'] = `identity:validation.iin.${iin.error}`
  if (!number) errors['poaNumber'] = 'intake:errors.poaNumber'
  if (!iin.ok || !number) return { ok: false, errors }
  const found = await deps.registries.notary.findPowerOfAttorney({
    number,
    principalIinOrBin: row.applicant_bin ?? row.applicant_iin ?? '',
    representativeIin: iin.iin,
    on: localDate(now),
  })
  if (!found) return { ok: false, errors: { poaNumber: 'intake:errors.poaNotFound' } }
  if (!found.powers.includes('apply')) {
    return { ok: false, errors: { poaNumber: 'intake:errors.poaPowers' } }
  }
  return {
    ok: true,
    value: {
      iin: found.representative.iin,
      fullName: found.representative.fullName,
      powerOfAttorney: {
        number: found.number,
        issuedOn: found.issuedOn,
        validUntil: found.validUntil,
        notary: found.notary.fullName,
        powers: found.powers,
        source: found.source,
      },
    },
  }
}
