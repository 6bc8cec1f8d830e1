import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { boot, BootError } from '../../boot.ts'
import type { Db } from '../../db/connect.ts'
import { openDatabase } from '../../db/connect.ts'
import { fixedClock } from '../../lib/clock.ts'
import { nodePlatform } from '../../platform/node.ts'
import { dialects, testDb } from '../../../test/helpers/db.ts'
import { aktobeGrainLicense } from './data/aktobe-grain-license.ts'
import { zhambylVeterinaryLicense } from './data/zhambyl-veterinary-license.ts'
import { CatalogValidationError } from './errors.ts'
import { mciValue, setMciValue } from './mci.ts'
import { seedRegulations } from './seeds.ts'
import { getRegulationVersion } from './service.ts'
import { syncCatalog } from './sync.ts'
import { copyOf } from './test-deps.ts'

/** S1-A with an unknown role and a unit typo (shape errors zod reports). */
function withShapeErrors() {
  const broken = copyOf(aktobeGrainLicense) as unknown as {
    subServices: Array<{ route: { steps: Array<{ role: string; norm: { unit: string } }> } }>
  }
  broken.subServices[0]!.route.steps[1]!.role = 'manager'
  broken.subServices[0]!.route.steps[0]!.norm.unit = 'workday'
  return broken
}

/** S11 whose issue route branches to a step that does not exist (an integrity error). */
function withMissingTarget(version = 1) {
  const broken = copyOf(zhambylVeterinaryLicense) as unknown as {
    version: number
    subServices: Array<{ route: { steps: Array<{ id: string; outcomes: Array<{ to: string }> }> } }>
  }
  broken.version = version
  broken.subServices[0]!.route.steps[0]!.outcomes[0]!.to = 'nowhere'
  return broken
}

async function problemsOf(run: Promise<unknown>): Promise<string> {
  const error = await run.then(() => undefined, (e: unknown) => e)
  expect(error).toBeInstanceOf(CatalogValidationError)
  return (error as Error).message
}

describe.each(dialects)('$name: syncCatalog()', ({ name }) => {
  let db: Db
  const clock = fixedClock('2026-03-02T05:00:00Z')
  beforeEach(async () => {
    db = await testDb(name)
  })
  afterEach(() => db.close())

  const count = async () =>
    Number(
      (await db.kysely.selectFrom('catalog_regulation_versions')
        .select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n,
    )

  it('stores the 13 data files once; a second run inserts nothing', async () => {
    const first = await syncCatalog({ db, clock })
    expect(first.inserted).toHaveLength(13)
    expect(await count()).toBe(13)
    const second = await syncCatalog({ db, clock })
    expect(second).toEqual({ inserted: [], differing: [] })
    expect(await count()).toBe(13)
  })

  it('never overwrites a stored version, and reports a data file that differs from it', async () => {
    await syncCatalog({ db, clock })
    const changed = copyOf(aktobeGrainLicense)
    changed.name.ru = 'Изменённое название'
    const report = await syncCatalog({ db, clock }, [changed, ...seedRegulations.slice(1)])
    expect(report).toEqual({ inserted: [], differing: ['aktobe-grain-license@1'] })
    const stored = await getRegulationVersion({ db, clock }, 'aktobe-grain-license', 1)
    expect(stored?.definition.name.ru).toBe(aktobeGrainLicense.name.ru)
  })

  it('adds a new data-file version next to the stored ones', async () => {
    await syncCatalog({ db, clock })
    const v2 = { ...copyOf(aktobeGrainLicense), version: 2, effectiveFrom: '2026-06-01' }
    expect((await syncCatalog({ db, clock }, [...seedRegulations, v2])).inserted).toEqual([
      'aktobe-grain-license@2',
    ])
    expect(await count()).toBe(14)
  })

  it('seeds the MCI of 2025 and 2026 and keeps a value an administrator changed', async () => {
    await syncCatalog({ db, clock })
    expect((await mciValue({ db, clock }, 2025))?.valueTenge).toBe(3932)
    expect((await mciValue({ db, clock }, 2026))?.valueTenge).toBe(4325)
    await setMciValue({ db, clock }, { year: 2026, valueTenge: 4400, actorId: 'admin-1' })
    await syncCatalog({ db, clock })
    expect((await mciValue({ db, clock }, 2026))?.valueTenge).toBe(4400)
  })

  it('rejects broken data files, naming every problem with service, version and step', async () => {
    const message = await problemsOf(
      syncCatalog({ db, clock }, [withShapeErrors(), withMissingTarget(), aktobeGrainLicense]),
    )
    expect(message).toMatch(
      /regulation "aktobe-grain-license" version 1: subServices\[issue\]\.route\.steps\[assign-executor\]\.role/,
    )
    expect(message).toMatch(
      /regulation "aktobe-grain-license" version 1: subServices\[issue\]\.route\.steps\[register\]\.norm\.unit/,
    )
    expect(message).toContain(
      'regulation "zhambyl-veterinary-license" version 1: sub-service "issue", step "register": outcome "done" leads to unknown step "nowhere"',
    )
    expect(await count()).toBe(0)
  })

  it('rejects a data file listed twice with the same version', async () => {
    const message = await problemsOf(
      syncCatalog({ db, clock }, [aktobeGrainLicense, aktobeGrainLicense]),
    )
    expect(message).toContain('"aktobe-grain-license" version 1 appears twice')
  })

  it('rejects a broken stored version and inserts nothing', async () => {
    await db.kysely.insertInto('catalog_regulation_versions').values({
      id: 'broken-row',
      regulation_id: 'zhambyl-veterinary-license',
      version: 2,
      effective_from: '2014-04-15',
      definition: JSON.stringify(withMissingTarget(2)),
      created_at: '2026-03-01T00:00:00.000Z',
      created_by: null,
    }).execute()
    const message = await problemsOf(syncCatalog({ db, clock }))
    expect(message).toContain(
      'database: regulation "zhambyl-veterinary-license" version 2: sub-service "issue", step "register": outcome "done" leads to unknown step "nowhere"',
    )
    expect(await count()).toBe(1)
  })

  it('rejects a stored row whose JSON does not match its columns or is not JSON', async () => {
    const row = {
      regulation_id: 'aktobe-grain-license',
      effective_from: '2014-05-27',
      created_at: '2026-03-01T00:00:00.000Z',
      created_by: null,
    }
    await db.kysely.insertInto('catalog_regulation_versions').values([
      { ...row, id: 'a', version: 5, definition: JSON.stringify(aktobeGrainLicense) },
      { ...row, id: 'b', version: 6, definition: '{not json' },
    ]).execute()
    const message = await problemsOf(syncCatalog({ db, clock }))
    expect(message).toContain('version 5 (stored row a): version "1" differs from "5"')
    expect(message).toContain('version 6 (stored row b): the definition is not JSON')
  })
})

describe('boot() with the catalog', () => {
  let dir: string
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'catalog-boot-'))
  })
  afterEach(() => fs.rm(dir, { recursive: true, force: true }))

  const env = () => ({
    NODE_ENV: 'test',
    DATABASE_URL: path.join(dir, 'app.sqlite'),
    LOG_LEVEL: 'error',
    DEMO_DATA: 'false',
  })

  it('stops start-up with a BootError naming the broken stored version and step', async () => {
    const first = await boot(env(), nodePlatform)
    await first!.db.close()
    const db = openDatabase({ kind: 'sqlite', path: env().DATABASE_URL })
    await db.kysely.insertInto('catalog_regulation_versions').values({
      id: 'broken-row',
      regulation_id: 'zhambyl-veterinary-license',
      version: 2,
      effective_from: '2014-04-15',
      definition: JSON.stringify(withMissingTarget(2)),
      created_at: '2026-03-01T00:00:00.000Z',
      created_by: null,
    }).execute()
    await db.close()
    const error = await boot(env(), nodePlatform).then(() => undefined, (e: unknown) => e)
    expect(error).toBeInstanceOf(BootError)
    expect((error as Error).message).toContain(
      'regulation "zhambyl-veterinary-license" version 2: sub-service "issue", step "register"',
    )
  })
})
