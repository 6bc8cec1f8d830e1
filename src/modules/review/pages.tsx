/** Rendering shared by the review routes: the case page, and the page of a refused action. */
import type { Context } from 'hono'
import { CasePageView } from '../../../views/review/cases/show.tsx'
import { ActionRefusedPage } from '../../../views/review/cases/conflict.tsx'
import type { AppEnv } from '../../http/env.ts'
import { loadCasePage } from './case-page.ts'
import { casePageProps, type FormState } from './case-view.tsx'
import { findCase } from './repo.ts'
import {
  ActionConflictError,
  ActionForbiddenError,
  CaseChangedError,
  CaseNotFoundError,
} from './errors.ts'
import { fmtTime } from './present.ts'
import type { Actor, ReviewDeps } from './types.ts'

type C = Context<AppEnv>

/** The signed-in officer as an actor. */
export function actorOf(c: C): Actor {
  const u = c.var.user!
  return {
    accountId: u.accountId,
    roles: u.roles,
    organizationId: u.organizationId,
    name: u.displayName,
  }
}

/** Renders the case page (with a failed form's input and errors, status 422). */
export async function renderCase(
  c: C,
  deps: ReviewDeps,
  caseId: string,
  form?: FormState,
): Promise<Response> {
  const page = await loadCasePage(deps, caseId, actorOf(c))
  const { t } = c.var
  const done = c.req.query('done')
  const banner = !form && done && /^[a-z-]+$/.test(done) ? t(`review:done.${done}`) : undefined
  if (form) c.status(422)
  return c.render(<CasePageView {...casePageProps(c, page, deps.clock.now(), form, banner)} />, {
    title: t('review:case.title', { number: page.ctx.row.number }),
    hasErrors: Boolean(form),
  })
}

/** The answer to a refused action: 404, 403 or 409 with why and the case as it is now. */
export async function renderRefusal(c: C, deps: ReviewDeps, caseId: string, error: unknown) {
  if (error instanceof CaseNotFoundError) return c.notFound()
  const { t, lang } = c.var
  const row = await findCase(deps.db.kysely, caseId)
  if (!row || row.organization_id !== c.var.user?.organizationId) return c.notFound()
  const why = error instanceof CaseChangedError
    ? 'changed'
    : error instanceof ActionForbiddenError || error instanceof ActionConflictError
    ? error.reason
    : undefined
  if (!why) throw error
  c.status(error instanceof ActionForbiddenError ? 403 : 409)
  const heading = t(`review:refused.${why}.title`)
  return c.render(
    <ActionRefusedPage
      heading={heading}
      body={t(`review:refused.${why}.body`)}
      nothingChanged={t('review:refused.nothingChanged')}
      stateTitle={t('review:refused.state')}
      state={[
        { key: t('review:case.status'), value: t(`status.${row.status}`) },
        {
          key: t('review:case.step'),
          value: row.step_kind ? t(`catalog:stepKinds.${row.step_kind}`) : '—',
        },
        { key: t('review:refused.updated'), value: fmtTime(row.updated_at) },
        { key: t('review:refused.version'), value: String(row.version) },
      ]}
      link={{ href: `/${lang}/cases/${row.id}`, text: t('review:refused.open') }}
    />,
    { title: heading },
  )
}
