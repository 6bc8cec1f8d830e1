/**
 * Kysely's SQLite dialect with two changes, both for durability:
 * - transactions start with `BEGIN IMMEDIATE`, so a second process (a migration, a job
 *   runner) waits on `busy_timeout` instead of failing a read→write upgrade with SQLITE_BUSY;
 * - the adapter admits that SQLite has transactional DDL, so the migrator runs all pending
 *   migrations in one transaction and a failing one leaves the database as it was.
 */
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  SqliteAdapter,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely'

class DurableSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'))
  }
}

/** SQLite dialect used by the application and the tests. */
export class DurableSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig

  constructor(config: SqliteDialectConfig) {
    super(config)
    this.#config = config
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config)
  }

  override createAdapter(): SqliteAdapter {
    return new DurableSqliteAdapter()
  }
}
