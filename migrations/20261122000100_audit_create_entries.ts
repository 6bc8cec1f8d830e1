import { type Kysely, PostgresAdapter, sql } from 'kysely'

// deno-lint-ignore no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('audit_entries')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_role', 'text')
    .addColumn('organization_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('request_id', 'text')
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('audit_entries_entity').on('audit_entries').columns([
    'entity_type',
    'entity_id',
  ])
    .execute()
  await db.schema.createIndex('audit_entries_at').on('audit_entries').column('at').execute()
  await forbidChanges(db)
}

// deno-lint-ignore no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    await sql`drop function if exists audit_entries_append_only() cascade`.execute(db)
  }
  await db.schema.dropTable('audit_entries').execute()
}

/**
 * The audit trail is append-only in the database itself, not only by convention. Triggers
 * are the one place where SQLite and PostgreSQL need different SQL.
 */
// deno-lint-ignore no-explicit-any
async function forbidChanges(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    await sql`
      create function audit_entries_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit entries are append-only'; end $$`.execute(db)
    await sql`
      create trigger audit_entries_no_change before update or delete on audit_entries
      for each row execute function audit_entries_append_only()`.execute(db)
    return
  }
  for (const op of ['update', 'delete']) {
    await sql.raw(`
      create trigger audit_entries_no_${op} before ${op} on audit_entries
      begin select raise(abort, 'audit entries are append-only'); end`).execute(db)
  }
}

// deno-lint-ignore no-explicit-any
function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter
}
