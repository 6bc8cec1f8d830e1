import type { Kysely } from 'kysely'

/**
 * Indexes for the quality team's workflow figures, which count a period at a time without
 * reading the wide case rows: ended cases by the instant they ended, covering the deadline and
 * the filter columns; step completions with a deadline by step and the instant they completed
 * (a seek per step id, groups streamed in order), covering the count and the case; and each
 * case's filter columns by id, for checking a completion's case against the filter.
 */
// deno-lint-ignore no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('review_cases_ended').on('review_cases')
    .columns(['ended_at', 'end_status', 'due_at', 'regulation_id', 'organization_id', 'channel'])
    .where('ended_at', 'is not', null)
    .execute()
  await db.schema.createIndex('review_cases_scope').on('review_cases')
    .columns(['id', 'regulation_id', 'organization_id', 'channel'])
    .execute()
  await db.schema.createIndex('review_transitions_step_completed').on('review_transitions')
    .columns(['step_id', 'completed_at', 'outcome', 'on_time', 'case_id'])
    .where('on_time', 'is not', null)
    .execute()
}

// deno-lint-ignore no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('review_transitions_step_completed').execute()
  await db.schema.dropIndex('review_cases_scope').execute()
  await db.schema.dropIndex('review_cases_ended').execute()
}
