import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { boot, BootError } from '../src/boot.ts'
import type { Db } from '../src/db/connect.ts'
import { migrateDownAll, migrateToLatest } from '../src/db/migrate.ts'
import { nodePlatform } from '../src/platform/node.ts'
import { dialects, migrationsFolder, testDb } from './helpers/db.ts'

const files = { fs, path, folder: migrationsFolder }

describe.each(dialects)('$name: migrations', ({ name }) => {
  let db: Db
  let broken: string
  beforeEach(async () => {
    db = await testDb(name, { migrate: false })
    // Inside the project, so the copied migrations can import `kysely` from node_modules.
    await fs.mkdir(path.join(migrationsFolder, '..', '.tmp'), { recursive: true })
    broken = await fs.mkdtemp(path.join(migrationsFolder, '..', '.tmp', 'migrations-'))
    for (const f of await fs.readdir(migrationsFolder)) {
      await fs.copyFile(path.join(migrationsFolder, f), path.join(broken, f))
    }
    await fs.writeFile(
      path.join(broken, '29991231235959_test_break_everything.ts'),
      `export async function up(db) {
  await db.schema.createTable('half_done').addColumn('id', 'text').execute()
  await db.schema.createTable('half_done').addColumn('id', 'text').execute()
}
export async function down() {}
`,
    )
  })
  afterEach(async () => {
    await db.close()
    await fs.rm(broken, { recursive: true, force: true })
  })

  it('migrateToLatest() applies every migration, and migrateDownAll() undoes them', async () => {
    const up = await migrateToLatest(db.kysely, { ...files, schema: db.schema })
    expect(up.ok).toBe(true)
    expect(await tableNames(db)).toContain('audit_entries')
    await migrateDownAll(db.kysely, { ...files, schema: db.schema })
    expect((await tableNames(db)).filter((t) => !t.startsWith('kysely_'))).toEqual([])
  })

  it('a failing migration leaves the database exactly as it was and names the migration', async () => {
    const outcome = await migrateToLatest(db.kysely, {
      fs,
      path,
      folder: broken,
      schema: db.schema,
    })
    expect(outcome).toMatchObject({
      ok: false,
      failed: '29991231235959_test_break_everything',
      applied: [],
    })
    const tables = await tableNames(db)
    expect(tables).not.toContain('audit_entries')
    expect(tables).not.toContain('half_done')
  })
})

describe('boot()', () => {
  it('stops with a message naming the failing migration and leaves the SQLite file unchanged', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'boot-'))
    const broken = path.join(dir, 'migrations')
    await fs.mkdir(broken)
    await fs.writeFile(
      path.join(broken, '20990101000000_test_broken.ts'),
      `export async function up(db) {\n  await db.schema.createTable('x').addColumn('id', 'text').execute()\n  await db.schema.createTable('x').addColumn('id', 'text').execute()\n}\n`,
    )
    const platform = { ...nodePlatform, migrations: { fs, path, folder: broken } }
    const env = {
      NODE_ENV: 'test',
      DATABASE_URL: path.join(dir, 'data', 'app.sqlite'),
      DEMO_DATA: 'false',
    }
    const error = await boot(env, platform).catch((e) => e)
    expect(error).toBeInstanceOf(BootError)
    expect(error.message).toMatch(/Migration "20990101000000_test_broken" failed: .*already exists/)
    expect(error.message).toMatch(/database is as it was/)
    const again = await boot({ ...env }, {
      ...nodePlatform,
      migrations: { fs, path, folder: migrationsFolder },
    })
    const tables = await tableNames(again!.db)
    expect(tables).not.toContain('x')
    expect(tables).toContain('audit_entries')
    await again!.db.close()
    await fs.rm(dir, { recursive: true, force: true })
  })
})

async function tableNames(db: Db): Promise<string[]> {
  if (db.dialect === 'sqlite') {
    const r = await sql<
      { name: string }
    >`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`
      .execute(db.kysely)
    return r.rows.map((x) => x.name).sort()
  }
  const r = await sql<
    { name: string }
  >`select table_name as name from information_schema.tables where table_schema = current_schema()`
    .execute(db.kysely)
  return r.rows.map((x) => x.name).sort()
}
