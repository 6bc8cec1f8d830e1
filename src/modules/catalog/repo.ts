/** Queries over `catalog_regulation_versions` and `catalog_mci_values`. */
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/database.ts'
import type { MciValueRow, NewRegulationVersionRow, RegulationVersionRow } from './tables.ts'

type Db = Kysely<Database> | Transaction<Database>

/** How many versions there are and the newest `created_at`: changes whenever a row is added. */
export async function findVersionSignature(db: Db): Promise<string> {
  const row = await db.selectFrom('catalog_regulation_versions')
    .select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('created_at').as('latest')])
    .executeTakeFirst()
  return `${Number(row?.n ?? 0)}|${row?.latest ?? ''}`
}

/** Every version, oldest first per regulation. */
export function findAllVersions(db: Db): Promise<RegulationVersionRow[]> {
  return db.selectFrom('catalog_regulation_versions').selectAll()
    .orderBy('regulation_id').orderBy('version').execute()
}

/** The `(regulation_id, version)` pairs already stored. */
export async function findVersionKeys(db: Db): Promise<Set<string>> {
  const rows = await db.selectFrom('catalog_regulation_versions')
    .select(['regulation_id', 'version']).execute()
  return new Set(rows.map((r) => `${r.regulation_id}@${r.version}`))
}

/** The highest version number of a regulation, or 0 when it has none. */
export async function findMaxVersion(db: Db, regulationId: string): Promise<number> {
  const row = await db.selectFrom('catalog_regulation_versions')
    .select((eb) => eb.fn.max('version').as('max'))
    .where('regulation_id', '=', regulationId).executeTakeFirst()
  return Number(row?.max ?? 0)
}

/**
 * Inserts a version unless its `(regulation_id, version)` exists; true when inserted. Two
 * instances starting at once, or two administrators saving at once, cannot both win.
 */
export async function insertVersionIfAbsent(
  db: Db,
  row: NewRegulationVersionRow,
): Promise<boolean> {
  const result = await db.insertInto('catalog_regulation_versions').values(row)
    .onConflict((oc) => oc.columns(['regulation_id', 'version']).doNothing())
    .executeTakeFirst()
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0
}

/** The MCI value of one year. */
export function findMci(db: Db, year: number): Promise<MciValueRow | undefined> {
  return db.selectFrom('catalog_mci_values').selectAll().where('year', '=', year)
    .executeTakeFirst()
}

/** Every MCI value, newest year first. */
export function findAllMci(db: Db): Promise<MciValueRow[]> {
  return db.selectFrom('catalog_mci_values').selectAll().orderBy('year', 'desc').execute()
}

/** Adds a year's value unless the year has one. */
export async function insertMciIfAbsent(db: Db, row: MciValueRow): Promise<void> {
  await db.insertInto('catalog_mci_values').values(row)
    .onConflict((oc) => oc.column('year').doNothing()).execute()
}

/** Sets a year's value, adding the year if needed. */
export async function upsertMci(db: Db, row: MciValueRow): Promise<void> {
  await db.insertInto('catalog_mci_values').values(row)
    .onConflict((oc) =>
      oc.column('year').doUpdateSet({
        value_tenge: row.value_tenge,
        updated_at: row.updated_at,
        updated_by: row.updated_by,
      })
    ).execute()
}
