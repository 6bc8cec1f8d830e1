import { type Kysely, PostgresAdapter } from 'kysely'

// deno-lint-ignore no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('intake_applications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('regulation_id', 'text', (c) => c.notNull())
    .addColumn('sub_service', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('applicant_account_id', 'text')
    .addColumn('applicant_type', 'text', (c) => c.notNull())
    .addColumn('applicant_iin', 'text')
    .addColumn('applicant_bin', 'text')
    .addColumn('applicant', 'text', (c) => c.notNull())
    .addColumn('applicant_phone', 'text')
    .addColumn('applicant_email', 'text')
    .addColumn('applicant_confirmed_at', 'text')
    .addColumn('representative', 'text')
    .addColumn('particulars', 'text')
    .addColumn('qualification', 'text')
    .addColumn('organization_id', 'text')
    .addColumn('entered_by', 'text')
    .addColumn('start_key', 'text', (c) => c.notNull().unique())
    .addColumn('send_key', 'text')
    .addColumn('signature_request_id', 'text')
    .addColumn('regulation_version_id', 'text')
    .addColumn('number', 'text', (c) => c.unique())
    .addColumn('submitted_at', 'text')
    .addColumn('ready_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_saved_at', 'text', (c) => c.notNull())
    .addColumn('removed_at', 'text')
    .execute()
  for (const column of ['applicant_account_id', 'applicant_iin', 'applicant_bin']) {
    await db.schema.createIndex(`intake_applications_${column}`).on('intake_applications')
      .column(column).execute()
  }
  await db.schema.createIndex('intake_applications_organization').on('intake_applications')
    .columns(['organization_id', 'last_saved_at']).execute()
  await db.schema.createIndex('intake_applications_drafts').on('intake_applications')
    .columns(['submitted_at', 'removed_at', 'last_saved_at']).execute()
  await createFiles(db)
  await createDocumentsAndPayments(db)
  await createCounters(db)
}

// deno-lint-ignore no-explicit-any
async function createFiles(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('intake_files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('bytes', bytesType(db), (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
}

// deno-lint-ignore no-explicit-any
async function createDocumentsAndPayments(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('intake_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('application_id', 'text', (c) => c.notNull().references('intake_applications.id'))
    .addColumn('catalog_document_id', 'text')
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('file_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('removed_at', 'text')
    .execute()
  await db.schema.createIndex('intake_documents_application').on('intake_documents')
    .column('application_id').execute()
  await db.schema
    .createTable('intake_payments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('application_id', 'text', (c) => c.notNull().references('intake_applications.id'))
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('amount_tenge', 'integer', (c) => c.notNull())
    .addColumn('mci', 'integer', (c) => c.notNull())
    .addColumn('mci_year', 'integer', (c) => c.notNull())
    .addColumn('gateway_transaction_id', 'text', (c) => c.unique())
    .addColumn('reference', 'text')
    .addColumn('paid_on', 'text')
    .addColumn('recorded_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('paid_at', 'text')
    .execute()
  await db.schema.createIndex('intake_payments_application').on('intake_payments')
    .column('application_id').execute()
}

// deno-lint-ignore no-explicit-any
async function createCounters(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('intake_submissions')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('application_id', 'text', (c) => c.notNull().references('intake_applications.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('intake_number_sequences')
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('intake_number_sequences_pk', ['region', 'year'])
    .execute()
  await db.schema
    .createTable('intake_status_attempts')
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('intake_status_attempts_pk', ['address', 'window_start'])
    .execute()
}

// deno-lint-ignore no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (
    const table of [
      'intake_status_attempts',
      'intake_number_sequences',
      'intake_submissions',
      'intake_payments',
      'intake_documents',
      'intake_files',
      'intake_applications',
    ]
  ) {
    await db.schema.dropTable(table).execute()
  }
}

/** File bytes: the one column type the dialects name differently (`bytea` vs `blob`). */
// deno-lint-ignore no-explicit-any
function bytesType(db: Kysely<any>): 'bytea' | 'blob' {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'bytea' : 'blob'
}
