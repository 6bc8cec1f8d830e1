/**
 * createApp(deps): the whole application as one Hono app, built from web-standard APIs
 * only. Runtime specifics (files, sockets, environment) arrive as `deps` from `main.*.ts`.
 */
import { Hono } from 'hono'
import { compress } from 'hono/compress'
import { etag } from 'hono/etag'
import { accessMatrix } from './access-matrix.ts'
import type { Config } from './config.ts'
import type { Db } from './db/connect.ts'
import { authorize } from './http/access.ts'
import type { Assets } from './http/assets.ts'
import { limitBodies } from './http/body-limit.ts'
import { csrfProtection } from './http/csrf.ts'
import type { AppEnv } from './http/env.ts'
import { notFound, onError } from './http/errors.tsx'
import { healthRoutes } from './http/health.ts'
import { language, preferredLanguage } from './http/language.ts'
import { type NavEntry, renderer } from './http/renderer.tsx'
import { requestLog } from './http/request-log.ts'
import { securityHeaders } from './http/security.ts'
import { homeRoutes } from './http/home.tsx'
import { createI18n, languages } from './i18n.ts'
import type { Clock } from './lib/clock.ts'
import type { Logger } from './lib/logger.ts'
import type { DocumentFonts } from './modules/documents/index.ts'
import * as catalog from './modules/catalog/index.ts'
import * as identity from './modules/identity/index.ts'
import { accountArea, landingFor } from './http/account-area.tsx'

/** Everything the application needs from outside. */
export interface AppDeps {
  readonly config: Config
  readonly db: Db
  readonly clock: Clock
  readonly logger: Logger
  readonly assets: Assets
  /** The client's address as the runtime sees it (from `getConnInfo`), if known. */
  readonly remoteAddress?: (request: Request, env: unknown) => string | undefined
  /** The fonts embedded in PDFs (receipts, licenses), read by `platform/`. */
  readonly fonts: DocumentFonts
  /** Hashes passwords (scrypt, from `platform/`). */
  readonly hasher: identity.PasswordHasher
  /** The individuals, legal-entities and notary registries (local stand-ins by default). */
  readonly registries: identity.Registries
  /** Called for every translation key without text; tests fail on it. */
  readonly onMissingTranslation?: (lang: string, key: string) => void
}

/** Builds the application. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const { config } = deps
  const i18n = createI18n(
    deps.onMissingTranslation ? { onMissingKey: deps.onMissingTranslation } : {},
  )
  const cookiePolicy = { secure: config.secureCookies }
  const nav: NavEntry[] = []
  const adminSections: identity.AdminSection[] = []
  const catalogDeps: catalog.CatalogDeps = { db: deps.db, clock: deps.clock }
  nav.push({ path: '/services', key: 'catalog:nav.services' })
  adminSections.push({ path: '/catalog', key: 'catalog:admin.title' })
  const identityDeps: identity.IdentityRouteDeps = {
    db: deps.db,
    clock: deps.clock,
    hasher: deps.hasher,
    registries: deps.registries,
    sessionIdleMinutes: config.sessionIdleMinutes,
    sessionAbsoluteHours: config.sessionAbsoluteHours,
    cookies: cookiePolicy,
    landing: (accountId, lang) => landingFor(identityDeps, accountId, lang),
  }

  const app = new Hono<AppEnv>()
  app.use(requestLog(deps.logger))
  app.use(securityHeaders())
  app.use(compress())
  app.use(etag({ weak: true }))
  app.use(limitBodies(config))
  app.use(renderer({ assets: deps.assets.urls, nav, translator: i18n.translator, accountArea }))
  app.use(async (c, next) => {
    c.set('clientAddress', clientAddress(c.req.raw, c.env, deps, config.trustProxy))
    await next()
  })

  app.route('/healthz', healthRoutes(deps.db))
  app.route('/assets', deps.assets.routes)
  app.route('/api/v1', catalog.catalogApi(catalogDeps))
  app.get('/', (c) => {
    c.header('Vary', 'Cookie, Accept-Language')
    return c.redirect(`/${preferredLanguage(c, cookiePolicy)}`, 302)
  })

  const pages = new Hono<AppEnv>()
  pages.use(language(cookiePolicy, i18n.translator))
  pages.use(
    csrfProtection({ ...cookiePolicy, origin: config.publicOrigin, secret: config.sessionSecret }),
  )
  pages.use(identity.currentUser(identityDeps))
  pages.use(authorize(accessMatrix, identity.accessHooks(identityDeps)))
  pages.use(async (c, next) => {
    await next()
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-cache')
  })
  pages.route('/', homeRoutes(nav))
  pages.route('/', identity.routes(identityDeps))
  pages.route('/account', identity.accountRoutes(identityDeps))
  pages.route('/admin', identity.adminRoutes(identityDeps, adminSections))
  pages.route('/services', catalog.catalogPages(catalogDeps))
  pages.route('/admin/catalog', catalog.catalogAdmin(catalogDeps))
  // Two plain mounts: a `/:lang{kk|ru}` pattern is an unanchored alternation in Hono's router.
  for (const lang of languages) app.route(`/${lang}`, pages)

  app.notFound(notFound(i18n.translator))
  app.onError(onError(i18n.translator))
  return app
}

function clientAddress(request: Request, env: unknown, deps: AppDeps, trustProxy: boolean): string {
  if (trustProxy) {
    // The proxy appends the address it saw; earlier entries are whatever the client sent.
    const forwarded = request.headers.get('x-forwarded-for')?.split(',').at(-1)?.trim()
    if (forwarded) return forwarded.slice(0, 64)
  }
  return deps.remoteAddress?.(request, env) ?? 'unknown'
}
