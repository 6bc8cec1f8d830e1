/**
 * @module
 * The service catalog: the 13 regulations as versioned, validated data (services, sub-services,
 * documents, fees in MCI, deadlines, routes of steps), the public pages and JSON API, and the
 * administration of versions and MCI values.
 *
 * A case stores the id of the version in force when it was submitted
 * ({@link getRegulationInForce}) and reads it back with {@link getRegulationVersionById} to the
 * end; later versions never change it. Start-up calls {@link syncCatalog}, which stops the
 * application when any version fails validation.
 */

/** Types of a regulation definition (see definition.ts for the schema). */
export type {
  Document,
  Norm,
  Outcome,
  Regulation,
  Step,
  StepKind,
  StepRole,
  SubService,
  Survey,
  Text,
} from './definition.ts'
/** Every kind of step a route may have, in the order of a case's life. */
export { stepKinds } from './definition.ts'
/** Names of the value lists: regions, sectors, channels, applicant types, kinds, units. */
export type {
  ApplicantType,
  Channel,
  NormUnit,
  Region,
  ResultKind,
  Sector,
  SubServiceKind,
} from './types.ts'
/** The dependencies every catalog function takes first. */
export type { CatalogDeps } from './deps.ts'
/** A stored version of a regulation with its validated definition. */
export type { RegulationVersion } from './snapshot.ts'
/** Reading versions: in force on a day, by number, by id, all of a regulation, the public list. */
export {
  getRegulationInForce,
  getRegulationVersion,
  getRegulationVersionById,
  listAllRegulations,
  listRegulations,
  listRegulationVersions,
  type RegulationFilter,
} from './service.ts'
/** A version with its context (version in force, all versions, fees for the current year). */
export { type FeeNow, findServiceDetail, getServiceDetail, type ServiceDetail } from './detail.ts'
/** The sub-service of a kind; the documents of an applicant type and channel; display groups. */
export { type DocumentGroup, documentGroups, documentsFor, subService } from './lookup.ts'
/** MCI values per year and fees in tenge. */
export {
  type CatalogActor,
  feeInTenge,
  listMciValues,
  type MciValue,
  mciValue,
  setMciValue,
} from './mci.ts'
/** Adding a version (validated, numbered, audited). */
export {
  addRegulationVersion,
  type AddVersionResult,
  type NewRegulationVersion,
} from './versions.ts'
/** Start-up validation and seeding; the error it throws. */
export { syncCatalog, type SyncReport } from './sync.ts'
export { CatalogValidationError } from './errors.ts'
/** Catalog search normalization, shared with anyone who searches catalog text. */
export { MAX_QUERY_LENGTH, normalizeForSearch } from './search.ts'
/** Public pages (mount at `/services`), administration (`/admin/catalog`), API (`/api/v1`). */
export { access, catalogPages } from './routes.tsx'
export { catalogAdmin } from './admin-routes.tsx'
export { catalogApi } from './api.ts'
/** The catalog's tables, for src/db/database.ts. */
export type { CatalogTables } from './tables.ts'
