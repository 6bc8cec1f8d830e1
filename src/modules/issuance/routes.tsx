/**
 * The issued documents for their holders and the provider's officers: the list, the document
 * page in the URL's language, its PDF, and the office's record of the handover. Someone else's
 * document is a 404, as if it did not exist.
 */
import { type Context, Hono } from 'hono'
import { DocumentsPage } from '../../../views/issuance/licenses/index.tsx'
import type { AccessRules } from '../../http/access.ts'
import type { AppEnv, CurrentUser } from '../../http/env.ts'
import { seeOther } from '../../http/htmx.ts'
import { NotFoundError } from '../../lib/errors.ts'
import { parseData } from './data.ts'
import type { IssuanceDeps } from './deps.ts'
import { documentFor, documentsOf, mayHandOver, recordHandover, type Viewer } from './documents.ts'
import { showDocument } from './document-page.tsx'
import { kindTitle, shortDate } from './format.ts'
import { documentPdf } from './render.ts'
import type { DocumentRow } from './tables.ts'

const ADMIN = ['administrator'] as const

/** Who may use each issuance route (merged into the app's access matrix). */
export const access: AccessRules = {
  'GET /:lang/licenses': 'signed_in',
  'GET /:lang/licenses/:id': 'signed_in',
  'GET /:lang/licenses/:id/pdf': 'signed_in',
  'POST /:lang/licenses/:id/handover': ['office_specialist'],
  'GET /:lang/verify': 'public',
  'GET /:lang/verify/:number': 'public',
  'GET /api/v1/licenses/:number': 'public',
  'GET /:lang/admin/licenses': ADMIN,
  'GET /:lang/admin/licenses/outbox': ADMIN,
  'GET /:lang/admin/licenses/:id': ADMIN,
  'POST /:lang/admin/licenses/:id/suspension': ADMIN,
  'POST /:lang/admin/licenses/:id/resumption': ADMIN,
  'POST /:lang/admin/licenses/:id/termination': ADMIN,
}

/** The viewer of a signed-in request. */
export function viewerOf(user: CurrentUser): Viewer {
  return {
    accountId: user.accountId,
    kind: user.kind,
    roles: user.roles,
    organizationId: user.organizationId,
  }
}

/** The document pages, mounted at `/licenses` in the `/:lang` sub-app. */
export function routes(deps: IssuanceDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  app.get('/', async (c) => {
    const { t, lang } = c.var
    const docs = await documentsOf(deps, viewerOf(c.var.user!))
    return c.render(
      <DocumentsPage
        title={t('issuance:list.title')}
        caption={t('issuance:list.title')}
        head={[
          t('issuance:list.number'),
          t('issuance:list.document'),
          t('issuance:list.holder'),
          t('issuance:list.issuedOn'),
          t('issuance:list.state'),
        ]}
        empty={t('issuance:list.empty')}
        rows={docs.map((d) => ({
          href: `/${lang}/licenses/${d.id}`,
          number: d.copy_no ? `${d.number} (${d.copy_no})` : d.number,
          title: kindTitle(t, d.kind),
          holder: parseData(d.data).holder.name[lang],
          issuedOn: shortDate(d.issued_at),
          state: d.delivered_at
            ? { text: t('issuance:list.delivered'), colour: 'green' as const }
            : { text: t('issuance:list.atCounter'), colour: 'yellow' as const },
        }))}
      />,
      { title: t('issuance:list.title') },
    )
  })

  app.get('/:id', async (c) => {
    const doc = await visible(deps, c)
    return await showDocument(deps, c, doc, viewerOf(c.var.user!))
  })

  app.get('/:id/pdf', async (c) => {
    const doc = await visible(deps, c)
    const pdf = await documentPdf(deps, doc, c.var.lang)
    const name = `${doc.number}${doc.copy_no ? `-D${doc.copy_no}` : ''}-${c.var.lang}.pdf`
    return c.body(pdf, 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="${name}"`,
      'Cache-Control': 'private, no-cache',
    })
  })

  app.post('/:id/handover', async (c) => {
    const doc = await visible(deps, c)
    const user = c.var.user!
    if (!mayHandOver(doc, viewerOf(user))) {
      return await showDocument(deps, c, doc, viewerOf(user), 409)
    }
    await recordHandover(deps, doc, {
      accountId: user.accountId,
      roles: user.roles,
      organizationId: user.organizationId,
      name: user.displayName,
    })
    return seeOther(c, `/${c.var.lang}/licenses/${doc.id}?handed=1`)
  })

  return app
}

async function visible(deps: IssuanceDeps, c: Context<AppEnv>): Promise<DocumentRow> {
  const doc = await documentFor(deps, c.req.param('id') ?? '', viewerOf(c.var.user!))
  if (!doc) throw new NotFoundError('No such document for this viewer')
  return doc
}
