import { type Kysely, PostgresAdapter } from 'kysely'

// deno-lint-ignore no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('review_transitions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('review_cases.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('step_id', 'text', (c) => c.notNull())
    .addColumn('step_kind', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('actor_account_id', 'text')
    .addColumn('actor_name_kk', 'text')
    .addColumn('actor_name_ru', 'text')
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('to_step_id', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('norm', 'text')
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text')
    .addColumn('completed_at', 'text', (c) => c.notNull())
    .addColumn('on_time', 'integer')
    .addUniqueConstraint('review_transitions_case_seq', ['case_id', 'seq'])
    .execute()
  await db.schema
    .createTable('review_assignments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('review_cases.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('assigned_by', 'text', (c) => c.notNull())
    .addColumn('assigned_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('review_assignments_case').on('review_assignments')
    .column('case_id').execute()
  await db.schema
    .createTable('review_pauses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('review_cases.id'))
    .addColumn('step_id', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('paused_at', 'text', (c) => c.notNull())
    .addColumn('paused_by', 'text', (c) => c.notNull())
    .addColumn('resumed_at', 'text')
    .addColumn('resumed_by', 'text')
    .execute()
  await db.schema.createIndex('review_pauses_case').on('review_pauses').column('case_id')
    .execute()
  await createSideTables(db)
}

// deno-lint-ignore no-explicit-any
async function createSideTables(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('review_notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('review_cases.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('clock', 'text', (c) => c.notNull())
    .addColumn('step_id', 'text')
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('recipient_account_id', 'text')
    .addColumn('recipient_role', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('review_notifications_account').on('review_notifications')
    .columns(['recipient_account_id', 'created_at']).execute()
  await db.schema.createIndex('review_notifications_role').on('review_notifications')
    .columns(['organization_id', 'recipient_role', 'created_at']).execute()
  await db.schema
    .createTable('review_handoffs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('review_cases.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('claimed_until', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('delivered_at', 'text')
    .execute()
  await db.schema.createIndex('review_handoffs_pending').on('review_handoffs')
    .columns(['delivered_at', 'created_at']).execute()
  await db.schema
    .createTable('review_sign_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('review_cases.id'))
    .addColumn('step_id', 'text', (c) => c.notNull())
    .addColumn('step_started_at', 'text', (c) => c.notNull())
    .addColumn('request_id', 'text', (c) => c.notNull())
    .addColumn('document_hash', 'text', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('review_sign_requests_case').on('review_sign_requests')
    .columns(['case_id', 'step_id']).execute()
  await db.schema
    .createTable('review_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('review_cases.id'))
    .addColumn('transition_id', 'text', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('bytes', binaryType(db), (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('review_attachments_case').on('review_attachments')
    .column('case_id').execute()
}

/** File bytes: SQLite calls the type `blob`, PostgreSQL `bytea`; nothing else differs. */
// deno-lint-ignore no-explicit-any
function binaryType(db: Kysely<any>): 'blob' | 'bytea' {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'bytea' : 'blob'
}

// deno-lint-ignore no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (
    const table of [
      'review_attachments',
      'review_sign_requests',
      'review_handoffs',
      'review_notifications',
      'review_pauses',
      'review_assignments',
      'review_transitions',
    ]
  ) await db.schema.dropTable(table).execute()
}
