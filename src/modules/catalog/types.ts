/** Names for the value lists of definition.ts, which exports the lists but not their types. */
import type {
  applicantTypes,
  channels,
  normUnits,
  regions,
  resultKinds,
  sectors,
  subServiceKinds,
} from './definition.ts'

/** An oblast the catalog serves. */
export type Region = (typeof regions)[number]
/** A field of activity, for the public filter. */
export type Sector = (typeof sectors)[number]
/** Where an application is made: the provider's office, the portal, a Public Service Center. */
export type Channel = (typeof channels)[number]
/** Individual, sole proprietor or legal entity. */
export type ApplicantType = (typeof applicantTypes)[number]
/** Issue, re-issue, duplicate, attestation or accreditation. */
export type SubServiceKind = (typeof subServiceKinds)[number]
/** What a sub-service produces. */
export type ResultKind = (typeof resultKinds)[number]
/** The unit of a time norm. */
export type NormUnit = (typeof normUnits)[number]
