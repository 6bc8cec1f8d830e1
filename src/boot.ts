/**
 * Start-up shared by the Node and Deno entry points: configuration, database, migrations,
 * demo data, the app. Runtime capabilities come in through `Platform`.
 */
import { type AppDeps, createApp } from './app.ts'
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
}

/** A started application, ready to be served. */
export interface Booted {
  readonly config: Config
  readonly db: Db
  readonly logger: Logger
  readonly app: ReturnType<typeof createApp>
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
  const deps: AppDeps = {
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
  }
  if (config.demoData) await loadDemoData(deps)
  return { config, db, logger, app: createApp(deps) }
}
