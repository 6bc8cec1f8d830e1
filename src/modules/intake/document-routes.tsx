/**
 * The documents step: the checklist page, uploads (multipart, checked by content), replace,
 * remove, and the download of a file (only to whoever may read the application), served as an
 * attachment with `nosniff` and a sandboxing CSP, never inline.
 */
import type { Context, Hono } from 'hono'
import { DocumentsPage } from '../../../views/intake/applications/documents.tsx'
import type { AppEnv } from '../../http/env.ts'
import type { T } from '../../i18n.ts'
import { errorItems, fieldError, type FieldErrors } from '../../http/forms.ts'
import { seeOther } from '../../http/htmx.ts'
import { NotFoundError } from '../../lib/errors.ts'
import { attachFile, readDocument, removeFile, type UploadProblem } from './documents.ts'
import {
  actorOf,
  basePath,
  DOC,
  ID,
  type IntakeRouteDeps,
  loadReadable,
  type Mode,
} from './http.ts'
import type { DraftFacts } from './readiness.ts'
import { taskListPath, withDraft } from './route-kit.ts'
import { uploadFields } from './schema.ts'
import type { DocumentRow } from './tables.ts'
import { contentDisposition } from './uploads.ts'
import { checklist } from './checklist.ts'

/** Registers the documents step and the file download. */
export function documentPages(app: Hono<AppEnv>, deps: IntakeRouteDeps, mode: Mode): void {
  app.get(
    `/${ID}/documents`,
    (c) => withDraft(deps, c, mode, (f) => documentsPage(c, deps, mode, f, {})),
  )

  app.post(`/${ID}/documents`, (c) =>
    withDraft(deps, c, mode, async (f) => {
      const body = await c.req.parseBody()
      const fields = uploadFields.safeParse({ document: body['document'] })
      const document = fields.success ? fields.data.document : 'other'
      if (!fields.success) return uploadError(c, deps, mode, f, document, 'document')
      const result = await attachFile(deps, f.row, f.ctx, {
        document,
        file: body['file'],
        actor: actorOf(c),
      })
      if (!result.ok) return uploadError(c, deps, mode, f, document, result.problem)
      return seeOther(c, `${basePath(c.var.lang, mode)}/${f.row.id}/documents`)
    }))

  app.post(`/${ID}/documents/${DOC}/replacement`, (c) =>
    withDraft(deps, c, mode, async (f) => {
      const old = f.docs.find((d) => d.id === c.req.param('documentId'))
      if (!old) throw new NotFoundError('No such file')
      const body = await c.req.parseBody()
      const document = old.catalog_document_id ?? 'other'
      const result = await attachFile(deps, f.row, f.ctx, {
        document,
        file: body['file'],
        replaces: old.id,
        actor: actorOf(c),
      })
      if (!result.ok) return uploadError(c, deps, mode, f, document, result.problem)
      return seeOther(c, `${basePath(c.var.lang, mode)}/${f.row.id}/documents`)
    }))

  app.post(`/${ID}/documents/${DOC}/removal`, (c) =>
    withDraft(deps, c, mode, async (f) => {
      const removed = await removeFile(deps, f.row, c.req.param('documentId') ?? '', actorOf(c))
      if (!removed) throw new NotFoundError('No such file')
      return seeOther(c, `${basePath(c.var.lang, mode)}/${f.row.id}/documents`)
    }))

  app.get(`/${ID}/documents/${DOC}`, async (c) => {
    const row = await loadReadable(deps, c, mode)
    const file = await readDocument(deps, row.id, c.req.param('documentId') ?? '')
    if (!file) throw new NotFoundError('No such file')
    c.header('Content-Type', file.contentType)
    c.header('Content-Disposition', contentDisposition(file.filename))
    c.header('X-Content-Type-Options', 'nosniff')
    c.header('Content-Security-Policy', 'sandbox')
    c.header('Cache-Control', 'private, no-store')
    return c.body(file.bytes as Uint8Array<ArrayBuffer>)
  })
}

/** A size as people read it: "10 МБ", "2 КБ" (one decimal when it is not whole). */
export function formatSize(t: T, bytes: number): string {
  const mb = bytes / (1024 * 1024)
  const round = (n: number) => String(Math.round(n * 10) / 10)
  return mb >= 1
    ? t('intake:units.mb', { n: round(mb) })
    : t('intake:units.kb', { n: round(Math.max(bytes / 1024, 0.1)) })
}

function uploadError(
  c: Context<AppEnv>,
  deps: IntakeRouteDeps,
  mode: Mode,
  f: DraftFacts,
  document: string,
  problem: UploadProblem,
) {
  const t = c.var.t
  const message = t(`intake:documents.errors.${problem}`, {
    max: formatSize(t, deps.limits.maxFileBytes),
    total: formatSize(t, deps.limits.maxApplicationBytes),
  })
  const known = document === 'other' || f.ctx.uploads.some((d) => d.id === document)
  return documentsPage(c, deps, mode, f, { [`file-${known ? document : 'other'}`]: message })
}

function documentsPage(
  c: Context<AppEnv>,
  deps: IntakeRouteDeps,
  mode: Mode,
  f: DraftFacts,
  errors: FieldErrors,
) {
  const { t, lang } = c.var
  const hasErrors = Object.keys(errors).length > 0
  if (hasErrors) c.status(422)
  const base = `${basePath(lang, mode)}/${f.row.id}`
  const fileOf = (d: DocumentRow) => ({
    id: d.id,
    name: d.display_name,
    details: t('intake:documents.details', {
      size: formatSize(t, Number(d.size)),
      hash: d.sha256.slice(0, 12),
    }),
    href: `${base}/documents/${d.id}`,
    removeAction: `${base}/documents/${d.id}/removal`,
    replaceAction: `${base}/documents/${d.id}/replacement`,
  })
  const items = checklist(t, lang, f).map((item) => ({
    ...item,
    files: item.files.map(fileOf),
    error: fieldError(errors, `file-${item.id}`, t),
  }))
  return c.render(
    <DocumentsPage
      caption={f.ctx.regulation.name[lang]}
      title={t('intake:documents.title')}
      errorTitle={t('form.errorSummaryTitle')}
      errors={errorItems(errors, items.map((i) => `file-${i.id}`))}
      lead={t(mode === 'portal' ? 'intake:documents.lead' : 'intake:documents.leadOffice')}
      limits={t('intake:documents.limits', {
        max: formatSize(t, deps.limits.maxFileBytes),
        total: formatSize(t, deps.limits.maxApplicationBytes),
      })}
      reference={f.ctx.documentsByReference && f.ctx.sub.documents.status === 'standard_reference'
        ? t('intake:documents.reference', { reference: f.ctx.sub.documents.reference[lang] })
        : undefined}
      action={`${base}/documents`}
      csrf={c.var.csrfToken()}
      items={items}
      fromRegistry={f.ctx.registryItems.map((d) => d.name[lang])}
      request={f.ctx.requestItems.map((d) => d.name[lang])}
      texts={{
        chooseFile: t('intake:documents.chooseFile'),
        upload: t('intake:documents.upload'),
        replace: t('intake:documents.replace'),
        replaceLabel: t('intake:documents.replaceLabel'),
        remove: t('intake:documents.remove'),
        download: t('intake:documents.download'),
        continue: t('intake:continue'),
        fromRegistryTitle: t('intake:documents.fromRegistry'),
        requestTitle: t('intake:documents.request'),
      }}
      continueHref={taskListPath(lang, mode, f.row.id)}
      back={{ href: taskListPath(lang, mode, f.row.id), text: t('intake:backToTasks') }}
    />,
    { title: t('intake:documents.title'), hasErrors },
  )
}
