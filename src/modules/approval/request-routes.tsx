/**
 * The authority's pages of one request: the page, the conclusion (prepared, then signed and
 * sent), the correction, the selected documents and the attachments. A request of another
 * authority is a 404; an action that no longer fits is a 409 that says why; bad input is a 422
 * with the input kept.
 */
import { type Context, Hono } from 'hono'
import { CorrectionPage } from '../../../views/approval/correction.tsx'
import type { AppEnv } from '../../http/env.ts'
import { errorItems, fieldErrors, keptValues } from '../../http/forms.ts'
import { seeOther } from '../../http/htmx.ts'
import { sendConclusion } from './answer.ts'
import { checkPreparable, prepareConclusion } from './conclude.ts'
import { ApprovalConflictError } from './errors.ts'
import { readConclusionAttachment, readSentDocument } from './files.ts'
import { actorOf, conclusionItem, fileResponse } from './present.ts'
import { loadRequestPage } from './queries.ts'
import { fieldErrorsOf, type FormState, renderRequest } from './request-view.tsx'
import { answerForm, conclusionForm } from './schema.ts'
import type { ApprovalDeps } from './types.ts'
import { readAttachments } from './uploads.ts'

type C = Context<AppEnv>

/** The routes under `/approvals/:id`. */
export function requestRoutes(deps: ApprovalDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.get('/approvals/:id', (c) => renderRequest(c, deps, c.req.param('id')))

  app.post('/approvals/:id/conclusion', (c) => conclude(c, deps, false))
  app.get('/approvals/:id/correction', (c) => renderCorrection(c, deps))
  app.post('/approvals/:id/correction', (c) => conclude(c, deps, true))

  app.post('/approvals/:id/answer', async (c) => {
    const id = c.req.param('id')
    const form = answerForm.safeParse(await c.req.parseBody())
    if (!form.success) return await renderRequest(c, deps, id, { conflict: 'changed' })
    return await refusable(c, deps, id, async () => {
      await sendConclusion(deps, {
        requestId: id,
        conclusionId: form.data.conclusion,
        version: form.data.version,
        actor: actorOf(c),
      })
      return seeOther(c, `/${c.var.lang}/approvals/${id}?done=sent`)
    })
  })

  app.get(
    '/approvals/:id/documents/:documentId',
    async (c) =>
      fileResponse(
        c,
        await readSentDocument(deps, {
          requestId: c.req.param('id'),
          documentId: c.req.param('documentId'),
          viewer: actorOf(c),
        }),
      ),
  )
  app.get(
    '/approvals/:id/attachments/:attachmentId',
    async (c) =>
      fileResponse(
        c,
        await readConclusionAttachment(deps, {
          requestId: c.req.param('id'),
          attachmentId: c.req.param('attachmentId'),
          viewer: actorOf(c),
        }),
      ),
  )
  return app
}

/** Reads and checks the conclusion form; prepares the conclusion and goes to sign it. */
async function conclude(c: C, deps: ApprovalDeps, correction: boolean): Promise<Response> {
  const id = c.req.param('id')!
  const body = await c.req.parseBody({ all: true })
  return await refusable(c, deps, id, async () => {
    // Another authority's request is a 404 and an answered one a 409, before the form is read.
    await checkPreparable(deps, { requestId: id, actor: actorOf(c), correction })
    const parsed = conclusionForm.safeParse(body)
    const files = await readAttachments(body)
    const errors = { ...(parsed.success ? {} : fieldErrors(parsed.error, c.var.t)) }
    if (!files.ok) errors['attachments'] = c.var.t(files.error)
    if (!parsed.success || !files.ok) {
      const form = { values: keptValues(body), errors }
      return correction
        ? await renderCorrection(c, deps, form)
        : await renderRequest(c, deps, id, { form })
    }
    const { signPath } = await prepareConclusion(deps, {
      requestId: id,
      actor: actorOf(c),
      verdict: parsed.data.verdict,
      text: parsed.data.text,
      requirements: parsed.data.verdict === 'objection' ? parsed.data.requirements : [],
      attachments: files.files,
      correction,
    })
    return seeOther(c, `/${c.var.lang}${signPath}`)
  })
}

/** Runs an action; a refusal shows the request page as it is now, with why (409). */
async function refusable(c: C, deps: ApprovalDeps, id: string, act: () => Promise<Response>) {
  try {
    return await act()
  } catch (error) {
    if (error instanceof ApprovalConflictError) {
      return await renderRequest(c, deps, id, { conflict: error.reason })
    }
    throw error
  }
}

async function renderCorrection(c: C, deps: ApprovalDeps, form?: FormState): Promise<Response> {
  const id = c.req.param('id')!
  const page = await loadRequestPage(deps, id, actorOf(c))
  if (!page.row.outcome || page.row.outcome === 'deemed_agreed' || page.row.withdrawn_at) {
    return await renderRequest(c, deps, id, {
      conflict: page.row.withdrawn_at ? 'withdrawn' : page.row.outcome ? 'deemed' : 'notAnswered',
    })
  }
  const { t, lang } = c.var
  const base = `/${lang}/approvals/${id}`
  const current = page.conclusions.find((v) => v.row.id === page.row.conclusion_id)
  if (form) c.status(422)
  return c.render(
    <CorrectionPage
      t={t}
      backHref={base}
      number={page.row.case_number}
      current={current && conclusionItem(t, current, (a) => `${base}/attachments/${a}`)}
      errors={form
        ? errorItems(form.errors, ['verdict', 'text', 'requirements', 'attachments'])
        : []}
      form={{
        heading: t('approval:correction.formTitle'),
        action: `${base}/correction`,
        csrf: c.var.csrfToken(),
        submitText: t('approval:form.submit'),
        values: form?.values ?? {},
        errors: fieldErrorsOf(c, form),
      }}
    />,
    {
      title: t('approval:correction.title', { number: page.row.case_number }),
      hasErrors: Boolean(form),
    },
  )
}
