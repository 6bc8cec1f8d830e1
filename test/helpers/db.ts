/**
 * Test databases: SQLite in memory always, PostgreSQL too when TEST_DATABASE_URL is set (CI
 * always sets it). Each PostgreSQL test database is a fresh schema, dropped afterwards, so
 * test files can run in parallel against one server.
 */
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { type Db, openDatabase } from '../../src/db/connect.ts'
import { migrateToLatest } from '../../src/db/migrate.ts'

/** The dialects to run database tests on, for `describe.each(dialects)`. */
export const dialects: Array<{ name: 'sqlite' | 'postgres' }> = [
  { name: 'sqlite' },
  ...(process.env.TEST_DATABASE_URL ? [{ name: 'postgres' as const }] : []),
]

export const migrationsFolder = fileURLToPath(new URL('../../migrations', import.meta.url))

/** Opens an empty, migrated database; `close()` also drops a PostgreSQL test schema. */
export async function testDb(
  dialect: 'sqlite' | 'postgres',
  options: { migrate?: boolean } = {},
): Promise<Db> {
  const db = dialect === 'sqlite'
    ? openDatabase({ kind: 'sqlite', path: ':memory:' })
    : await openPgSchema()
  if (options.migrate !== false) {
    const outcome = await migrateToLatest(db.kysely, {
      fs,
      path,
      folder: migrationsFolder,
      schema: db.schema,
    })
    if (!outcome.ok) throw new Error(`migration ${outcome.failed} failed: ${outcome.reason}`)
  }
  return db
}

async function openPgSchema(): Promise<Db> {
  const url = process.env.TEST_DATABASE_URL!
  const schema = `t_${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`create schema ${schema}`)
  await admin.end()
  const db = openDatabase({ kind: 'postgres', url }, { pgSchema: schema, pgPoolSize: 5 })
  return {
    ...db,
    async close() {
      await db.close()
      const c = new pg.Client({ connectionString: url })
      await c.connect()
      await c.query(`drop schema ${schema} cascade`)
      await c.end()
    },
  }
}
