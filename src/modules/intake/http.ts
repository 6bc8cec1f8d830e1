/**
 * Route glue shared by intake's pages: the two counters the step pages serve (the applicant's
 * portal and an officer's office or PSC), who may open which application, and the actor for
 * the audit trail. Someone else's application is a 404, never a hint that it exists.
 */
import type { Context } from 'hono'
import type { AccessRule } from '../../http/access.ts'
import type { AppEnv, CurrentUser } from '../../http/env.ts'
import type { Lang, T } from '../../i18n.ts'
import { NotFoundError } from '../../lib/errors.ts'
import type { DocumentFonts } from '../documents/index.ts'
import type { IntakeDeps } from './deps.ts'
import type { Actor } from './drafts.ts'
import type { ApplicationRow } from './tables.ts'
import { applicationById } from './view.ts'

/** What intake's routes need besides the services' dependencies. */
export interface IntakeRouteDeps extends IntakeDeps {
  /** A `t` for any language: receipts are in the request's language, whatever the page's. */
  readonly translator: (lang: Lang) => T
  readonly fonts: DocumentFonts
}

/** Which counter a set of step pages serves. */
export type Mode = 'portal' | 'office'

/**
 * The application and document parameters. `…/applications/new` is registered before
 * `…/applications/:id`, so "new" never reaches a step page; both have the same rule.
 */
export const ID = ':id'
export const DOC = ':documentId'

/** Who may use the pages of a mode. */
export const rolesOf: Record<Mode, AccessRule> = {
  portal: ['applicant'],
  office: ['office_specialist', 'psc_operator'],
}

/** The path prefix of a mode's application pages. */
export function basePath(lang: string, mode: Mode): string {
  return mode === 'portal' ? `/${lang}/applications` : `/${lang}/office/applications`
}

/** The signed-in person as the audit trail records them. */
export function actorOf(c: Context<AppEnv>): Actor {
  const user = c.var.user!
  return {
    accountId: user.accountId,
    role: [...user.roles][0] ?? user.kind,
    organizationId: user.organizationId ?? null,
    ip: c.var.clientAddress ?? null,
    requestId: c.var.requestId ?? null,
  }
}

/** True when the person may change this application on this counter. */
export function mayEdit(row: ApplicationRow, user: CurrentUser, mode: Mode): boolean {
  if (mode === 'portal') {
    return row.channel === 'portal' && row.applicant_account_id === user.accountId
  }
  return row.channel !== 'portal' && row.organization_id !== null &&
    row.organization_id === user.organizationId
}

/** True when the person may read it: its editor, or the applicant it was sent for. */
export function mayRead(row: ApplicationRow, user: CurrentUser, mode: Mode): boolean {
  if (mayEdit(row, user, mode)) return true
  if (mode !== 'portal' || !row.submitted_at) return false
  return user.bin ? row.applicant_bin === user.bin : !!user.iin && row.applicant_iin === user.iin
}

/** The application named in the path, if the person may read it; otherwise a 404. */
export async function loadReadable(
  deps: IntakeDeps,
  c: Context<AppEnv>,
  mode: Mode,
): Promise<ApplicationRow> {
  const row = await applicationById(deps, c.req.param('id') ?? '')
  if (!row || !mayRead(row, c.var.user!, mode)) throw new NotFoundError('No such application')
  return row
}

/** The draft named in the path for editing: a 404 for anyone else; undefined once it is sent. */
export async function loadDraft(
  deps: IntakeDeps,
  c: Context<AppEnv>,
  mode: Mode,
): Promise<ApplicationRow | undefined> {
  const row = await applicationById(deps, c.req.param('id') ?? '')
  if (!row || !mayEdit(row, c.var.user!, mode)) throw new NotFoundError('No such application')
  return row.submitted_at ? undefined : row
}

/** Where a sent application is shown on this counter. */
export function sentPath(lang: string, mode: Mode, id: string): string {
  return mode === 'portal' ? `/${lang}/cabinet/${id}` : `${basePath(lang, mode)}/${id}/receipt`
}
