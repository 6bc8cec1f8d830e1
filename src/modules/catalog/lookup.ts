/** Pure helpers over a regulation definition, for the pages and for intake. */
import type { Document, Regulation, SubService } from './definition.ts'
import type { ApplicantType, Channel, SubServiceKind } from './types.ts'

/** The sub-service of a kind, or undefined when the regulation does not offer it. */
export function subService(regulation: Regulation, kind: SubServiceKind): SubService | undefined {
  return regulation.subServices.find((s) => s.kind === kind)
}

/**
 * The documents one applicant type hands in through one channel. Empty when the regulation only
 * points to the national standard and the list has not been filled in yet.
 */
export function documentsFor(
  sub: SubService,
  applicantType: ApplicantType,
  channel: Channel,
): Document[] {
  return sub.documents.items.filter((d) =>
    d.applicantTypes.includes(applicantType) && d.channels.includes(channel)
  )
}

/** Documents grouped by the channels and applicant types they apply to, in list order. */
export interface DocumentGroup {
  readonly channels: readonly Channel[]
  readonly applicantTypes: readonly ApplicantType[]
  readonly documents: readonly Document[]
}

/** Groups a sub-service's documents for display: one group per (channels, applicant types). */
export function documentGroups(sub: SubService): DocumentGroup[] {
  const groups = new Map<
    string,
    { channels: Channel[]; applicantTypes: ApplicantType[]; documents: Document[] }
  >()
  for (const d of sub.documents.items) {
    const key = `${d.channels.join(',')}|${d.applicantTypes.join(',')}`
    const group = groups.get(key) ??
      { channels: [...d.channels], applicantTypes: [...d.applicantTypes], documents: [] }
    group.documents.push(d)
    groups.set(key, group)
  }
  return [...groups.values()].sort((a, b) => a.channels.join().localeCompare(b.channels.join()))
}
