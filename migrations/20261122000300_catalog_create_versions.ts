import type { Kysely } from 'kysely'

// Regulation versions are append-only by the application's rule: a case keeps the version id it
// was submitted under, so a stored definition is never rewritten.
// deno-lint-ignore no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('catalog_regulation_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('regulation_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addUniqueConstraint('catalog_regulation_versions_regulation_version', [
      'regulation_id',
      'version',
    ])
    .execute()
  await db.schema
    .createTable('catalog_mci_values')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('value_tenge', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute()
}

// deno-lint-ignore no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('catalog_mci_values').execute()
  await db.schema.dropTable('catalog_regulation_versions').execute()
}
