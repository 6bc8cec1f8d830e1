/** The receipt of a sent application: a printable page and a PDF, in the request's language. */
import type { Context, Hono } from 'hono'
import { ReceiptPage } from '../../../views/intake/applications/receipt.tsx'
import type { AppEnv } from '../../http/env.ts'
import { NotFoundError } from '../../lib/errors.ts'
import { htmlDocument, renderPdf } from '../documents/index.ts'
import { progressOf } from './cabinet.ts'
import { contextOf } from './context.ts'
import { basePath, ID, type IntakeRouteDeps, loadReadable, type Mode } from './http.ts'
import { receiptModel } from './receipt.ts'
import { getApplication } from './view.ts'

/** Registers the receipt page and its PDF. */
export function receiptPages(app: Hono<AppEnv>, deps: IntakeRouteDeps, mode: Mode): void {
  app.get(`/${ID}/receipt`, async (c) => {
    const { t, lang } = c.var
    const model = await modelOf(c, deps, mode)
    const base = `${basePath(lang, mode)}/${c.req.param('id')}`
    const links = [{ href: `${base}/receipt.pdf`, text: t('intake:receipt.pdf') }]
    links.push(
      mode === 'portal'
        ? { href: `/${lang}/cabinet/${c.req.param('id')}`, text: t('intake:receipt.toCase') }
        : { href: basePath(lang, mode), text: t('intake:office.back') },
    )
    return c.render(
      <ReceiptPage
        document={htmlDocument(model)}
        banner={c.req.query('sent')
          ? { title: t('intake:receipt.sentTitle'), text: t('intake:receipt.sentText') }
          : undefined}
        links={links}
        printHint={t(
          mode === 'portal' ? 'intake:receipt.printHint' : 'intake:receipt.printHintOffice',
        )}
      />,
      { title: t('intake:receipt.pageTitle', { number: model.meta[0]?.value ?? '' }) },
    )
  })

  app.get(`/${ID}/receipt.pdf`, async (c) => {
    const model = await modelOf(c, deps, mode)
    const pdf = await renderPdf(model, deps.fonts)
    c.header('Content-Type', 'application/pdf')
    c.header(
      'Content-Disposition',
      `attachment; filename="receipt-${model.meta[0]?.value ?? 'application'}.pdf"`,
    )
    c.header('X-Content-Type-Options', 'nosniff')
    return c.body(pdf)
  })
}

async function modelOf(c: Context<AppEnv>, deps: IntakeRouteDeps, mode: Mode) {
  const row = await loadReadable(deps, c, mode)
  const view = await getApplication(deps, row.id)
  const ctx = await contextOf(deps, row)
  if (!view?.number || !view.submittedAt || !ctx) throw new NotFoundError('No receipt yet')
  const progress = row.ready_at ? undefined : (await progressOf(deps, [row.id])).get(row.id)
  const readyAt = row.ready_at ?? progress?.dueAt ?? null
  const submitted = { ...view, number: view.number, submittedAt: view.submittedAt }
  return receiptModel(deps.translator(row.lang), submitted, ctx, readyAt)
}
