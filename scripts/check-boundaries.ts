/**
 * Checks the module boundaries of STYLE.md §2 by reading import specifiers:
 * - another module is imported only through its `index.ts` (src/db/database.ts may import
 *   a module's `tables.ts`);
 * - modules import only foundations (catalog, identity, sla, audit, signing) and modules
 *   earlier in the case's life (intake ← review ← approval ← issuance ← survey);
 * - `node:*`, `process` and `Deno` appear only in `src/main.*.ts` and `src/platform/`;
 * - views never import services, repos, `src/db` or kysely; `raw()` only in views/components;
 * - migrations import nothing from `src/`.
 * Usage: `tsx scripts/check-boundaries.ts` (exit 1 with one line per violation).
 */
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

const FOUNDATIONS = ['catalog', 'identity', 'sla', 'audit', 'signing', 'documents']
const LIFECYCLE = ['intake', 'review', 'approval', 'issuance', 'survey']
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g

/** One violation: file, and what is wrong. */
export interface Violation {
  readonly file: string
  readonly message: string
}

/** Checks files given as project-relative path → source text. */
export function checkBoundaries(files: ReadonlyMap<string, string>): Violation[] {
  const out: Violation[] = []
  for (const [file, source] of files) {
    for (const spec of importsOf(source)) out.push(...checkImport(file, spec))
    out.push(...checkGlobals(file, source))
  }
  return out
}

function importsOf(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? '')
}

function moduleOf(file: string): string | undefined {
  return /^src\/modules\/([^/]+)\//.exec(file)?.[1]
}

function checkImport(file: string, spec: string): Violation[] {
  const v = (message: string) => [{ file, message }]
  const runtimeFile = /^src\/(main\.[a-z]+\.ts|platform\/)/.test(file) || /\.test\.tsx?$/.test(file)
  if (
    spec.startsWith('node:') && !runtimeFile &&
    (file.startsWith('src/') || file.startsWith('views/'))
  ) {
    return v(`imports "${spec}": runtime APIs belong in src/main.*.ts or src/platform/`)
  }
  if (!spec.startsWith('.')) {
    if (file.startsWith('views/') && spec === 'kysely') return v('a view imports kysely')
    return []
  }
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec))
  if (file.startsWith('migrations/') && target.startsWith('src/')) {
    return v(`migration imports "${spec}": migrations are frozen and import nothing from src/`)
  }
  if (
    file.startsWith('views/') &&
    (/\/(service|repo)\.ts$/.test(target) || target.startsWith('src/db/'))
  ) {
    return v(
      `view imports "${spec}": views get data as props, never from services, repos or the database`,
    )
  }
  return checkModuleEdge(file, target, spec)
}

function checkModuleEdge(file: string, target: string, spec: string): Violation[] {
  const to = moduleOf(target)
  const from = moduleOf(file)
  if (!to || to === from || /\.test\.tsx?$/.test(file)) return []
  const isIndex = target === `src/modules/${to}/index.ts`
  const tablesFromDb = file === 'src/db/database.ts' && target === `src/modules/${to}/tables.ts`
  if (!isIndex && !tablesFromDb) {
    return [{ file, message: `deep import "${spec}": import src/modules/${to}/index.ts instead` }]
  }
  if (!from || FOUNDATIONS.includes(to)) return []
  const allowed = !FOUNDATIONS.includes(from) && LIFECYCLE.indexOf(to) < LIFECYCLE.indexOf(from)
  return allowed ? [] : [{
    file,
    message: `module "${from}" imports "${to}": only foundations and earlier modules (${
      LIFECYCLE.join(' ← ')
    }); hand forward through a callback wired in src/app.ts`,
  }]
}

function checkGlobals(file: string, source: string): Violation[] {
  const out: Violation[] = []
  const core = (file.startsWith('src/') || file.startsWith('views/')) &&
    !/^src\/(main\.[a-z]+\.ts|platform\/)/.test(file) && !/\.test\.tsx?$/.test(file)
  const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '')
  if (core && /\bprocess\.|\bDeno\./.test(code)) {
    out.push({ file, message: 'uses process or Deno: read the environment in src/main.*.ts only' })
  }
  if (
    /(?<![.\w])raw\(/.test(code) && !file.startsWith('views/components/') &&
    !file.startsWith('scripts/')
  ) {
    out.push({ file, message: 'calls raw(): only views/components/ may emit unescaped HTML' })
  }
  return out
}

async function listFiles(root: string, dir: string): Promise<string[]> {
  const out: string[] = []
  for (const entry of await fs.readdir(path.join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`
    if (entry.isDirectory()) out.push(...(await listFiles(root, rel)))
    else if (/\.tsx?$/.test(entry.name)) out.push(rel)
  }
  return out
}

async function main(): Promise<void> {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const files = new Map<string, string>()
  for (const dir of ['src', 'views', 'migrations']) {
    for (const f of await listFiles(root, dir)) {
      files.set(f, await fs.readFile(path.join(root, f), 'utf8'))
    }
  }
  const violations = checkBoundaries(files)
  for (const v of violations) console.error(`${v.file}: ${v.message}`)
  if (violations.length) process.exit(1)
  console.log(`check-boundaries: ${files.size} files, no violations`)
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
