import { type Kysely, PostgresAdapter } from 'kysely'

// deno-lint-ignore no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('approval_authority_routes')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('approval_authority_routes_pk', ['kind', 'region'])
    .execute()
  await db.schema
    .createTable('approval_policies')
    .addColumn('regulation_id', 'text', (c) => c.notNull())
    .addColumn('sub_service', 'text', (c) => c.notNull())
    .addColumn('silence', 'text', (c) => c.notNull())
    .addColumn('authority_choice', 'text', (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('approval_policies_pk', ['regulation_id', 'sub_service'])
    .execute()
  await createRounds(db)
  await createConclusions(db)
}

// deno-lint-ignore no-explicit-any
async function createRounds(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('approval_rounds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('case_number', 'text', (c) => c.notNull())
    .addColumn('provider_id', 'text', (c) => c.notNull())
    .addColumn('regulation_id', 'text', (c) => c.notNull())
    .addColumn('regulation_version_id', 'text', (c) => c.notNull())
    .addColumn('sub_service', 'text', (c) => c.notNull())
    .addColumn('step_id', 'text', (c) => c.notNull())
    .addColumn('draft_decision', 'text')
    .addColumn('entered_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('sent_by', 'text')
    .addColumn('outcome', 'text')
    .addColumn('settled_at', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('closed_at', 'text')
    .addUniqueConstraint('approval_rounds_entry', ['case_id', 'step_id', 'entered_at'])
    .execute()
  await db.schema.createIndex('approval_rounds_case').on('approval_rounds').column('case_id')
    .execute()
  await db.schema
    .createTable('approval_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('round_id', 'text', (c) => c.notNull().references('approval_rounds.id'))
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('case_number', 'text', (c) => c.notNull())
    .addColumn('provider_id', 'text', (c) => c.notNull())
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('authority_kind', 'text')
    .addColumn('authority_name_kk', 'text', (c) => c.notNull())
    .addColumn('authority_name_ru', 'text', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('outcome', 'text')
    .addColumn('conclusion_id', 'text')
    .addColumn('withdrawn_at', 'text')
    .addColumn('withdraw_reason', 'text')
    .addColumn('silence_at', 'text')
    .addColumn('previous_request_id', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addUniqueConstraint('approval_requests_round_org', ['round_id', 'organization_id'])
    .execute()
  await db.schema.createIndex('approval_requests_inbox').on('approval_requests')
    .columns(['organization_id', 'sent_at']).execute()
  await db.schema.createIndex('approval_requests_case').on('approval_requests').column('case_id')
    .execute()
  await db.schema.createIndex('approval_requests_due').on('approval_requests').column('due_at')
    .execute()
}

// deno-lint-ignore no-explicit-any
async function createConclusions(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('approval_conclusions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('approval_requests.id'))
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('requirements', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('document_hash', 'text', (c) => c.notNull())
    .addColumn('signature_request_id', 'text')
    .addColumn('supersedes_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('superseded_at', 'text')
    .execute()
  await db.schema.createIndex('approval_conclusions_request').on('approval_conclusions')
    .column('request_id').execute()
  await db.schema
    .createTable('approval_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conclusion_id', 'text', (c) => c.notNull().references('approval_conclusions.id'))
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('bytes', binaryType(db), (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('approval_attachments_conclusion').on('approval_attachments')
    .column('conclusion_id').execute()
  await db.schema
    .createTable('approval_notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('approval_requests.id'))
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('recipient_account_id', 'text')
    .addColumn('recipient_role', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('approval_notifications_org').on('approval_notifications')
    .columns(['organization_id', 'created_at']).execute()
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
      'approval_notifications',
      'approval_attachments',
      'approval_conclusions',
      'approval_requests',
      'approval_rounds',
      'approval_policies',
      'approval_authority_routes',
    ]
  ) {
    await db.schema.dropTable(table).execute()
  }
}
