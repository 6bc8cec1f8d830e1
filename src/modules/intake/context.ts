/**
 * An application read together with its regulation: the version (in force today for a draft,
 * the stored one once sent), the sub-service, the documents of its applicant type and channel,
 * the qualification requirements that apply, and the fee.
 */
import {
  type Document,
  documentsFor,
  getRegulationInForce,
  getRegulationVersionById,
  type Regulation,
  type RegulationVersion,
  type SubService,
  subService,
  type SubServiceKind,
} from '../catalog/index.ts'
import type { IntakeDeps } from './deps.ts'
import type { ApplicationRow } from './tables.ts'
import type { Particulars } from './view-types.ts'

/** A qualification requirement as the form shows it. */
export type QualificationItem = NonNullable<Regulation['qualification']>['items'][number]

/** The regulation side of one application. */
export interface ApplicationContext {
  readonly version: RegulationVersion
  readonly regulation: Regulation
  readonly sub: SubService
  /** Files to attach (the catalog's `upload` documents). */
  readonly uploads: readonly Document[]
  /** Data the provider obtains from state systems, and the request itself. */
  readonly registryItems: readonly Document[]
  readonly requestItems: readonly Document[]
  /** True when the catalog only points to the national standard for the list. */
  readonly documentsByReference: boolean
  readonly qualification: readonly QualificationItem[]
  readonly feeMci: number | null
}

/** Sub-service kinds in the order pages list them. */
export const subServiceKinds: readonly SubServiceKind[] = [
  'issue',
  'reissue',
  'duplicate',
  'attestation',
  'accreditation',
]

/** The context of an application; undefined when its regulation or sub-service is gone. */
export async function contextOf(
  deps: Pick<IntakeDeps, 'db' | 'clock'>,
  row: ApplicationRow,
): Promise<ApplicationContext | undefined> {
  const version = row.regulation_version_id
    ? await getRegulationVersionById(deps, row.regulation_version_id)
    : await getRegulationInForce(deps, row.regulation_id, deps.clock.now())
  if (!version) return undefined
  const sub = subService(version.definition, row.sub_service as SubServiceKind)
  if (!sub) return undefined
  return buildContext(version, sub, row)
}

/** The context for a version, sub-service and application. */
export function buildContext(
  version: RegulationVersion,
  sub: SubService,
  row: Pick<ApplicationRow, 'applicant_type' | 'channel' | 'particulars'>,
): ApplicationContext {
  const docs = documentsFor(sub, row.applicant_type, row.channel)
  const particulars: Particulars = row.particulars ? JSON.parse(row.particulars) : {}
  return {
    version,
    regulation: version.definition,
    sub,
    uploads: docs.filter((d) => d.form === 'upload'),
    registryItems: docs.filter((d) => d.form === 'registry'),
    requestItems: docs.filter((d) => d.form === 'request'),
    documentsByReference: sub.documents.status === 'standard_reference',
    qualification: qualificationFor(version.definition, sub, row.applicant_type, particulars),
    feeMci: sub.fee?.mci ?? null,
  }
}

/** May this applicant type use the regulation? A sole proprietor acts as an individual. */
export function acceptsApplicant(regulation: Regulation, type: ApplicationRow['applicant_type']) {
  const recipients: readonly string[] = regulation.recipients
  return recipients.includes(type) ||
    (type === 'sole_proprietor' && recipients.includes('individual'))
}

// Qualification requirements are checked when a license or certificate is first issued; a
// re-issue or duplicate carries over the licensee's existing standing (SERVICES.md §1.4).
function qualificationFor(
  regulation: Regulation,
  sub: SubService,
  type: ApplicationRow['applicant_type'],
  particulars: Particulars,
): QualificationItem[] {
  if (sub.kind === 'reissue' || sub.kind === 'duplicate') return []
  const chosen = particulars.activitySubtypes ?? []
  return (regulation.qualification?.items ?? []).filter((item) =>
    (!item.applicantTypes || item.applicantTypes.includes(type)) &&
    (!item.subtype || chosen.includes(item.subtype))
  )
}
