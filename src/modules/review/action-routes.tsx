/**
 * One POST per action, as nested resources of the case: `/registration`, `/assignment`,
 * `/completeness`, `/inspection`, `/test-schedule`, `/notification`, `/test-result`, `/draft`,
 * `/decision`, `/signature-request`, `/signature`, `/pause`, `/resumption`, `/reassignment`.
 * Success is a 303 back to the case; a form error shows the case page again (422); a refused
 * action shows why (403/404/409) and changes nothing.
 */
import { type Context, Hono } from 'hono'
import type { AppEnv } from '../../http/env.ts'
import { seeOther } from '../../http/htmx.ts'
import { canView } from './access.ts'
import { formOutcomes, parseAction, type ParseResult, RESOURCES } from './actions.ts'
import { isCandidate } from './assign.ts'
import { readAttachment } from './attachments.ts'
import { type CaseContext, loadCase } from './context.ts'
import { checkStep, completeStep } from './engine.ts'
import { ActionConflictError, CaseNotFoundError } from './errors.ts'
import { actorOf, renderCase, renderRefusal } from './pages.tsx'
import { pauseCase, resumeCase } from './pause.ts'
import { assignmentForm } from './schema.ts'
import { completeSignature, requestSignature } from './signature.ts'
import { bodyValues, pauseRoutes } from './pause-routes.tsx'
import type { ReviewDeps } from './types.ts'

type C = Context<AppEnv>

/** The resources that complete the current step with a form. */
export const STEP_RESOURCES = [
  'registration',
  'assignment',
  'completeness',
  'inspection',
  'test-schedule',
  'notification',
  'test-result',
  'draft',
  'decision',
] as const

/** The action routes, mounted with the pages. */
export function actionRoutes(deps: ReviewDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  for (const resource of STEP_RESOURCES) {
    app.post(`/cases/:id/${resource}`, (c) => stepAction(c, deps, resource))
  }
  app.post(
    '/cases/:id/signature-request',
    (c) =>
      guarded(c, deps, 'signature', async (ctx, version) => {
        const { lang } = c.var
        const path = await requestSignature(deps, {
          caseId: ctx.row.id,
          expectedVersion: version,
          actor: actorOf(c),
          returnPath: `/cases/${ctx.row.id}`,
        })
        return seeOther(c, `/${lang}${path}`)
      }),
  )
  app.post('/cases/:id/signature', (c) =>
    guarded(c, deps, 'signature', async (ctx, version) => {
      await completeSignature(deps, {
        caseId: ctx.row.id,
        expectedVersion: version,
        actor: actorOf(c),
      })
      return seeOther(c, `/${c.var.lang}/cases/${ctx.row.id}?done=signature`)
    }))
  app.route('/', pauseRoutes(deps, { pause: pauseCase, resume: resumeCase }))
  return app
}

/** Loads the case, checks the action fits its current step, then runs `act`; refusals render. */
async function guarded(
  c: C,
  deps: ReviewDeps,
  resource: string,
  act: (ctx: CaseContext, version: number, body: Record<string, unknown>) => Promise<Response>,
): Promise<Response> {
  const id = c.req.param('id') ?? ''
  try {
    const body = await c.req.parseBody({ all: true }).catch(() => ({})) as Record<string, unknown>
    const ctx = await loadCase(deps, id)
    const actor = actorOf(c)
    if (!canView(ctx.row, actor)) throw new CaseNotFoundError(`No case "${id}" for the viewer`)
    const version = Number(body['version'])
    const misfit = () =>
      new ActionConflictError('step', `Case "${id}" is not at a step for "${resource}"`)
    // A lost race reads "changed"; an action for another step, "not this step", before the role.
    if (ctx.row.version === version && ctx.step && RESOURCES[ctx.step.kind] !== resource) {
      throw misfit()
    }
    const step = checkStep(ctx, { caseId: id, expectedVersion: version, actor })
    if (resource !== 'signature' && !formOutcomes(step, ctx.row.decision).length) throw misfit()
    return await act(ctx, version, body)
  } catch (error) {
    return await renderRefusal(c, deps, id, error)
  }
}

async function stepAction(c: C, deps: ReviewDeps, resource: string): Promise<Response> {
  return await guarded(c, deps, resource, async (ctx, version, body) => {
    const id = ctx.row.id
    const parsed = resource === 'assignment'
      ? await parseAssignment(deps, ctx, body)
      : parseAction(ctx, body, deps.clock.now())
    const file = await readAttachment(body['attachment'])
    const errors = {
      ...(parsed.ok ? {} : parsed.errors),
      ...(file.ok ? {} : { attachment: file.error }),
    }
    if (!parsed.ok || !file.ok) {
      return await renderCase(c, deps, id, { resource, values: bodyValues(body), errors })
    }
    const a = parsed.action
    await completeStep(deps, {
      caseId: id,
      expectedVersion: version,
      outcome: a.outcome,
      actor: actorOf(c),
      comment: a.comment ?? null,
      data: a.data,
      ...(a.decisionData ? { decisionData: a.decisionData } : {}),
      ...(typeof a.data['assignee'] === 'string' ? { assignee: a.data['assignee'] } : {}),
      attachments: file.file ? [file.file] : [],
    })
    return seeOther(c, `/${c.var.lang}/cases/${id}?done=${resource}`)
  })
}

async function parseAssignment(
  deps: ReviewDeps,
  ctx: CaseContext,
  body: Record<string, unknown>,
): Promise<ParseResult> {
  const r = assignmentForm.safeParse(body)
  if (!r.success) return { ok: false, errors: { assignee: 'review:errors.assigneeRequired' } }
  if (!(await isCandidate(deps, ctx.row, ctx.step!, r.data.assignee))) {
    return { ok: false, errors: { assignee: 'review:errors.assigneeInvalid' } }
  }
  return {
    ok: true,
    action: {
      version: r.data.version,
      outcome: ctx.step!.outcomes[0]!.id,
      comment: r.data.comment,
      data: { assignee: r.data.assignee },
    },
  }
}
