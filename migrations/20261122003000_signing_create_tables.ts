import type { Kysely } from 'kysely'

// deno-lint-ignore no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('signing_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('document_hash', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('summary', 'text')
    .addColumn('signer_account_id', 'text', (c) => c.notNull())
    .addColumn('expected', 'text', (c) => c.notNull())
    .addColumn('return_path', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('signed_at', 'text')
    .execute()
  await db.schema.createIndex('signing_requests_entity').on('signing_requests')
    .columns(['entity_type', 'entity_id']).execute()
  await db.schema.createIndex('signing_requests_signer').on('signing_requests')
    .columns(['signer_account_id', 'status']).execute()
  await db.schema
    .createTable('signing_signatures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().unique().references('signing_requests.id'))
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('cms', 'text', (c) => c.notNull())
    .addColumn('certificate', 'text', (c) => c.notNull())
    .addColumn('certificate_serial', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('signer_iin', 'text')
    .addColumn('signer_bin', 'text')
    .addColumn('signer_name', 'text', (c) => c.notNull())
    .addColumn('signer_organization', 'text')
    .addColumn('demo_root_id', 'text')
    .addColumn('document_hash', 'text', (c) => c.notNull())
    .addColumn('verified_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('signing_nonces')
    .addColumn('hash', 'text', (c) => c.primaryKey())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('request_id', 'text')
    .addColumn('binding', 'text', (c) => c.notNull())
    .addColumn('document_hash', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute()
  await db.schema.createIndex('signing_nonces_expires').on('signing_nonces')
    .column('expires_at').execute()
  await createDemoTables(db)
}

// deno-lint-ignore no-explicit-any
async function createDemoTables(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('signing_demo_roots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('generation', 'integer', (c) => c.notNull().unique())
    .addColumn('certificate', 'text', (c) => c.notNull())
    .addColumn('private_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('retired_at', 'text')
    .execute()
  await db.schema
    .createTable('signing_demo_credentials')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('root_id', 'text', (c) => c.notNull().references('signing_demo_roots.id'))
    .addColumn('usage', 'text', (c) => c.notNull())
    .addColumn('certificate', 'text', (c) => c.notNull())
    .addColumn('serial', 'text', (c) => c.notNull())
    .addColumn('private_key', 'text', (c) => c.notNull())
    .addColumn('not_after', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute()
  await db.schema.createIndex('signing_demo_credentials_account').on('signing_demo_credentials')
    .columns(['account_id', 'usage']).execute()
}

// deno-lint-ignore no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (
    const table of [
      'signing_demo_credentials',
      'signing_demo_roots',
      'signing_nonces',
      'signing_signatures',
      'signing_requests',
    ]
  ) {
    await db.schema.dropTable(table).execute()
  }
}
