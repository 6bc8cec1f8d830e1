/**
 * Attaching files to a draft: checked by their bytes (PDF, JPEG, PNG), limited per file and
 * per application, hashed (SHA-256), stored through the FileStore in the same transaction as
 * their record, and replaceable or removable until the application is sent.
 */
import type { Transaction } from 'kysely'
import type { Database } from '../../db/database.ts'
import { InvalidTransitionError } from '../../lib/errors.ts'
import { newId, sha256Hex } from '../../lib/ids.ts'
import type { ApplicationContext } from './context.ts'
import type { IntakeDeps } from './deps.ts'
import { type Actor, audit } from './drafts.ts'
import {
  findDocument,
  findDocuments,
  insertDocument,
  markDocumentRemoved,
} from './documents-repo.ts'
import { findApplication, updateDraft } from './repo.ts'
import type { ApplicationRow, DocumentRow } from './tables.ts'
import { type AcceptedType, detectType, displayName, nameContradicts } from './uploads.ts'

/** Why a file was not accepted. */
export type UploadProblem =
  | 'missingFile'
  | 'empty'
  | 'tooLarge'
  | 'applicationTooLarge'
  | 'type'
  | 'mismatch'
  | 'document'

/** What an upload form sent. */
export interface UploadInput {
  readonly document: string
  readonly file: unknown
  readonly replaces?: string | undefined
  readonly actor: Actor
}

/** Attaches a file (replacing one when `replaces` is given). */
export async function attachFile(
  deps: IntakeDeps,
  row: ApplicationRow,
  ctx: ApplicationContext,
  input: UploadInput,
): Promise<{ ok: true; id: string } | { ok: false; problem: UploadProblem }> {
  const file = input.file
  if (!(file instanceof File)) return { ok: false, problem: 'missingFile' }
  if (file.size === 0) return { ok: false, problem: 'empty' }
  if (file.size > deps.limits.maxFileBytes) return { ok: false, problem: 'tooLarge' }
  const known = input.document === 'other' || ctx.uploads.some((d) => d.id === input.document)
  if (!known) return { ok: false, problem: 'document' }
  const bytes = new Uint8Array(await file.arrayBuffer())
  const type = detectType(bytes)
  if (!type) return { ok: false, problem: 'type' }
  if (nameContradicts(file.name, type)) return { ok: false, problem: 'mismatch' }
  const now = deps.clock.now()
  const doc = await documentRecord(row.id, input.document, file.name, type, bytes, now)
  const stored = await deps.db.kysely.transaction().execute(async (trx) => {
    const current = await findDocuments(trx, row.id)
    const kept = current.filter((d) => d.id !== input.replaces)
    const total = kept.reduce((sum, d) => sum + Number(d.size), 0) + bytes.byteLength
    if (total > deps.limits.maxApplicationBytes) return false
    if (input.replaces) await removeWithin(deps, trx, row.id, input.replaces, now)
    await deps.files.put(doc.file_id, bytes, trx)
    await insertDocument(trx, doc)
    await touch(trx, row.id, now)
    await audit(deps, trx, now, input.actor, row.id, 'intake.document.attached', {
      document: doc.catalog_document_id,
      sha256: doc.sha256,
      size: doc.size,
      replaces: input.replaces ?? null,
    })
    return true
  })
  return stored ? { ok: true, id: doc.id } : { ok: false, problem: 'applicationTooLarge' }
}

async function documentRecord(
  applicationId: string,
  catalogId: string,
  sentName: string,
  type: AcceptedType,
  bytes: Uint8Array,
  now: Date,
): Promise<DocumentRow> {
  return {
    id: newId(),
    application_id: applicationId,
    catalog_document_id: catalogId === 'other' ? null : catalogId,
    display_name: displayName(sentName, type),
    content_type: type,
    size: bytes.byteLength,
    sha256: await sha256Hex(bytes),
    file_id: newId(),
    created_at: now.toISOString(),
    removed_at: null,
  }
}

/** Removes a file from a draft; false when there is no such file. */
export async function removeFile(
  deps: IntakeDeps,
  row: ApplicationRow,
  documentId: string,
  actor: Actor,
): Promise<boolean> {
  const now = deps.clock.now()
  return await deps.db.kysely.transaction().execute(async (trx) => {
    if (!(await removeWithin(deps, trx, row.id, documentId, now))) return false
    await touch(trx, row.id, now)
    await audit(deps, trx, now, actor, row.id, 'intake.document.removed', { documentId })
    return true
  })
}

async function removeWithin(
  deps: IntakeDeps,
  trx: Transaction<Database>,
  applicationId: string,
  documentId: string,
  now: Date,
): Promise<boolean> {
  const doc = await findDocument(trx, applicationId, documentId)
  if (!doc) return false
  await markDocumentRemoved(trx, applicationId, documentId, now.toISOString())
  await deps.files.delete(doc.file_id, trx)
  return true
}

// A changed file list changes what is signed, so the draft's version moves on too.
async function touch(trx: Transaction<Database>, id: string, now: Date): Promise<void> {
  const changed = await updateDraft(trx, id, undefined, { last_saved_at: now.toISOString() })
  if (changed !== 1) throw new InvalidTransitionError(`Application "${id}" is no longer a draft`)
}

/** A file of an application, for its owner or (through the index) the case's officers. */
export async function readDocument(
  deps: Pick<IntakeDeps, 'db' | 'files'>,
  applicationId: string,
  documentId: string,
): Promise<{ bytes: Uint8Array; contentType: string; filename: string } | undefined> {
  const app = await findApplication(deps.db.kysely, applicationId)
  if (!app) return undefined
  const doc = await findDocument(deps.db.kysely, applicationId, documentId)
  if (!doc) return undefined
  const bytes = await deps.files.get(doc.file_id)
  return bytes && { bytes, contentType: doc.content_type, filename: doc.display_name }
}

/** The required files of the checklist that have none attached. */
export function missingDocuments(ctx: ApplicationContext, docs: readonly DocumentRow[]) {
  return ctx.uploads.filter((d) => d.required && !docs.some((x) => x.catalog_document_id === d.id))
}
