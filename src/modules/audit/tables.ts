/** Kysely table types of the audit module. */
import type { Insertable, Selectable } from 'kysely'

/** `audit_entries`: one row per security-relevant event or state change, hash-chained. */
export interface AuditEntriesTable {
  seq: number
  id: string
  at: string
  actor_id: string | null
  actor_role: string | null
  organization_id: string | null
  action: string
  entity_type: string
  entity_id: string | null
  outcome: string
  ip: string | null
  request_id: string | null
  details: string
  prev_hash: string
  hash: string
}

/** The audit module's tables. */
export interface AuditTables {
  audit_entries: AuditEntriesTable
}

export type AuditEntryRow = Selectable<AuditEntriesTable>
export type NewAuditEntryRow = Insertable<AuditEntriesTable>
