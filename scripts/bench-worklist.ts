/**
 * Benchmark of the officers' worklist: seeds N cases (10 000, 100 000 and 1 000 000 by default)
 * into a temporary SQLite file in bulk, then requests the rendered worklist page through the
 * real application (`app.request`) as signed-in officers, many times per scenario, and prints
 * the median and 95th percentile per size. A benchmark, not a timed test.
 *
 * The seeded cases look like a few years of a region: 13 services over 5 provider
 * organisations, 92 % ended and 8 % at some step of their route, applicants from a pool of
 * Kazakh and Russian names, numbers per region and year, the search words of each case.
 *
 * Usage: `npx tsx scripts/bench-worklist.ts [sizes] [iterations]`
 *   e.g. `npx tsx scripts/bench-worklist.ts 10000,100000,1000000 200`
 */
import SqliteDatabase from 'better-sqlite3'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import process from 'node:process'
import { createApp } from '../src/app.ts'
import { parseConfig } from '../src/config.ts'
import { openDatabase } from '../src/db/connect.ts'
import { migrateToLatest } from '../src/db/migrate.ts'
import { loadDemoData } from '../src/demo.ts'
import { createAssets } from '../src/http/assets.ts'
import { fixedClock } from '../src/lib/clock.ts'
import { createLogger } from '../src/lib/logger.ts'
import { syncCatalog } from '../src/modules/catalog/index.ts'
import { createLocalRegistries, demoSeed } from '../src/modules/identity/index.ts'
import { syncCalendar } from '../src/modules/sla/index.ts'
import { loadDocumentFonts } from '../src/platform/fonts.ts'
import { nodePlatform } from '../src/platform/node.ts'
import { scryptHasher } from '../src/platform/scrypt.ts'
import { TestClient } from '../test/helpers/app.ts'
import { seedCases } from './bench-worklist-seed.ts'

const SIZES = (process.argv[2] ?? '10000,100000,1000000').split(',').map(Number)
const ITERATIONS = Number(process.argv[3] ?? 200)
const NOW = '2026-03-02T05:00:00Z'

/** What is timed: who asks, and for which page. */
const SCENARIOS: ReadonlyArray<
  { name: string; login: string; path: (s: { number: string; name: string }) => string }
> = [
  { name: 'executor, "mine"', login: 'zhambyl-agri.executor', path: () => '/kk/worklist' },
  {
    name: 'office, organisation',
    login: 'zhambyl-agri.office',
    path: () => '/kk/worklist?tab=organization',
  },
  {
    name: 'office, organisation, overdue, one service',
    login: 'zhambyl-agri.office',
    path: () => '/kk/worklist?tab=organization&service=zhambyl-veterinary-license&deadline=overdue',
  },
  {
    name: 'head, search by number',
    login: 'zhambyl-agri.head',
    path: (s) => `/kk/worklist?tab=organization&q=${encodeURIComponent(s.number)}`,
  },
  {
    name: 'head, search by name, upper case (ru)',
    login: 'zhambyl-agri.head',
    path: (s) => `/ru/worklist?tab=organization&q=${encodeURIComponent(s.name.toUpperCase())}`,
  },
  {
    name: 'head, ended cases (refused)',
    login: 'zhambyl-agri.head',
    path: () => '/kk/worklist?tab=organization&status=refused',
  },
]

async function main(): Promise<void> {
  const results: Array<{ size: number; scenario: string; median: number; p95: number }> = []
  for (const size of SIZES) {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-worklist-'))
    try {
      results.push(...(await runSize(path.join(dir, 'bench.sqlite'), size)))
    } finally {
      await fs.rm(dir, { recursive: true, force: true })
    }
  }
  console.log('\n| cases | scenario | median ms | p95 ms |\n|---:|---|---:|---:|')
  for (const r of results) {
    console.log(
      `| ${r.size.toLocaleString('en')} | ${r.scenario} | ${r.median.toFixed(1)} | ${
        r.p95.toFixed(1)
      } |`,
    )
  }
}

async function runSize(file: string, size: number) {
  const config = parseConfig({
    NODE_ENV: 'test',
    DATABASE_URL: file,
    PUBLIC_ORIGIN: 'http://localhost:3000',
    SESSION_SECRET: 'bench-secret-bench-secret-bench-secret-00',
    DEMO_DATA: 'false',
    LOG_LEVEL: 'error',
  })
  const db = openDatabase(config.database)
  const migrated = await migrateToLatest(db.kysely, {
    fs,
    path,
    folder: path.resolve('migrations'),
  })
  if (!migrated.ok) throw new Error(`migration ${migrated.failed}: ${migrated.reason}`)
  const clock = fixedClock(NOW)
  await syncCatalog({ db, clock })
  await syncCalendar({ db, clock })
  const deps = {
    config,
    db,
    clock,
    logger: createLogger(() => {}, 'error'),
    assets: await createAssets(await nodePlatform.readAssets()),
    hasher: scryptHasher(10),
    fonts: await loadDocumentFonts(),
    registries: createLocalRegistries(demoSeed),
  }
  await loadDemoData(deps)
  const started = performance.now()
  const raw = new SqliteDatabase(file)
  const sample = await seedCases(raw, db, clock, size)
  raw.close()
  console.error(`seeded ${size} cases in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  const app = createApp(deps)
  const out = []
  for (const s of SCENARIOS) {
    const client = new TestClient(app, config)
    await client.signIn(s.login)
    const times: number[] = []
    for (let i = 0; i < ITERATIONS + 20; i++) {
      const t0 = performance.now()
      const res = await client.get(s.path(sample))
      const ms = performance.now() - t0
      if (res.status !== 200) throw new Error(`${s.name}: ${res.status}`)
      if (i === 0 && s.name.includes('search') && !res.text.includes(sample.number)) {
        throw new Error(`${s.name}: the case was not found`)
      }
      if (i >= 20) times.push(ms)
    }
    times.sort((a, b) => a - b)
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!
    out.push({ size, scenario: s.name, median: at(0.5), p95: at(0.95) })
    console.error(
      `${size} ${s.name}: median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms`,
    )
  }
  await db.close()
  return out
}

await main()
