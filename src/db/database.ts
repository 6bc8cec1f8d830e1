/**
 * The whole database as Kysely sees it: the union of every module's tables. Each module
 * owns its tables (prefixed with its name) and declares them in its `tables.ts`.
 */
import type { AuditTables } from '../modules/audit/tables.ts'
import type { CatalogTables } from '../modules/catalog/tables.ts'
import type { IdentityTables } from '../modules/identity/tables.ts'

/** All tables. */
export interface Database extends AuditTables, CatalogTables, IdentityTables {}

/** Either the database or a transaction on it; repo functions take this as `db`. */
export type { Kysely, Transaction } from 'kysely'
