import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type Db, openDatabase } from '../../db/connect.ts'
import { migrateToLatest } from '../../db/migrate.ts'
import { fixedClock } from '../../lib/clock.ts'
import { migrationsFolder } from '../../../test/helpers/db.ts'
import { aktobeGrainLicense } from './data/aktobe-grain-license.ts'
import { getRegulationInForce, listRegulationVersions } from './service.ts'
import { loadSnapshot } from './snapshot.ts'
import { syncCatalog } from './sync.ts'
import { copyOf } from './test-deps.ts'
import { addRegulationVersion } from './versions.ts'

describe('loadSnapshot() across two application instances on one database', () => {
  let dir: string
  let one: Db
  let two: Db
  const clock = fixedClock('2026-03-02T05:00:00Z')
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'catalog-cache-'))
    const file = path.join(dir, 'shared.sqlite')
    one = openDatabase({ kind: 'sqlite', path: file })
    await migrateToLatest(one.kysely, { fs, path, folder: migrationsFolder })
    two = openDatabase({ kind: 'sqlite', path: file })
    await syncCatalog({ db: one, clock })
  })
  afterEach(async () => {
    await one.close()
    await two.close()
    await fs.rm(dir, { recursive: true, force: true })
  })

  it('reuses the parsed versions while nothing changed', async () => {
    const a = await loadSnapshot({ db: one, clock })
    const b = await loadSnapshot({ db: one, clock })
    expect(b).toBe(a)
  })

  it('sees a version that the other instance added, on the next read', async () => {
    const id = 'aktobe-grain-license'
    expect((await getRegulationInForce({ db: one, clock }, id, clock.now()))?.version).toBe(1)
    const added = await addRegulationVersion({ db: two, clock }, {
      regulationId: id,
      effectiveFrom: '2026-03-01',
      definition: copyOf(aktobeGrainLicense),
      actorId: 'admin-1',
    })
    expect(added.ok).toBe(true)
    expect((await getRegulationInForce({ db: one, clock }, id, clock.now()))?.version).toBe(2)
    expect(await listRegulationVersions({ db: one, clock }, id)).toHaveLength(2)
  })
})
