/**
 * The audit trail: append-only (the database refuses UPDATE and DELETE) and hash-chained:
 * each entry's hash covers the previous hash and the entry, so an edited, deleted or
 * reordered row breaks the chain at a known place, found by `verifyAuditChain`.
 */
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/database.ts'
import { newId, sha256Hex } from '../../lib/ids.ts'
import { findEntriesAfter, findEntriesFor, findLastEntry, insertEntry, lockChain } from './repo.ts'
import type { AuditEntryRow } from './tables.ts'

/** Something that happened, as a caller describes it. */
export interface AuditEvent {
  readonly action: string
  readonly entityType: string
  readonly entityId?: string | null
  readonly outcome?: 'ok' | 'denied' | 'failed'
  readonly actorId?: string | null
  readonly actorRole?: string | null
  readonly organizationId?: string | null
  readonly ip?: string | null
  readonly requestId?: string | null
  /** Facts worth keeping; never passwords, tokens or document contents. */
  readonly details?: Record<string, unknown>
}

/** Database, dialect and clock; `db` may be an open transaction so the entry commits with the change. */
export interface AuditDeps {
  readonly db: Kysely<Database> | Transaction<Database>
  readonly dialect: 'sqlite' | 'postgres'
  readonly now: Date
}

const GENESIS = '0'.repeat(64)

/** Appends an event. Call it inside the transaction of the change it records. */
export async function recordAudit(deps: AuditDeps, event: AuditEvent): Promise<void> {
  await lockChain(deps.db, deps.dialect)
  const last = await findLastEntry(deps.db)
  const row = {
    seq: (last?.seq ?? 0) + 1,
    id: newId(),
    at: deps.now.toISOString(),
    actor_id: event.actorId ?? null,
    actor_role: event.actorRole ?? null,
    organization_id: event.organizationId ?? null,
    action: event.action,
    entity_type: event.entityType,
    entity_id: event.entityId ?? null,
    outcome: event.outcome ?? 'ok',
    ip: event.ip ?? null,
    request_id: event.requestId ?? null,
    details: JSON.stringify(event.details ?? {}),
    prev_hash: last?.hash ?? GENESIS,
  }
  await insertEntry(deps.db, { ...row, hash: await entryHash(row) })
}

/** The result of checking the chain. */
export type ChainCheck =
  | { ok: true; entries: number; head: string }
  | { ok: false; entries: number; brokenAt: number; reason: 'sequence' | 'link' | 'hash' }

/** Walks the whole trail and reports the first entry that breaks the chain. */
export async function verifyAuditChain(db: Kysely<Database>): Promise<ChainCheck> {
  let prev = GENESIS
  let expectedSeq = 1
  for (;;) {
    const batch = await findEntriesAfter(db, expectedSeq - 1, 1000)
    if (batch.length === 0) return { ok: true, entries: expectedSeq - 1, head: prev }
    for (const row of batch) {
      const fail = (reason: 'sequence' | 'link' | 'hash') =>
        ({ ok: false, entries: expectedSeq - 1, brokenAt: row.seq, reason }) as const
      if (row.seq !== expectedSeq) return fail('sequence')
      if (row.prev_hash !== prev) return fail('link')
      if (row.hash !== (await entryHash(row))) return fail('hash')
      prev = row.hash
      expectedSeq++
    }
  }
}

function entryHash(row: Omit<AuditEntryRow, 'hash'>): Promise<string> {
  return sha256Hex(JSON.stringify([
    row.prev_hash,
    row.seq,
    row.id,
    row.at,
    row.actor_id,
    row.actor_role,
    row.organization_id,
    row.action,
    row.entity_type,
    row.entity_id,
    row.outcome,
    row.ip,
    row.request_id,
    row.details,
  ]))
}

/** The entries about one entity, oldest first (a case's history, an account's logins). */
export function listAuditEntries(
  db: Kysely<Database>,
  entityType: string,
  entityId: string,
): Promise<AuditEntryRow[]> {
  return findEntriesFor(db, entityType, entityId)
}
