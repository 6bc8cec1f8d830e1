/**
 * `createTestApp()`: the real application on a test database, with a fixed clock, an
 * in-memory log and a browser-like client that keeps cookies and fills in the form token.
 */
import type { Hono } from 'hono'
import { createApp } from '../../src/app.ts'
import { type Config, parseConfig } from '../../src/config.ts'
import type { Db } from '../../src/db/connect.ts'
import { createAssets } from '../../src/http/assets.ts'
import { csrfTokenFor } from '../../src/http/csrf.ts'
import type { AppEnv } from '../../src/http/env.ts'
import { fixedClock } from '../../src/lib/clock.ts'
import { newToken } from '../../src/lib/ids.ts'
import { memoryLogger } from '../../src/lib/logger.ts'
import { nodePlatform } from '../../src/platform/node.ts'
import { scryptHasher } from '../../src/platform/scrypt.ts'
import { loadDocumentFonts } from '../../src/platform/fonts.ts'
import { createLocalRegistries, DEMO_PASSWORD, demoSeed } from '../../src/modules/identity/index.ts'
import { loadDemoData } from '../../src/demo.ts'
import { syncCatalog } from '../../src/modules/catalog/index.ts'
import { testDb } from './db.ts'

export const TEST_ORIGIN = 'http://localhost:3000'
const TEST_SECRET = 'test-secret-test-secret-test-secret-0123'

/** A running test application. */
export interface TestApp {
  readonly app: Hono<AppEnv>
  readonly db: Db
  readonly config: Config
  readonly clock: ReturnType<typeof fixedClock>
  readonly logger: ReturnType<typeof memoryLogger>
  /** Translation keys that were asked for and had no text. */
  readonly missingTranslations: string[]
  client(): TestClient
  /** Another application instance over the same database (as behind a load balancer). */
  secondInstance(): Hono<AppEnv>
  close(): Promise<void>
}

/** Options for createTestApp. */
export interface TestAppOptions {
  readonly dialect?: 'sqlite' | 'postgres'
  readonly env?: Record<string, string>
  readonly now?: string
  /** Load the demo organisations, officers and applicants (password DEMO_PASSWORD). */
  readonly demo?: boolean
}

/** Builds the application over a fresh, migrated database. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db = await testDb(options.dialect ?? 'sqlite')
  const config = parseConfig({
    NODE_ENV: 'test',
    PUBLIC_ORIGIN: TEST_ORIGIN,
    SESSION_SECRET: TEST_SECRET,
    DEMO_DATA: 'false',
    ...options.env,
  })
  const clock = fixedClock(options.now ?? '2026-03-02T05:00:00Z')
  const logger = memoryLogger()
  const missingTranslations: string[] = []
  const assets = await createAssets(await nodePlatform.readAssets())
  const deps = {
    config,
    db,
    clock,
    logger,
    assets,
    hasher: scryptHasher(10),
    fonts: await loadDocumentFonts(),
    registries: createLocalRegistries(demoSeed),
    onMissingTranslation: (lang: string, key: string) => missingTranslations.push(`${lang} ${key}`),
  }
  await syncCatalog({ db, clock })
  if (options.demo) await loadDemoData(deps)
  const app = createApp(deps)
  return {
    app,
    db,
    config,
    clock,
    logger,
    missingTranslations,
    client: () => new TestClient(app, config),
    secondInstance: () => createApp(deps),
    close: () => db.close(),
  }
}

/** A response with its body read. */
export interface TestResponse {
  readonly status: number
  readonly headers: Headers
  readonly text: string
}

/** Options of one request. */
export interface RequestOptions {
  readonly headers?: Record<string, string>
  /** Leave out the form token (to test the CSRF check). */
  readonly csrf?: false | string
}

/** A browser-like client: same-origin headers, a cookie jar, the form token added to POSTs. */
export class TestClient {
  readonly cookies = new Map<string, string>()

  constructor(readonly app: Hono<AppEnv>, readonly config: Config) {}

  /** GET a path. */
  get(path: string, options: RequestOptions = {}): Promise<TestResponse> {
    return this.request('GET', path, undefined, options)
  }

  /** POST a urlencoded form (or multipart when a value is a Blob). */
  async post(
    path: string,
    form: Record<string, string | string[] | Blob>,
    options: RequestOptions = {},
  ) {
    const token = options.csrf === undefined ? await this.csrfToken() : options.csrf
    const body = Object.values(form).some((v) => v instanceof Blob)
      ? new FormData()
      : new URLSearchParams()
    for (const [k, v] of Object.entries(form)) {
      for (const item of Array.isArray(v) ? v : [v]) (body as FormData).append(k, item as string)
    }
    if (token !== false) (body as FormData).append('_csrf', token)
    return this.request('POST', path, body, options)
  }

  /** The form token for this client's session, creating the session cookie if needed. */
  csrfToken(): Promise<string> {
    // A browser has the cookie from the page that held the form; start one if there is none.
    if (!this.sid) this.cookies.set(this.config.secureCookies ? '__Host-sid' : 'sid', newToken(32))
    return Promise.resolve(csrfTokenFor(this.config.sessionSecret, this.sid!))
  }

  /** Signs in through the login form (demo password by default); fails the test if it cannot. */
  async signIn(login: string, password = DEMO_PASSWORD): Promise<TestResponse> {
    const res = await this.post('/kk/login', { login, password })
    if (res.status !== 303) throw new Error(`sign-in as ${login} answered ${res.status}`)
    return res
  }

  get sid(): string | undefined {
    return this.cookies.get('sid') ?? this.cookies.get('__Host-sid')
  }

  async request(method: string, path: string, body: BodyInit | undefined, options: RequestOptions) {
    const headers = new Headers({
      'sec-fetch-site': 'same-origin',
      origin: TEST_ORIGIN,
      ...options.headers,
    })
    if (method === 'GET') headers.delete('origin')
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
    if (cookie) headers.set('cookie', cookie)
    const res = await this.app.request(`${TEST_ORIGIN}${path}`, {
      method,
      headers,
      body: body ?? null,
    })
    this.keepCookies(res.headers)
    return { status: res.status, headers: res.headers, text: await res.text() }
  }

  private keepCookies(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair = ''] = line.split(';')
      const eq = pair.indexOf('=')
      const name = pair.slice(0, eq).trim()
      const value = pair.slice(eq + 1).trim()
      if (/max-age=0/i.test(line) || value === '') this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
  }
}

/** Fetches a page and returns a parsed document (linkedom-free: a tiny regex toolkit). */
export function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()
}
