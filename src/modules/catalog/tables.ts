/** Kysely table types of the catalog module. */
import type { Insertable, Selectable } from 'kysely'

/** `catalog_regulation_versions`: one row per version of a regulation; rows are never rewritten. */
export interface CatalogRegulationVersionsTable {
  id: string
  regulation_id: string
  version: number
  /** ISO date from which new applications use this version. */
  effective_from: string
  /** The regulation definition as JSON (see definition.ts). */
  definition: string
  created_at: string
  /** The administrator's account id; null for versions seeded from the data files. */
  created_by: string | null
}

/** `catalog_mci_values`: the monthly calculation index (MCI) in tenge, per calendar year. */
export interface CatalogMciValuesTable {
  year: number
  value_tenge: number
  updated_at: string
  updated_by: string | null
}

/** The catalog module's tables. */
export interface CatalogTables {
  catalog_regulation_versions: CatalogRegulationVersionsTable
  catalog_mci_values: CatalogMciValuesTable
}

export type RegulationVersionRow = Selectable<CatalogRegulationVersionsTable>
export type NewRegulationVersionRow = Insertable<CatalogRegulationVersionsTable>
export type MciValueRow = Selectable<CatalogMciValuesTable>
