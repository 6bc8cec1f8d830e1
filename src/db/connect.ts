/**
 * Opens the database named by the configuration: SQLite through better-sqlite3 (the default)
 * or PostgreSQL through pg. Both npm packages load on Node and on Deno.
 */
import SqliteDatabase from 'better-sqlite3'
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import type { Config } from '../config.ts'
import { ConfigError } from '../lib/errors.ts'
import type { Database } from './database.ts'
import { DurableSqliteDialect } from './sqlite-dialect.ts'

/** The engine behind a Kysely instance; health checks and a few portable helpers need it. */
export type DialectName = 'sqlite' | 'postgres'

/** An open database. */
export interface Db {
  readonly kysely: Kysely<Database>
  readonly dialect: DialectName
  /** The PostgreSQL schema when not the default one (tests). */
  readonly schema?: string | undefined
  close(): Promise<void>
}

/** Options for opening a database. */
export interface OpenOptions {
  /** PostgreSQL schema to use instead of `public` (tests isolate themselves this way). */
  readonly pgSchema?: string
  readonly pgPoolSize?: number
}

/** Opens the configured database and checks the SQLite durability settings. */
export function openDatabase(config: Config['database'], options: OpenOptions = {}): Db {
  if (config.kind === 'postgres') return openPostgres(config.url, options)
  return openSqlite(config.path)
}

function openSqlite(path: string): Db {
  const raw = new SqliteDatabase(path, { timeout: 5000 })
  raw.pragma('journal_mode = WAL')
  // better-sqlite3 is compiled with WAL synchronous=NORMAL; FULL makes every commit durable.
  raw.pragma('synchronous = FULL')
  raw.pragma('foreign_keys = ON')
  raw.pragma('busy_timeout = 5000')
  assertSqliteSettings(raw, path)
  const kysely = new Kysely<Database>({ dialect: new DurableSqliteDialect({ database: raw }) })
  return { kysely, dialect: 'sqlite', close: () => kysely.destroy() }
}

function assertSqliteSettings(raw: SqliteDatabase.Database, path: string): void {
  const inMemory = path === ':memory:' || path === ''
  const journal = raw.pragma('journal_mode', { simple: true })
  const sync = raw.pragma('synchronous', { simple: true })
  const fk = raw.pragma('foreign_keys', { simple: true })
  if ((!inMemory && journal !== 'wal') || sync !== 2 || fk !== 1) {
    throw new ConfigError(
      `SQLite at "${path}" refused the durability settings (journal_mode=${journal}, ` +
        `synchronous=${sync}, foreign_keys=${fk}); use a local disk, not a network file system`,
    )
  }
}

function openPostgres(url: string, options: OpenOptions): Db {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.pgPoolSize ?? 10,
    connectionTimeoutMillis: 5000,
    ...(options.pgSchema ? { options: `-c search_path=${options.pgSchema}` } : {}),
  })
  // An idle client that loses its server must not crash the process; the pool replaces it.
  pool.on('error', () => {})
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  return { kysely, dialect: 'postgres', schema: options.pgSchema, close: () => kysely.destroy() }
}
