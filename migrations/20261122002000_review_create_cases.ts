import { type Kysely, PostgresAdapter, sql } from 'kysely'

// deno-lint-ignore no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('review_providers')
    .addColumn('regulation_id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await createCases(db)
  await db.schema
    .createTable('review_case_terms')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('term', 'text', (c) => termCollation(db, c.notNull()))
    .addColumn('case_id', 'text', (c) => c.notNull().references('review_cases.id'))
    .addPrimaryKeyConstraint('review_case_terms_pk', ['organization_id', 'term', 'case_id'])
    .execute()
}

// deno-lint-ignore no-explicit-any
async function createCases(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('review_cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('regulation_id', 'text', (c) => c.notNull())
    .addColumn('regulation_version_id', 'text', (c) => c.notNull())
    .addColumn('sub_service', 'text', (c) => c.notNull())
    .addColumn('reissue_class', 'text')
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('applicant_account_id', 'text')
    .addColumn('applicant_name_kk', 'text', (c) => c.notNull())
    .addColumn('applicant_name_ru', 'text', (c) => c.notNull())
    .addColumn('applicant_id_number', 'text')
    .addColumn('service_name_kk', 'text', (c) => c.notNull())
    .addColumn('service_name_ru', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('application', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('end_status', 'text')
    .addColumn('current_step_id', 'text')
    .addColumn('step_role', 'text')
    .addColumn('step_kind', 'text')
    .addColumn('step_started_at', 'text')
    .addColumn('step_due_at', 'text')
    .addColumn('assignees', 'text', (c) => c.notNull())
    .addColumn('assignee_account_id', 'text')
    .addColumn('actor_key', 'text')
    .addColumn('decision', 'text')
    .addColumn('decision_data', 'text')
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('sort_due_at', 'text', (c) => c.notNull())
    .addColumn('paused_at', 'text')
    .addColumn('signed_at', 'text')
    .addColumn('deemed_due_at', 'text')
    .addColumn('step_alert', 'text', (c) => c.notNull())
    .addColumn('overall_alert', 'text', (c) => c.notNull())
    .addColumn('next_alert_at', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute()
  // The two worklist tabs read these in deadline order, a page at a time (keyset).
  await db.schema.createIndex('review_cases_org_queue').on('review_cases')
    .columns(['organization_id', 'state', 'sort_due_at', 'id']).execute()
  await db.schema.createIndex('review_cases_actor_queue').on('review_cases')
    .columns(['actor_key', 'sort_due_at', 'id']).execute()
  await db.schema.createIndex('review_cases_next_alert').on('review_cases')
    .column('next_alert_at').execute()
  await db.schema.createIndex('review_cases_deemed_due').on('review_cases')
    .column('deemed_due_at').execute()
}

/**
 * Search terms are matched by prefix with a range (`term >= p and term < p'`). That needs
 * code-point order: SQLite's default BINARY collation is, PostgreSQL's database collation may
 * not be, so its column says `collate "C"`.
 */
// deno-lint-ignore no-explicit-any
function termCollation(db: Kysely<any>, column: any) {
  return db.getExecutor().adapter instanceof PostgresAdapter
    ? column.modifyEnd(sql`collate "C"`)
    : column
}

// deno-lint-ignore no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('review_case_terms').execute()
  await db.schema.dropTable('review_cases').execute()
  await db.schema.dropTable('review_providers').execute()
}
