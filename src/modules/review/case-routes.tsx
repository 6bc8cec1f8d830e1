/** The case page and its files: the application's documents and the officers' attachments. */
import { type Context, Hono } from 'hono'
import type { AppEnv } from '../../http/env.ts'
import { canView } from './access.ts'
import { applicationOf } from './checklists.ts'
import { CaseNotFoundError } from './errors.ts'
import { findAttachment } from './history-repo.ts'
import { actorOf, renderCase } from './pages.tsx'
import { contentDisposition, INLINE_TYPES } from './present.ts'
import { findCase } from './repo.ts'
import type { ReviewDeps } from './types.ts'

type C = Context<AppEnv>

/** The case routes, mounted with the pages. */
export function caseRoutes(deps: ReviewDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  app.get('/cases/:id', async (c) => {
    try {
      return await renderCase(c, deps, c.req.param('id'))
    } catch (error) {
      if (error instanceof CaseNotFoundError) return c.notFound()
      throw error
    }
  })

  app.get('/cases/:id/documents/:documentId', async (c) => {
    const row = await viewable(c, deps)
    const id = c.req.param('documentId')
    const listed = row && applicationOf({ row }).documents.some((d) => d.id === id)
    const file = listed ? await deps.readDocument?.(row.id, id) : undefined
    if (!file) return c.notFound()
    return fileResponse(c, file.bytes, file.contentType, file.filename)
  })

  app.get('/cases/:id/attachments/:attachmentId', async (c) => {
    const row = await viewable(c, deps)
    const file = row
      ? await findAttachment(deps.db.kysely, row.id, c.req.param('attachmentId'))
      : undefined
    if (!file) return c.notFound()
    return fileResponse(c, new Uint8Array(file.bytes), file.content_type, file.filename)
  })

  return app
}

/** The case if the viewer's organisation holds it. */
async function viewable(c: C, deps: ReviewDeps) {
  const row = await findCase(deps.db.kysely, c.req.param('id') ?? '')
  return row && canView(row, actorOf(c)) ? row : undefined
}

/**
 * A file for the browser: shown inline only when it is a PDF or an image and the viewer did not
 * ask to download it; anything else is an `application/octet-stream` download. The name is in
 * an RFC 6266 header (ASCII fallback and UTF-8), never in a way that could break the header.
 */
function fileResponse(c: C, bytes: Uint8Array, contentType: string, filename: string): Response {
  const type = contentType.toLowerCase().split(';')[0]!.trim()
  const inline = (INLINE_TYPES as readonly string[]).includes(type) && !c.req.query('download')
  c.header('Content-Type', inline ? type : 'application/octet-stream')
  c.header('Content-Disposition', contentDisposition(inline ? 'inline' : 'attachment', filename))
  c.header('Cache-Control', 'private, no-store')
  return c.body(bytes as Uint8Array<ArrayBuffer>)
}
