/**
 * The browser harness: the real server on a free port with a fresh SQLite file, Debian's
 * Chromium driven by playwright-core (no browser download), axe-core for WCAG 2.2 AA, and
 * screenshots in test-results/screenshots/ for a person to look at.
 */
import { serve } from '@hono/node-server'
import { createRequire } from 'node:module'
import * as fs from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { boot, type Booted } from '../../src/boot.ts'
import { nodePlatform } from '../../src/platform/node.ts'

const root = fileURLToPath(new URL('../..', import.meta.url))
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const axeSource = await fs.readFile(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

/** A running server, with the booted application's config and database for test setup. */
export interface TestServer {
  readonly url: string
  readonly app: Booted['app']
  readonly config: Booted['config']
  readonly db: Booted['db']
  close(): Promise<void>
}

/** Boots the application over HTTP on a free port, with demo data, in a temp directory. */
export async function startServer(env: Record<string, string> = {}): Promise<TestServer> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'e2e-'))
  const port = await freePort()
  const booted = await boot(
    {
      NODE_ENV: 'test',
      PORT: String(port),
      PUBLIC_ORIGIN: `http://localhost:${port}`,
      DATABASE_URL: path.join(dir, 'e2e.sqlite'),
      SESSION_SECRET: 'browser-test-secret-browser-test-secret-0',
      LOG_LEVEL: 'error',
      PASSWORD_HASH_COST: '10',
      ...env,
    },
    nodePlatform,
  )
  if (!booted) throw new Error('boot returned nothing')
  const server = serve({ fetch: booted.app.fetch, port, hostname: '127.0.0.1' })
  return {
    url: `http://localhost:${port}`,
    app: booted.app,
    config: booted.config,
    db: booted.db,
    async close() {
      await new Promise((resolve) => server.close(resolve))
      await booted.db.close()
      await fs.rm(dir, { recursive: true, force: true })
    },
  }
}

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net')
  return await new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo
      s.close(() => resolve(port))
    })
  })
}

/** Launches Chromium with the flags this sandbox needs (no network calls of its own). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

const scriptless = new WeakSet<BrowserContext>()

/** A browser context; `javaScript: false` is how most flows are tested. */
export async function newContext(
  browser: Browser,
  options: { javaScript: boolean; mobile?: boolean },
) {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScript,
    locale: 'kk-KZ',
    ...(options.mobile ? { viewport: { width: 360, height: 740 }, isMobile: true } : {}),
  })
  if (!options.javaScript) scriptless.add(context)
  return context
}

/** WCAG 2.2 AA violations on the current page, as readable strings. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!scriptless.has(page.context())) return await runAxe(page)
  // With scripts off, axe's timers never fire: check the same HTML, at the same URL, in a
  // scripted page (the page's own scripts removed, so what is checked is what was served).
  const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
  const browser = page.context().browser()!
  const helper = await browser.newContext({ javaScriptEnabled: true })
  try {
    const copy = await helper.newPage()
    await copy.route(
      page.url(),
      (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }),
    )
    await copy.goto(page.url())
    return await runAxe(copy)
  } finally {
    await helper.close()
  }
}

async function runAxe(page: Page): Promise<string[]> {
  // DevTools evaluation is not subject to the page's CSP.
  await page.evaluate(axeSource)
  const result = await page.evaluate(() =>
    // deno-lint-ignore no-explicit-any
    (globalThis as any).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    })
  )
  // deno-lint-ignore no-explicit-any
  return (result.violations as any[]).map((v) =>
    `${v.id}: ${v.help} (${
      v.nodes.map((n: { target: string[] }) => n.target.join(' ')).join(', ')
    })`
  )
}

/** Signs in through the login form with JavaScript as the context has it. */
export async function signIn(
  page: Page,
  baseUrl: string,
  login: string,
  password = 'demo-akimat-2026',
  lang = 'kk',
) {
  await page.goto(`${baseUrl}/${lang}/login`)
  await page.fill('#login', login)
  await page.fill('#password', password)
  await page.click('main button[type="submit"]')
  await page.waitForLoadState()
}

/** Saves a full-page screenshot under test-results/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = path.join(root, 'test-results', 'screenshots')
  await fs.mkdir(dir, { recursive: true })
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true })
}

/** Whether Chromium is installed; CI requires it, a laptop without it skips browser tests. */
export async function chromiumAvailable(): Promise<boolean> {
  const found = await fs.access(CHROMIUM).then(() => true, () => false)
  if (!found && process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}; CI needs it`)
  return found
}

export type { Browser, BrowserContext, Page }
