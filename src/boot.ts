/**
 * Start-up shared by the Node and Deno entry points: configuration, database, migrations,
 * demo data, the app. Runtime capabilities come in through `Platform`.
 */
import { type AppDeps, appJobs, createApp } from './app.ts'
import { type Config, parseConfig, usesDevelopmentSecret } from './config.ts'
import { type Db, openDatabase } from './db/connect.ts'
import { migrateToLatest, type MigrationFs } from './db/migrate.ts'
import { loadDemoData } from './demo.ts'
import { type AssetSources, createAssets } from './http/assets.ts'
import { systemClock } from './lib/clock.ts'
import type { DocumentFonts } from './modules/documents/index.ts'
import { createLogger, type Logger, type LogLevel } from './lib/logger.ts'
import { createLocalRegistries, demoSeed, type PasswordHasher } from './modules/identity/index.ts'
import { CatalogValidationError, syncCatalog } from './modules/catalog/index.ts'
import * as signing from './modules/signing/index.ts'
import { syncCalendar } from './modules/sla/index.ts'
import { type RunningJobs, startJobs } from './jobs/index.ts'
import { type Mailer, type SmtpConnect, smtpMailer } from './modules/issuance/index.ts'

/** What a runtime provides; `platform/node.ts` and `platform/deno.ts` implement it. */
export interface Platform {
  readonly migrations: MigrationFs & { folder: string }
  readAssets(): Promise<AssetSources>
  /** Creates the parent directory of an SQLite file if it is missing. */
  ensureParentDir(path: string): Promise<void>
  writeLog(line: string, level: LogLevel): void
  remoteAddress(request: Request, env: unknown): string | undefined
  /** The fonts embedded in document PDFs. */
  loadFonts(): Promise<DocumentFonts>
  /** The password hasher (scrypt) at a cost of 2^`cost`. */
  passwordHasher(cost: number): PasswordHasher
  /** The certificate or CRL files (.pem .crt .cer .der .crl) of a directory, by name. */
  readTrustFiles(dir: string): Promise<signing.TrustFile[]>
  /** Opens a TCP (or TLS) connection for SMTP; without it e-mail stays in the outbox. */
  connectSmtp?: SmtpConnect
}

/** A started application, ready to be served. */
export interface Booted {
  readonly config: Config
  readonly db: Db
  readonly logger: Logger
  readonly app: ReturnType<typeof createApp>
  /** Starts the periodic jobs (deadlines, deemed issued, hand-offs); the entry point stops them. */
  readonly startJobs: () => RunningJobs
  /** Re-reads the CRLs now (the jobs also do it every CRL_REFRESH_MINUTES); needs TRUST_CRLS_DIR. */
  readonly refreshCrls?: () => Promise<unknown>
}

/** Thrown when start-up cannot continue; the entry point prints it and exits 1. */
export class BootError extends Error {
  override name = 'BootError'
}

/** Parses config, opens and migrates the database; for `migrate`, stops there. */
export async function boot(
  env: Record<string, string | undefined>,
  platform: Platform,
  mode: 'serve' | 'migrate' = 'serve',
): Promise<Booted | undefined> {
  const config = parseConfig(env)
  const logger = createLogger(platform.writeLog, config.logLevel)
  if (config.database.kind === 'sqlite' && config.database.path !== ':memory:') {
    await platform.ensureParentDir(config.database.path)
  }
  const db = openDatabase(config.database)
  const outcome = await migrateToLatest(db.kysely, platform.migrations)
  if (!outcome.ok) {
    await db.close()
    throw new BootError(
      `Migration "${outcome.failed}" failed: ${outcome.reason}. ` +
        'No migration was applied; the database is as it was before.',
    )
  }
  logger.info('database ready', { database: db.dialect, applied: outcome.applied })
  if (mode === 'migrate') {
    await db.close()
    return undefined
  }
  if (usesDevelopmentSecret(config)) {
    logger.warn('SESSION_SECRET is not set; using the development secret (never in production)')
  }
  // A broken regulation (unknown role, missing branch target, unit typo) must stop start-up.
  const catalog = await syncCatalog({ db, clock: systemClock }).catch(async (error) => {
    await db.close()
    throw error instanceof CatalogValidationError ? new BootError(error.message) : error
  })
  if (catalog.differing.length) {
    logger.warn('catalog data files differ from stored versions; add them as new versions', {
      versions: catalog.differing,
    })
  }
  // The working-day calendar table starts from the published and computed days off.
  await syncCalendar({ db, clock: systemClock })
  const trust = await readTrust(config, platform, logger).catch(async (error) => {
    await db.close()
    throw new BootError(error instanceof Error ? error.message : String(error))
  })
  const readCrlFiles = config.trustCrlsDir === null
    ? undefined
    : () => platform.readTrustFiles(config.trustCrlsDir!)
  const deps: AppDeps = {
    trust,
    ...(readCrlFiles ? { readCrlFiles } : {}),
    config,
    db,
    clock: systemClock,
    logger,
    assets: await createAssets(await platform.readAssets()),
    remoteAddress: platform.remoteAddress,
    hasher: platform.passwordHasher(config.passwordHashCost),
    fonts: await platform.loadFonts(),
    // The registries are local stand-ins until real gateway adapters exist; pages say so.
    registries: createLocalRegistries(demoSeed),
    ...mailerOf(config, platform, logger),
  }
  if (config.demoData) await loadDemoData(deps)
  const refreshCrls = readCrlFiles &&
    (() => signing.refreshCrlFiles({ trust, clock: systemClock, logger, readCrls: readCrlFiles }))
  // Every instance runs the jobs; each claims its items atomically, so none is done twice.
  const jobs = () => startJobs(appJobs(deps), { intervalMs: 30_000, logger, clock: systemClock })
  return {
    config,
    db,
    logger,
    app: createApp(deps),
    startJobs: jobs,
    ...(refreshCrls ? { refreshCrls } : {}),
  }
}

/** NCA RK's roots, intermediates and CRLs from the configured directories; a bad file stops. */
async function readTrust(
  config: Config,
  platform: Platform,
  logger: Logger,
): Promise<signing.TrustConfig> {
  const certificates = config.trustRootsDir
    ? await platform.readTrustFiles(config.trustRootsDir)
    : []
  const crls = config.trustCrlsDir ? await platform.readTrustFiles(config.trustCrlsDir) : []
  const trust = signing.createTrustConfig({ certificates, crls })
  const store = trust.current()
  if (store.roots.length === 0 && !config.demoCa) {
    logger.warn(
      'no trusted root certificates (TRUST_ROOTS_DIR): every EDS signature will be refused',
    )
  }
  logger.info('trust store ready', {
    roots: store.roots.length,
    intermediates: store.intermediates.length,
    crls: store.crls.length,
    demoCa: config.demoCa,
  })
  return trust
}

/** The SMTP mailer when SMTP_URL is set and the runtime can open sockets; else none. */
function mailerOf(config: Config, platform: Platform, logger: Logger): { mailer?: Mailer } {
  if (!config.smtp) return {}
  if (!platform.connectSmtp) {
    logger.warn('SMTP_URL is set, but this runtime cannot open SMTP connections: e-mail waits')
    return {}
  }
  return {
    mailer: smtpMailer({
      url: config.smtp.url,
      from: config.smtp.from,
      connect: platform.connectSmtp,
      domain: new URL(config.publicOrigin).hostname,
      now: () => systemClock.now(),
    }),
  }
}
