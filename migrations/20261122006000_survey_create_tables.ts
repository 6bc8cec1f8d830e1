import type { Kysely } from 'kysely'

/**
 * The survey's tables. Answers carry their dimensions (service, version, provider, region,
 * channel, source, Almaty date and month) so the indicators are one GROUP BY; they carry no
 * case, account or time of day, so an answer cannot be traced back to the person who gave it.
 * The one-answer-per-case guard lives in `survey_invitations` (primary key on the case).
 */
// deno-lint-ignore no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('survey_answers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('regulation_id', 'text', (c) => c.notNull())
    .addColumn('regulation_version_id', 'text', (c) => c.notNull())
    .addColumn('wording', 'text', (c) => c.notNull())
    .addColumn('wording_basis', 'text', (c) => c.notNull())
    .addColumn('provider_id', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('answered_on', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('q1', 'integer', (c) => c.notNull())
    .addColumn('q2', 'integer', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('applied_how', 'text')
    .addColumn('needed_help', 'text')
    .addColumn('assistive_tech', 'text')
    .addColumn('connection', 'text')
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('kiosk_id', 'text')
    .addColumn('entered_by', 'text')
    .addColumn('entered_at', 'text')
    .execute()
  await createAnswerIndexes(db)
  await createInvitationTables(db)
  await createKioskTables(db)
  await db.schema
    .createTable('survey_settings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('accessibility_enabled_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute()
}

/**
 * Indexes for the indicators' GROUP BY (answered_on, q1, q2, source): each one starts with the
 * column a filter fixes (or the day), continues in the GROUP BY's order so the groups stream
 * without a sort, and covers the other filter columns so the table itself is never read. The
 * narrow day index serves the unfiltered page (it is the smallest to scan); the wide one any
 * combination of channel, region and source; service and provider have their own.
 */
// deno-lint-ignore no-explicit-any
async function createAnswerIndexes(db: Kysely<any>): Promise<void> {
  const index = (name: string, columns: string[]) =>
    db.schema.createIndex(`survey_answers_${name}`).on('survey_answers').columns(columns)
      .execute()
  const grouped = ['answered_on', 'q1', 'q2', 'source']
  await index('day', grouped)
  await index('period', [...grouped, 'channel', 'region'])
  await index('service', ['regulation_id', ...grouped, 'channel'])
  await index('provider', ['provider_id', ...grouped, 'channel', 'region'])
  // Paper forms in the default wording are few: the page counts them through this index.
  await index('basis', ['wording_basis', 'answered_on'])
}

// deno-lint-ignore no-explicit-any
async function createInvitationTables(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('survey_invitations')
    .addColumn('case_id', 'text', (c) => c.primaryKey())
    .addColumn('regulation_id', 'text', (c) => c.notNull())
    .addColumn('regulation_version_id', 'text', (c) => c.notNull())
    .addColumn('provider_id', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('answered_on', 'text')
    .execute()
  await db.schema
    .createTable('survey_links')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('survey_invitations.case_id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('survey_links_case').on('survey_links').column('case_id').execute()
}

// deno-lint-ignore no-explicit-any
async function createKioskTables(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('survey_kiosks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('provider_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('device_hash', 'text', (c) => c.notNull().unique())
    .addColumn('min_interval_seconds', 'integer', (c) => c.notNull())
    .addColumn('max_per_hour', 'integer', (c) => c.notNull())
    .addColumn('last_answer_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('revoked_by', 'text')
    .execute()
  await db.schema
    .createTable('survey_kiosk_forms')
    .addColumn('key_hash', 'text', (c) => c.primaryKey())
    .addColumn('kiosk_id', 'text', (c) => c.notNull().references('survey_kiosks.id'))
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute()
  await db.schema.createIndex('survey_kiosk_forms_used').on('survey_kiosk_forms')
    .columns(['kiosk_id', 'used_at']).execute()
  await db.schema.createIndex('survey_kiosk_forms_issued').on('survey_kiosk_forms')
    .column('issued_at').execute()
}

// deno-lint-ignore no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (
    const table of [
      'survey_settings',
      'survey_kiosk_forms',
      'survey_kiosks',
      'survey_links',
      'survey_invitations',
      'survey_answers',
    ]
  ) await db.schema.dropTable(table).execute()
}
