/**
 * Runs the migrations in `migrations/`. `fs` and `path` are injected exactly as Kysely's
 * FileMigrationProvider expects, so this file stays free of runtime imports.
 */
import type { Kysely } from 'kysely'
import { FileMigrationProvider, type FileMigrationProviderProps, Migrator } from 'kysely/migration'

/** The file-system capabilities the migrator needs, supplied by `platform/`. */
export type MigrationFs = Pick<FileMigrationProviderProps, 'fs' | 'path'>

/** The outcome of a migration run. */
export type MigrationOutcome =
  | { ok: true; applied: string[] }
  | { ok: false; applied: string[]; failed: string; reason: string }

/**
 * Applies every pending migration in one transaction (both dialects support transactional
 * DDL), so a failure leaves the database exactly as it was.
 */
export async function migrateToLatest(
  // deno-lint-ignore no-explicit-any
  db: Kysely<any>,
  files: MigrationFs & { folder: string; schema?: string | undefined },
): Promise<MigrationOutcome> {
  const migrator = new Migrator({
    db,
    // Kysely looks for its lock table in every schema; name ours when several share a server.
    ...(files.schema ? { migrationTableSchema: files.schema } : {}),
    provider: new FileMigrationProvider({
      fs: files.fs,
      path: files.path,
      migrationFolder: files.folder,
    }),
  })
  const { error, results = [] } = await migrator.migrateToLatest()
  const applied = results.filter((r) => r.status === 'Success').map((r) => r.migrationName)
  if (!error) return { ok: true, applied }
  const failed = results.find((r) => r.status === 'Error')?.migrationName ??
    '(before any migration)'
  const reason = error instanceof Error ? error.message : String(error)
  // In one transaction nothing was applied, even the migrations reported as "Success".
  return { ok: false, applied: [], failed, reason }
}

/** Rolls every migration back, newest first; used by the migrations test. */
export async function migrateDownAll(
  // deno-lint-ignore no-explicit-any
  db: Kysely<any>,
  files: MigrationFs & { folder: string; schema?: string | undefined },
): Promise<void> {
  const migrator = new Migrator({
    db,
    ...(files.schema ? { migrationTableSchema: files.schema } : {}),
    provider: new FileMigrationProvider({
      fs: files.fs,
      path: files.path,
      migrationFolder: files.folder,
    }),
  })
  for (;;) {
    const { error, results = [] } = await migrator.migrateDown()
    if (error) throw error
    if (results.length === 0) return
  }
}
