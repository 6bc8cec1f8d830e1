/**
 * Kazakh and Russian must say the same things: same files, same keys, same interpolation
 * variables, plural forms each language needs, sorted keys; and no view may hold text of its
 * own (the `views/no-literal-text` lint rule, checked here on the real views and on a bad one).
 */
import { execFile } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { createI18n, namespaces } from '../src/i18n.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const run = promisify(execFile)
type Tree = { [key: string]: string | Tree }

async function load(lang: string): Promise<Map<string, Tree>> {
  const dir = path.join(root, 'locales', lang)
  const files = (await fs.readdir(dir)).filter((f) => f.endsWith('.json')).sort()
  const out = new Map<string, Tree>()
  for (const f of files) {
    out.set(f.replace(/\.json$/, ''), JSON.parse(await fs.readFile(path.join(dir, f), 'utf8')))
  }
  return out
}

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k
    if (typeof v === 'string') out.set(key, v)
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv)
  }
  return out
}

const PLURAL = /_(zero|one|two|few|many|other)$/
const baseKey = (k: string) => k.replace(PLURAL, '')
const variables = (s: string) =>
  [...s.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort()

function unsortedPaths(tree: Tree, prefix = ''): string[] {
  const keys = Object.keys(tree)
  const bad = keys.join() === [...keys].sort().join() ? [] : [prefix || '(root)']
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v !== 'string') bad.push(...unsortedPaths(v, `${prefix}.${k}`))
  }
  return bad
}

describe('locales', async () => {
  const kk = await load('kk')
  const ru = await load('ru')

  it('kk and ru have the same namespaces, and src/i18n.ts loads each of them', () => {
    expect([...kk.keys()]).toEqual([...ru.keys()])
    expect([...kk.keys()].sort()).toEqual([...namespaces].sort())
  })

  for (const ns of kk.keys()) {
    it(`${ns}: same keys, plural forms, variables; no empty text; sorted`, () => {
      const a = flatten(kk.get(ns)!)
      const b = flatten(ru.get(ns) ?? {})
      expect([...new Set([...a.keys()].map(baseKey))].sort()).toEqual(
        [...new Set([...b.keys()].map(baseKey))].sort(),
      )
      for (const key of new Set([...a.keys()].filter((k) => PLURAL.test(k)).map(baseKey))) {
        expect(['one', 'other'].map((f) => a.has(`${key}_${f}`)), `kk ${key}`).toEqual([true, true])
        expect(['one', 'few', 'many', 'other'].map((f) => b.has(`${key}_${f}`)), `ru ${key}`)
          .toEqual([
            true,
            true,
            true,
            true,
          ])
      }
      const varsOf = (m: Map<string, string>, k: string) =>
        [...m].filter(([x]) => baseKey(x) === k).flatMap(([, v]) => variables(v)).filter((
          v,
          i,
          all,
        ) => all.indexOf(v) === i).sort()
      for (const key of new Set([...a.keys()].map(baseKey))) {
        expect(varsOf(a, key), `${ns}:${key}`).toEqual(varsOf(b, key))
      }
      for (const [k, v] of [...a, ...b]) expect(v.trim(), `${ns}:${k}`).not.toBe('')
      expect(unsortedPaths(kk.get(ns)!), `kk/${ns}.json`).toEqual([])
      expect(unsortedPaths(ru.get(ns)!), `ru/${ns}.json`).toEqual([])
    })
  }

  it('Kazakh texts are Kazakh: most of them differ from the Russian ones', () => {
    for (const ns of kk.keys()) {
      const a = flatten(kk.get(ns)!)
      const b = flatten(ru.get(ns)!)
      const same = [...a].filter(([k, v]) => b.get(k) === v && /\p{L}{4}/u.test(v))
      expect(same.length / a.size, `${ns}: ${same.map(([k]) => k).join(', ')}`).toBeLessThan(0.2)
    }
  })
})

const deno = process.env.DENO_BIN ?? 'deno'
const denoFound = await run(deno, ['--version']).then(() => true, () => false)
if (!denoFound && process.env.CI) {
  throw new Error('Deno 2 must be on PATH in CI (the lint rule runs under deno lint)')
}

describe.skipIf(!denoFound)('views/no-literal-text lint rule (needs Deno on PATH)', () => {
  it('finds no literal text in the views and routes', async () => {
    const result = await run(deno, ['lint', 'views', 'src'], { cwd: root }).catch((e) => e)
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
    expect(output).not.toContain('views/no-literal-text')
  }, 60_000)

  it('reports text, Cyrillic literals and read attributes in a view that has them', async () => {
    const dir = path.join(root, '.tmp', 'lint')
    await fs.mkdir(dir, { recursive: true })
    await fs.copyFile(
      path.join(root, 'test/fixtures/lint/literal-text.tsx'),
      path.join(dir, 'bad.tsx'),
    )
    const result = await run(deno, ['lint', '.tmp/lint/bad.tsx'], { cwd: root }).catch((e) => e)
    const reports = `${result.stdout}${result.stderr}`.match(/views\/no-literal-text/g) ?? []
    expect(reports).toHaveLength(5)
  }, 60_000)
})

describe('translator()', () => {
  it('keeps the right plural form for every count while it remembers texts', () => {
    const t = createI18n().translator('ru')
    const forms = () =>
      [1, 2, 5, 21, 1, 2, 5].map((n) => t('catalog:norm.workingDay', { count: n }))
    const first = forms()
    expect(first).toEqual(forms())
    expect(new Set(first.slice(0, 3)).size).toBe(3)
    expect(first[3]).toBe(first[0]!.replace('1', '21'))
  })

  it('still reports a missing key on every call, never remembering it as text', () => {
    const missing: string[] = []
    const t = createI18n({ onMissingKey: (_, key) => missing.push(key) }).translator('kk')
    t('catalog:no.such.key', { count: 2 })
    const once = missing.length
    expect(once).toBeGreaterThan(0)
    expect(missing.every((key) => key.startsWith('catalog:no.such.key'))).toBe(true)
    t('catalog:no.such.key', { count: 2 })
    expect(missing).toHaveLength(2 * once)
  })
})
