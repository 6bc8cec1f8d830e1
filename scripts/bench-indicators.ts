/**
 * Benchmark of the quality team's indicators page over a year of answers (1 000 000 rows by
 * default): seeds a temporary SQLite file and, when BENCH_DATABASE_URL (or TEST_DATABASE_URL)
 * names a PostgreSQL server, a temporary schema on it, in bulk; then requests the rendered
 * page through the real application as a signed-in quality analyst, several times, and prints
 * the median (and min/max) per dialect and filter. A benchmark, not a timed test.
 *
 * Usage: `npx tsx scripts/bench-indicators.ts [rows] [runs]`
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/elicensing_ci npx tsx scripts/bench-indicators.ts
 */
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import process from 'node:process'
import pg from 'pg'
import { CompiledQuery, sql } from 'kysely'
import { FileMigrationProvider, Migrator } from 'kysely/migration'
import { createApp } from '../src/app.ts'
import { parseConfig } from '../src/config.ts'
import { type Db, openDatabase } from '../src/db/connect.ts'
import { migrateToLatest } from '../src/db/migrate.ts'
import { loadDemoData } from '../src/demo.ts'
import { createAssets } from '../src/http/assets.ts'
import { fixedClock } from '../src/lib/clock.ts'
import { newId } from '../src/lib/ids.ts'
import { createLogger } from '../src/lib/logger.ts'
import { getRegulationInForce, syncCatalog } from '../src/modules/catalog/index.ts'
import { createLocalRegistries, DEMO_PASSWORD, demoSeed } from '../src/modules/identity/index.ts'
import { loadDocumentFonts } from '../src/platform/fonts.ts'
import { nodePlatform } from '../src/platform/node.ts'
import { scryptHasher } from '../src/platform/scrypt.ts'

const ROWS = Number(process.argv[2] ?? 1_000_000)
const RUNS = Number(process.argv[3] ?? 7)
const NOW = '2026-03-02T05:00:00Z'
const FROM = '2025-03-01'
const TO = '2026-02-28'
const ORIGIN = 'http://localhost:3000'

/** The services with a survey, their providers and regions, and how often each is rated. */
const SERVICES = [
  ['zhambyl-grain-license', 'org-zhambyl-agriculture', 'zhambyl', 'zhambyl-2013', 0.25],
  ['zhambyl-pesticide-sale-license', 'org-zhambyl-agriculture', 'zhambyl', 'zhambyl-2013', 0.12],
  [
    'zhambyl-pesticide-production-license',
    'org-zhambyl-agriculture',
    'zhambyl',
    'zhambyl-2013',
    0.05,
  ],
  [
    'zhambyl-pesticide-application-license',
    'org-zhambyl-agriculture',
    'zhambyl',
    'zhambyl-2013',
    0.05,
  ],
  ['zhambyl-veterinary-license', 'org-zhambyl-agriculture', 'zhambyl', 'zhambyl-2013', 0.18],
  ['almaty-cotton-license', 'org-almaty-agriculture', 'almaty', 'almaty-2013', 0.33],
  ['aktobe-grain-license', 'org-aktobe-agriculture', 'aktobe', 'zhambyl-2013', 0.02],
] as const

function random(seed: number): () => number {
  // mulberry32: a fixed seed gives the same year of answers on every run and dialect.
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function pick<T>(r: number, items: ReadonlyArray<readonly [T, number]>): T {
  let sum = 0
  for (const [item, weight] of items) if (r < (sum += weight)) return item
  return items.at(-1)![0]
}

async function versionIds(db: Db): Promise<Map<string, string>> {
  const clock = fixedClock(NOW)
  const out = new Map<string, string>()
  for (const [id] of SERVICES) {
    out.set(id, (await getRegulationInForce({ db, clock }, id, clock.now()))!.id)
  }
  return out
}

/**
 * The year's answers day by day (so every index grows at its end, as it does in service), with
 * sequential ids; the rest drawn from the distributions above.
 */
function* answers(rows: number, versions: Map<string, string>) {
  const r = random(20261122)
  const first = Date.parse(`${FROM}T00:00:00Z`)
  for (let i = 0; i < rows; i++) {
    const [regulation, provider, region, wording] = pick(
      r(),
      SERVICES.map((s) => [s, s[4]] as const),
    )
    const source = regulation === 'aktobe-grain-license'
      ? 'paper'
      : pick(r(), [['link', 0.55], ['cabinet', 0.2], ['kiosk', 0.15], ['paper', 0.1]] as const)
    const channel = source === 'kiosk'
      ? 'unknown'
      : pick(r(), [['portal', 0.7], ['office', 0.15], ['psc', 0.15]] as const)
    const day = new Date(first + Math.floor((i * 365) / rows) * 86_400_000).toISOString().slice(
      0,
      10,
    )
    const q1 = pick(r(), [[3, 0.68], [2, 0.21], [1, 0.11]] as const)
    const q2 = r() < 0.7 ? q1 : pick(r(), [[3, 0.6], [2, 0.25], [1, 0.15]] as const)
    yield {
      id: String(i).padStart(32, '0'),
      source,
      regulation_id: regulation,
      regulation_version_id: versions.get(regulation)!,
      wording,
      wording_basis: regulation === 'aktobe-grain-license' ? 'default' : 'regulation',
      provider_id: provider,
      region,
      channel,
      answered_on: day,
      month: day.slice(0, 7),
      q1,
      q2,
      comment: r() < 0.08 ? 'Қызмет уақытында көрсетілді, рақмет' : null,
      applied_how: null,
      needed_help: null,
      assistive_tech: null,
      connection: null,
      lang: r() < 0.6 ? 'kk' : 'ru',
      kiosk_id: null,
      entered_by: null,
      entered_at: null,
    } as const
  }
}

/**
 * Bulk insert with one parameterised statement reused per batch (compiling a 2 500-row insert
 * through the query builder costs more than running it).
 */
async function seed(db: Db, rows: number): Promise<number> {
  const started = performance.now()
  const versions = await versionIds(db)
  const batch = 1000
  const columns = Object.keys(answers(1, versions).next().value!)
  const statement = (n: number) => {
    let p = 0
    const mark = () => (db.dialect === 'postgres' ? `$${++p}` : '?')
    const tuples = Array.from({ length: n }, () => `(${columns.map(mark).join(',')})`)
    return `insert into survey_answers (${columns.join(',')}) values ${tuples.join(',')}`
  }
  const full = statement(batch)
  await db.kysely.transaction().execute(async (trx) => {
    let params: unknown[] = []
    let count = 0
    for (const row of answers(rows, versions)) {
      params.push(...Object.values(row))
      if (++count === batch) {
        await trx.executeQuery(CompiledQuery.raw(full, params))
        params = []
        count = 0
      }
    }
    if (count) await trx.executeQuery(CompiledQuery.raw(statement(count), params))
  })
  // What a running database has after its autovacuum/ANALYZE: statistics and a visibility map.
  if (db.dialect === 'postgres') await sql`vacuum analyze survey_answers`.execute(db.kysely)
  else await sql`analyze`.execute(db.kysely)
  return performance.now() - started
}

async function appOver(db: Db) {
  const config = parseConfig({
    NODE_ENV: 'test',
    PUBLIC_ORIGIN: ORIGIN,
    SESSION_SECRET: 'bench-secret-bench-secret-bench-secret-01',
    DEMO_DATA: 'false',
  })
  const deps = {
    config,
    db,
    clock: fixedClock(NOW),
    logger: createLogger(() => {}, 'error'),
    assets: await createAssets(await nodePlatform.readAssets()),
    hasher: scryptHasher(10),
    fonts: await loadDocumentFonts(),
    registries: createLocalRegistries(demoSeed),
  }
  await syncCatalog({ db, clock: deps.clock })
  await loadDemoData(deps)
  return createApp(deps)
}

async function signIn(app: ReturnType<typeof createApp>): Promise<string> {
  // A session cookie and its form token, the way a browser gets them from the login page.
  const page = await app.request(`${ORIGIN}/kk/login`)
  const sid = /sid=([^;]+)/.exec(page.headers.get('set-cookie') ?? '')![1]!
  const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!
  const res = await app.request(`${ORIGIN}/kk/login`, {
    method: 'POST',
    headers: {
      cookie: `sid=${sid}`,
      origin: ORIGIN,
      'sec-fetch-site': 'same-origin',
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({
      login: 'zhambyl-agri.quality',
      password: DEMO_PASSWORD,
      _csrf: token,
    }),
  })
  const session = /sid=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1]
  if (res.status !== 303 || !session) throw new Error(`sign-in answered ${res.status}`)
  return `sid=${session}`
}

const VARIANTS = [
  ['whole year, no filter', ''],
  ['one service', '&service=zhambyl-grain-license'],
  ['provider + channel', '&provider=org-zhambyl-agriculture&channel=portal'],
  ['region + source', '&region=almaty&source=link'],
] as const

async function time(db: Db, label: string): Promise<void> {
  const app = await appOver(db)
  const seeded = await seed(db, ROWS)
  const cookie = await signIn(app)
  console.log(
    `\n${label}: ${ROWS.toLocaleString('en')} answers seeded in ${(seeded / 1000).toFixed(1)} s`,
  )
  for (const [name, query] of VARIANTS) {
    const url = `${ORIGIN}/ru/quality?from=${FROM}&to=${TO}${query}`
    const times: number[] = []
    for (let i = 0; i < RUNS + 2; i++) {
      const started = performance.now()
      const res = await app.request(url, { headers: { cookie } })
      const html = await res.text()
      if (res.status !== 200 || !html.includes('<svg')) {
        throw new Error(`${url} answered ${res.status}`)
      }
      if (i >= 2) times.push(performance.now() - started)
    }
    times.sort((a, b) => a - b)
    const median = times[Math.floor(times.length / 2)]!
    console.log(
      `  ${name.padEnd(24)} median ${median.toFixed(0)} ms  (min ${times[0]!.toFixed(0)}, max ${
        times.at(-1)!.toFixed(0)
      }, ${RUNS} runs)`,
    )
  }
}

async function sqlite(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-indicators-'))
  const db = openDatabase({ kind: 'sqlite', path: path.join(dir, 'bench.sqlite') })
  try {
    await migrate(db)
    await time(db, 'SQLite (temporary file, WAL)')
  } finally {
    await db.close()
    await fs.rm(dir, { recursive: true, force: true })
  }
}

async function postgres(url: string): Promise<void> {
  const schema = `bench_${newId().slice(0, 12)}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`create schema ${schema}`)
  const db = openDatabase({ kind: 'postgres', url }, { pgSchema: schema, pgPoolSize: 5 })
  try {
    await migrate(db, schema)
    await time(db, `PostgreSQL (temporary schema ${schema})`)
  } finally {
    await db.close()
    await admin.query(`drop schema ${schema} cascade`)
    await admin.end()
  }
}

/**
 * PostgreSQL gets the schema named: without it Kysely's migrator looks for its own tables in
 * every schema, and another schema's (a test running at the same time) would hide ours.
 */
async function migrate(db: Db, schema?: string): Promise<void> {
  if (!schema) {
    const outcome = await migrateToLatest(db.kysely, nodePlatform.migrations)
    if (!outcome.ok) throw new Error(`migration ${outcome.failed} failed: ${outcome.reason}`)
    return
  }
  const { fs: files, path: paths, folder } = nodePlatform.migrations
  const migrator = new Migrator({
    db: db.kysely,
    migrationTableSchema: schema,
    provider: new FileMigrationProvider({ fs: files, path: paths, migrationFolder: folder }),
  })
  const { error } = await migrator.migrateToLatest()
  if (error) throw error
}

console.log(`node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`)
await sqlite()
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL
if (pgUrl) await postgres(pgUrl)
else console.log('\nPostgreSQL skipped: set BENCH_DATABASE_URL to a server to include it')
