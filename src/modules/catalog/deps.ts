/** What the catalog services need from the application. */
import type { Db } from '../../db/connect.ts'
import type { Clock } from '../../lib/clock.ts'

/**
 * Dependencies of the catalog services. Call them outside your own transaction: SQLite has one
 * connection, and version rows never change, so reading before the transaction is safe.
 */
export interface CatalogDeps {
  readonly db: Db
  readonly clock: Clock
}
