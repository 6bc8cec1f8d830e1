import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dialects, testDb } from '../../../test/helpers/db.ts'
import type { Db } from '../../db/connect.ts'
import { listAuditEntries, recordAudit, verifyAuditChain } from './service.ts'

describe.each(dialects)('$name: audit trail', ({ name }) => {
  let db: Db
  beforeEach(async () => {
    db = await testDb(name)
  })
  afterEach(async () => {
    await db.close()
  })
  const deps = () => ({ db: db.kysely, dialect: db.dialect, now: new Date('2026-03-02T05:00:00Z') })

  it('recordAudit() chains entries and verifyAuditChain() accepts them', async () => {
    for (let i = 0; i < 5; i++) {
      await recordAudit(deps(), {
        action: 'login',
        entityType: 'account',
        entityId: `a${i}`,
        details: { n: i },
      })
    }
    const check = await verifyAuditChain(db.kysely)
    expect(check).toMatchObject({ ok: true, entries: 5 })
    const rows = await listAuditEntries(db.kysely, 'account', 'a3')
    expect(rows).toHaveLength(1)
    expect(JSON.parse(rows[0]!.details)).toEqual({ n: 3 })
  })

  it('the database refuses UPDATE and DELETE on audit entries', async () => {
    await recordAudit(deps(), { action: 'login', entityType: 'account', entityId: 'a' })
    await expect(db.kysely.updateTable('audit_entries').set({ action: 'x' }).execute()).rejects
      .toThrow(
        /append-only/,
      )
    await expect(db.kysely.deleteFrom('audit_entries').execute()).rejects.toThrow(/append-only/)
  })

  it('verifyAuditChain() finds an edited entry by its sequence number', async () => {
    for (let i = 0; i < 4; i++) {
      await recordAudit(deps(), { action: 'a', entityType: 't', entityId: `${i}` })
    }
    await tamper(db, 3)
    expect(await verifyAuditChain(db.kysely)).toMatchObject({
      ok: false,
      brokenAt: 3,
      reason: 'hash',
    })
  })

  it('an entry recorded in a rolled-back transaction leaves no trace', async () => {
    await recordAudit(deps(), { action: 'kept', entityType: 't' })
    await expect(
      db.kysely.transaction().execute(async (trx) => {
        await recordAudit({ ...deps(), db: trx }, { action: 'lost', entityType: 't' })
        throw new Error('business change failed')
      }),
    ).rejects.toThrow('business change failed')
    const check = await verifyAuditChain(db.kysely)
    expect(check).toMatchObject({ ok: true, entries: 1 })
  })

  it('concurrent appends keep one linear chain', async () => {
    await Promise.all(
      Array.from(
        { length: 20 },
        (_, i) =>
          db.kysely.transaction().execute((trx) =>
            recordAudit({ ...deps(), db: trx }, {
              action: 'race',
              entityType: 't',
              entityId: `${i}`,
            })
          ),
      ),
    )
    expect(await verifyAuditChain(db.kysely)).toMatchObject({ ok: true, entries: 20 })
  })
})

/** Edits a row behind the triggers' back, as an attacker with file access could. */
async function tamper(db: Db, seq: number): Promise<void> {
  if (db.dialect === 'sqlite') {
    await sql`drop trigger audit_entries_no_update`.execute(db.kysely)
  } else {
    await sql`alter table audit_entries disable trigger audit_entries_no_change`.execute(db.kysely)
  }
  await db.kysely.updateTable('audit_entries').set({ details: '{"edited":true}' }).where(
    'seq',
    '=',
    seq,
  )
    .execute()
}
