/** Small helpers the step pages share: open a draft with its facts, answer a step save. */
import type { Context } from 'hono'
import type { AppEnv } from '../../http/env.ts'
import { seeOther } from '../../http/htmx.ts'
import { NotFoundError } from '../../lib/errors.ts'
import type { SaveOutcome } from './drafts.ts'
import { basePath, type IntakeRouteDeps, loadDraft, type Mode, sentPath } from './http.ts'
import type { DraftFacts } from './readiness.ts'
import { draftFacts } from './submission.ts'

/** Runs `page` with the draft's facts; a sent application redirects to where it is shown. */
export async function withDraft(
  deps: IntakeRouteDeps,
  c: Context<AppEnv>,
  mode: Mode,
  page: (facts: DraftFacts) => Response | Promise<Response>,
): Promise<Response> {
  const row = await loadDraft(deps, c, mode)
  if (!row) return seeOther(c, sentPath(c.var.lang, mode, c.req.param('id') ?? ''))
  const facts = await draftFacts(deps, row)
  if (!facts) throw new NotFoundError(`The service of application "${row.id}" is gone`)
  return await page(facts)
}

/** The task list of a draft. */
export function taskListPath(lang: string, mode: Mode, id: string): string {
  return `${basePath(lang, mode)}/${id}`
}

/**
 * After a step save: back to the task list; to the sent application if it was sent meanwhile;
 * on a conflict, the page again with the person's input and a notice (status 409).
 */
export function afterSave(
  c: Context<AppEnv>,
  mode: Mode,
  id: string,
  outcome: SaveOutcome,
  onConflict: () => Response | Promise<Response>,
): Response | Promise<Response> {
  if (outcome === 'saved') return seeOther(c, taskListPath(c.var.lang, mode, id))
  if (outcome === 'sent') return seeOther(c, sentPath(c.var.lang, mode, id))
  c.status(409)
  return onConflict()
}

/** The person's text input, to put back into a form (no files, no tokens). */
export function kept(values: Record<string, unknown>, field: string): string {
  const v = values[field]
  return typeof v === 'string' ? v.slice(0, 1000) : ''
}

/** Checkbox values as sent: one string, several, or none. */
export function keptMany(values: Record<string, unknown>, field: string): string[] {
  const v = values[field]
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v]
  return list.filter((x): x is string => typeof x === 'string').slice(0, 50)
}

/** The draft version a form carried, or the current one when it is missing or broken. */
export function keptVersion(values: Record<string, unknown>, current: number): number {
  const v = Number(values['version'])
  return Number.isInteger(v) && v > 0 ? v : current
}
