/**
 * Throughput of rendered pages against a bare Hono "hello" route, on this machine, over real
 * HTTP with wrk (Debian's `wrk`), each server in its own process so they do not share a core
 * with the load generator more than they must.
 *
 *   npx tsx scripts/bench-http.ts [--seconds 10] [--connections 16]
 *
 * Prints requests/second and latency percentiles for: a bare Hono hello route, the start page,
 * the service list, and a service page (SQLite, demo data). The target in DESIGN.md: a
 * rendered page at ≥ 50 % of the hello route's throughput.
 */
import { spawn, spawnSync } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const args = new Map(process.argv.slice(2).map((a, i, all) => [a, all[i + 1] ?? '']))
const seconds = Number(args.get('--seconds') ?? 10)
const connections = Number(args.get('--connections') ?? 16)

async function main(): Promise<void> {
  if (spawnSync('wrk', ['--version']).error) {
    throw new Error('wrk is not installed: apt-get install wrk')
  }
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-http-'))
  const hello = await startServer(['-e', HELLO], { PORT: '3611' }, 'http://127.0.0.1:3611/')
  const app = await startServer([path.join(root, 'src/main.node.ts')], {
    PORT: '3612',
    DATABASE_URL: path.join(dir, 'bench.sqlite'),
    LOG_LEVEL: 'error',
    PASSWORD_HASH_COST: '10',
  }, 'http://127.0.0.1:3612/healthz')
  try {
    const rows = [
      ['Hono hello (bare)', 'http://127.0.0.1:3611/'],
      ['start page /kk', 'http://127.0.0.1:3612/kk'],
      ['service list /kk/services', 'http://127.0.0.1:3612/kk/services'],
      [
        'service page /kk/services/aktobe-grain-license',
        'http://127.0.0.1:3612/kk/services/aktobe-grain-license',
      ],
    ].map(([name, url]) => ({ name: name!, ...wrk(url!) }))
    const base = rows[0]!.rps
    console.log(
      `wrk ${seconds}s, ${connections} connections, ${os.cpus().length} cores, node ${process.version}\n`,
    )
    console.log('| route | req/s | % of hello | p50 | p99 |\n| --- | ---: | ---: | ---: | ---: |')
    for (const r of rows) {
      console.log(
        `| ${r.name} | ${r.rps.toFixed(0)} | ${
          ((r.rps / base) * 100).toFixed(0)
        } % | ${r.p50} | ${r.p99} |`,
      )
    }
  } finally {
    hello.kill()
    app.kill()
    await fs.rm(dir, { recursive: true, force: true })
  }
}

const HELLO = `
const { Hono } = await import('hono'); const { serve } = await import('@hono/node-server')
const app = new Hono(); app.get('/', (c) => c.text('Hello Hono!'))
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' })`

async function startServer(argv: string[], env: Record<string, string>, ready: string) {
  const isEval = argv[0] === '-e'
  const child = spawn(
    process.execPath,
    isEval ? ['--input-type=module', ...argv] : ['--import', 'tsx', ...argv],
    {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: 'ignore',
    },
  )
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(ready).then((r) => r.ok, () => false)
    if (ok) return child
    await new Promise((r) => setTimeout(r, 200))
  }
  child.kill()
  throw new Error(`server for ${ready} did not start`)
}

function wrk(url: string): { rps: number; p50: string; p99: string } {
  spawnSync('wrk', ['-t1', '-c4', '-d2s', url]) // warm-up
  const out = spawnSync('wrk', ['-t2', `-c${connections}`, `-d${seconds}s`, '--latency', url], {
    encoding: 'utf8',
  })
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out.stdout)?.[1] ?? 0)
  const p50 = /\s50%\s+(\S+)/.exec(out.stdout)?.[1] ?? '?'
  const p99 = /\s99%\s+(\S+)/.exec(out.stdout)?.[1] ?? '?'
  return { rps, p50, p99 }
}

await main()
