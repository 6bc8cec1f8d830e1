/**
 * The whole database as Kysely sees it: the union of every module's tables. Each module
 * owns its tables (prefixed with its name) and declares them in its `tables.ts`.
 */
import type { ApprovalTables } from '../modules/approval/tables.ts'
import type { AuditTables } from '../modules/audit/tables.ts'
import type { CatalogTables } from '../modules/catalog/tables.ts'
import type { IdentityTables } from '../modules/identity/tables.ts'
import type { IntakeTables } from '../modules/intake/tables.ts'
import type { IssuanceTables } from '../modules/issuance/tables.ts'
import type { ReviewTables } from '../modules/review/tables.ts'
import type { SigningTables } from '../modules/signing/tables.ts'
import type { SlaTables } from '../modules/sla/tables.ts'
import type { SurveyTables } from '../modules/survey/tables.ts'

/** All tables. */
export interface Database
  extends
    ApprovalTables,
    AuditTables,
    CatalogTables,
    IdentityTables,
    IntakeTables,
    IssuanceTables,
    ReviewTables,
    SigningTables,
    SlaTables,
    SurveyTables {}

/** Either the database or a transaction on it; repo functions take this as `db`. */
export type { Kysely, Transaction } from 'kysely'
