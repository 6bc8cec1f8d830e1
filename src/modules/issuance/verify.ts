/**
 * Public verification of a license by its number, without login: status from the registry
 * (never from the QR code), the activity, the licensee's name, the issue date, the provider,
 * and whether the decision's signature verifies now. Nothing else: no IIN/BIN, no address, no
 * case. Anything unknown or malformed is simply "not found", with no hint of a near number.
 * Look-ups are counted in the database per client address, so all instances share the limit.
 */
import { sha256Hex } from '../../lib/ids.ts'
import { type IssuedData, parseData } from './data.ts'
import type { Bilingual, IssuanceDeps, LookupLimit } from './deps.ts'
import { parseLicenseNumber } from './numbers.ts'
import { countLookup } from './lookup-repo.ts'
import { findDocumentsOfLicense, findLicenseByNumber } from './repo.ts'
import type { LicenseKind, LicenseRow, LicenseStatus } from './tables.ts'

/** The default limit: 30 look-ups per client address in 10 minutes. */
export const DEFAULT_LOOKUP_LIMIT: LookupLimit = { perWindow: 30, windowMinutes: 10 }

/** How the signature looks now. */
export type SignatureState = 'verified' | 'failed' | 'deemed' | 'unavailable'

/** What the public sees of a license. */
export interface PublicLicense {
  readonly number: string
  readonly kind: LicenseKind
  readonly status: LicenseStatus
  readonly statusSince: string
  readonly activity: Bilingual
  readonly subtypes: readonly Bilingual[]
  readonly licensee: Bilingual
  readonly issuedAt: string
  readonly provider: Bilingual
  readonly basis: 'decision' | 'deemed'
  readonly signature: SignatureState
  readonly demo: boolean
}

/** The answer to a look-up. */
export type LookupAnswer =
  | { readonly kind: 'limited'; readonly retryAfterSeconds: number }
  | { readonly kind: 'notFound' }
  | { readonly kind: 'found'; readonly license: PublicLicense }

/** Counts the look-up, then finds the license. */
export async function lookupLicense(
  deps: IssuanceDeps,
  input: { number: unknown; client: string },
): Promise<LookupAnswer> {
  const limit = deps.lookupLimit ?? DEFAULT_LOOKUP_LIMIT
  const now = deps.clock.now().getTime()
  const windowMs = limit.windowMinutes * 60_000
  const start = Math.floor(now / windowMs) * windowMs
  const client = await sha256Hex(input.client)
  const count = await countLookup(deps.db.kysely, client, new Date(start).toISOString())
  if (count > limit.perWindow) {
    return { kind: 'limited', retryAfterSeconds: Math.ceil((start + windowMs - now) / 1000) }
  }
  const number = parseLicenseNumber(input.number)
  const license = number ? await findLicenseByNumber(deps.db.kysely, number) : undefined
  if (!license) return { kind: 'notFound' }
  const original = (await findDocumentsOfLicense(deps.db.kysely, license.id))
    .find((d) => d.copy_no === 0)
  if (!original) return { kind: 'notFound' }
  const data = parseData(original.data)
  const intact = (await sha256Hex(original.data)) === original.data_hash
  return {
    kind: 'found',
    license: publicView(license, data, await signatureState(deps, data, intact)),
  }
}

/**
 * Re-runs the verifier over the stored signature at the time it was received, and checks it
 * signed exactly the decision this document names. A deemed license has no signature by law.
 */
async function signatureState(
  deps: IssuanceDeps,
  data: IssuedData,
  intact: boolean,
): Promise<SignatureState> {
  if (!intact) return 'failed'
  if (data.basis === 'deemed' || !data.decision) return data.deemed ? 'deemed' : 'failed'
  if (!deps.signatures?.verifyStored) return 'unavailable'
  const check = await deps.signatures.verifyStored(data.decision.signatureRequestId)
  return check?.ok && check.documentHash === data.decision.documentHash ? 'verified' : 'failed'
}

function publicView(row: LicenseRow, data: IssuedData, signature: SignatureState): PublicLicense {
  return {
    number: row.number,
    kind: row.kind,
    status: row.status,
    statusSince: row.status_since,
    activity: data.activity,
    subtypes: data.subtypes,
    licensee: { kk: row.holder_name_kk, ru: row.holder_name_ru },
    issuedAt: row.issued_at,
    provider: data.provider.name,
    basis: row.basis,
    signature,
    demo: data.decision?.demo ?? false,
  }
}
