/**
 * @module audit
 * The append-only, hash-chained audit trail. Any module records an event inside the
 * transaction of the change it describes; `verifyAuditChain` checks the whole trail
 * (`npm run audit:verify`).
 */
export {
  type AuditDeps,
  type AuditEvent,
  type ChainCheck,
  listAuditEntries,
  recordAudit,
  verifyAuditChain,
} from './service.ts'
export type { AuditEntryRow, AuditTables } from './tables.ts'
