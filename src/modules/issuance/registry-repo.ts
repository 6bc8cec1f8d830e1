/** The registry list: licenses filtered by status and a search over number and holder names. */
import { sql } from 'kysely'
import type { Db } from './repo.ts'
import type { LicenseRow, LicenseStatus } from './tables.ts'

/** A page of the registry. */
export interface RegistryQuery {
  /** Already normalized (lower case, NFC) with `normalizeForSearch`. */
  readonly q: string
  readonly status: LicenseStatus | undefined
  readonly limit: number
  readonly offset: number
}

/** Licenses matching the query, newest first; one more than `limit` tells there is a next page. */
export function findLicenses(db: Db, query: RegistryQuery): Promise<LicenseRow[]> {
  let q = db.selectFrom('issuance_licenses').selectAll()
  if (query.status) q = q.where('status', '=', query.status)
  if (query.q) {
    // The stored text is normalized like the query, so a plain LIKE works for Cyrillic too.
    const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    q = q.where(sql<boolean>`search_text like ${pattern} escape '\\'`)
  }
  return q.orderBy('issued_at', 'desc').orderBy('id').limit(query.limit + 1)
    .offset(query.offset).execute()
}
