/** Pausing and resuming the clocks, and reassigning the current step. */
import { type Context, Hono } from 'hono'
import type { AppEnv } from '../../http/env.ts'
import { seeOther } from '../../http/htmx.ts'
import { reassignCase } from './assign.ts'
import { actorOf, renderCase, renderRefusal } from './pages.tsx'
import { CaseChangedError } from './errors.ts'
import { checkPause, type PauseInput } from './pause.ts'
import { pauseForm, reassignForm, resumptionForm } from './schema.ts'
import type { ReviewDeps } from './types.ts'

type C = Context<AppEnv>

/** Text values of a form body to show again (files and the token left out, lists kept). */
export function bodyValues(body: Record<string, unknown>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (const [k, v] of Object.entries(body)) {
    if (k === '_csrf') continue
    if (typeof v === 'string') out[k] = v.slice(0, 10_000)
    else if (Array.isArray(v)) out[k] = v.filter((x) => typeof x === 'string').slice(0, 50)
  }
  return out
}

/** The pause, resumption and reassignment routes. */
export function pauseRoutes(
  deps: ReviewDeps,
  use: {
    pause: (deps: ReviewDeps, input: PauseInput) => Promise<void>
    resume: (deps: ReviewDeps, input: PauseInput) => Promise<void>
  },
): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.post('/cases/:id/pause', (c) =>
    run(c, deps, async (id, body) => {
      const f = pauseForm.safeParse(body)
      if (!f.success) {
        await checkPause(deps, {
          caseId: id,
          expectedVersion: Number(body['version']),
          actor: actorOf(c),
        })
        return await invalid(c, deps, id, 'pause', body, 'pauseReason', f.error)
      }
      await use.pause(deps, {
        caseId: id,
        expectedVersion: f.data.version,
        actor: actorOf(c),
        reason: f.data.pauseReason,
      })
      return seeOther(c, `/${c.var.lang}/cases/${id}?done=pause`)
    }))
  app.post('/cases/:id/resumption', (c) =>
    run(c, deps, async (id, body) => {
      const version = resumptionForm.safeParse(body).data?.version ?? 0
      await use.resume(deps, { caseId: id, expectedVersion: version, actor: actorOf(c) })
      return seeOther(c, `/${c.var.lang}/cases/${id}?done=resumption`)
    }))
  app.post('/cases/:id/reassignment', (c) =>
    run(c, deps, async (id, body) => {
      const f = reassignForm.safeParse(body)
      if (!f.success) return await invalid(c, deps, id, 'reassignment', body, 'reassignee', f.error)
      const ok = await reassignCase(deps, {
        caseId: id,
        expectedVersion: f.data.version,
        actor: actorOf(c),
        assignee: f.data.reassignee,
      })
      if (!ok) {
        return await renderCase(c, deps, id, {
          resource: 'reassignment',
          values: bodyValues(body),
          errors: { reassignee: 'review:errors.assigneeInvalid' },
        })
      }
      return seeOther(c, `/${c.var.lang}/cases/${id}?done=reassignment`)
    }))
  return app
}

async function run(
  c: C,
  deps: ReviewDeps,
  act: (id: string, body: Record<string, unknown>) => Promise<Response>,
): Promise<Response> {
  const id = c.req.param('id') ?? ''
  try {
    const body = await c.req.parseBody({ all: true }).catch(() => ({})) as Record<string, unknown>
    return await act(id, body)
  } catch (error) {
    return await renderRefusal(c, deps, id, error)
  }
}

function invalid(
  c: C,
  deps: ReviewDeps,
  id: string,
  resource: string,
  body: Record<string, unknown>,
  field: string,
  error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> },
) {
  const errors: Record<string, string> = {}
  for (const i of error.issues) {
    const f = String(i.path[0] ?? field)
    if (f === 'version') throw new CaseChangedError(id, 'The form carries no case version')
    errors[f] ??= /^review:/.test(i.message) ? i.message : 'review:errors.invalid'
  }
  return renderCase(c, deps, id, { resource, values: bodyValues(body), errors })
}
