import type { Kysely } from 'kysely'

// deno-lint-ignore no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('issuance_sequences')
    .addColumn('series', 'text', (c) => c.primaryKey())
    .addColumn('last', 'integer', (c) => c.notNull())
    .execute()
  await createLicenses(db)
  await createDocuments(db)
  await createEvents(db)
  await createOutbox(db)
  await db.schema
    .createTable('issuance_lookup_counts')
    .addColumn('client', 'text', (c) => c.notNull())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('issuance_lookup_counts_pk', ['client', 'window_start'])
    .execute()
}

// deno-lint-ignore no-explicit-any
async function createLicenses(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('issuance_licenses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_since', 'text', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('regulation_id', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('holder_account_id', 'text')
    .addColumn('holder_type', 'text', (c) => c.notNull())
    .addColumn('holder_iin', 'text')
    .addColumn('holder_bin', 'text')
    .addColumn('holder_name_kk', 'text', (c) => c.notNull())
    .addColumn('holder_name_ru', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('replaces_id', 'text', (c) => c.references('issuance_licenses.id'))
    .addColumn('replaced_by_id', 'text', (c) => c.references('issuance_licenses.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('issuance_licenses_registry').on('issuance_licenses')
    .columns(['organization_id', 'issued_at', 'id']).execute()
  await db.schema.createIndex('issuance_licenses_holder').on('issuance_licenses')
    .column('holder_account_id').execute()
}

// deno-lint-ignore no-explicit-any
async function createDocuments(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('issuance_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('copy_no', 'integer', (c) => c.notNull())
    .addColumn('license_id', 'text', (c) => c.references('issuance_licenses.id'))
    .addColumn('case_id', 'text', (c) => c.unique())
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('holder_account_id', 'text')
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('data_hash', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('delivered_at', 'text')
    .addColumn('handed_over_at', 'text')
    .addColumn('handed_over_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('issuance_documents_number_copy', ['number', 'copy_no'])
    .execute()
  await db.schema.createIndex('issuance_documents_holder').on('issuance_documents')
    .columns(['holder_account_id', 'issued_at']).execute()
  await db.schema.createIndex('issuance_documents_license').on('issuance_documents')
    .column('license_id').execute()
}

// deno-lint-ignore no-explicit-any
async function createEvents(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('issuance_license_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('license_id', 'text', (c) => c.notNull().references('issuance_licenses.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_account_id', 'text')
    .addColumn('actor_name_kk', 'text')
    .addColumn('actor_name_ru', 'text')
    .addColumn('reason', 'text')
    .addColumn('document_id', 'text', (c) => c.references('issuance_documents.id'))
    .addColumn('related_license_id', 'text', (c) => c.references('issuance_licenses.id'))
    .addUniqueConstraint('issuance_license_events_seq', ['license_id', 'seq'])
    .execute()
}

// deno-lint-ignore no-explicit-any
async function createOutbox(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('issuance_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.references('issuance_documents.id'))
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('claimed_until', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('last_error', 'text')
    .execute()
  await db.schema.createIndex('issuance_outbox_due').on('issuance_outbox')
    .columns(['sent_at', 'next_attempt_at']).execute()
}

// deno-lint-ignore no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (
    const table of [
      'issuance_lookup_counts',
      'issuance_outbox',
      'issuance_license_events',
      'issuance_documents',
      'issuance_licenses',
      'issuance_sequences',
    ]
  ) await db.schema.dropTable(table).execute()
}
