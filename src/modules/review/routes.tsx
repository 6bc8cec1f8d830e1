/**
 * The review pages: worklists, the case page, its files, the notifications, and one POST per
 * step action. Who may call each is in `access`; whose case it is, and whether the step is
 * theirs, the services check (a case of another organisation is a 404).
 */
import { Hono } from 'hono'
import type { AccessRules } from '../../http/access.ts'
import type { AppEnv } from '../../http/env.ts'
import { actionRoutes } from './action-routes.tsx'
import { caseRoutes } from './case-routes.tsx'
import type { ReviewDeps } from './types.ts'
import { worklistRoutes } from './worklist-routes.tsx'

const OFFICERS = [
  'office_specialist',
  'head',
  'deputy_head',
  'department_head',
  'executor',
] as const
const HEADS = ['head', 'deputy_head', 'department_head'] as const
const EXECUTOR = ['executor'] as const

/** Who may use each review route. */
export const access: AccessRules = {
  'GET /:lang/worklist': OFFICERS,
  'GET /:lang/notifications': OFFICERS,
  'GET /:lang/cases/:id': OFFICERS,
  'GET /:lang/cases/:id/documents/:documentId': OFFICERS,
  'GET /:lang/cases/:id/attachments/:attachmentId': OFFICERS,
  'POST /:lang/cases/:id/registration': ['office_specialist'],
  'POST /:lang/cases/:id/assignment': HEADS,
  'POST /:lang/cases/:id/completeness': EXECUTOR,
  'POST /:lang/cases/:id/inspection': EXECUTOR,
  'POST /:lang/cases/:id/test-schedule': EXECUTOR,
  'POST /:lang/cases/:id/notification': EXECUTOR,
  'POST /:lang/cases/:id/test-result': EXECUTOR,
  'POST /:lang/cases/:id/draft': EXECUTOR,
  'POST /:lang/cases/:id/decision': EXECUTOR,
  'POST /:lang/cases/:id/signature-request': ['head'],
  'POST /:lang/cases/:id/signature': ['head'],
  'POST /:lang/cases/:id/pause': EXECUTOR,
  'POST /:lang/cases/:id/resumption': EXECUTOR,
  'POST /:lang/cases/:id/reassignment': HEADS,
}

/** The review pages, mounted at the root of the language sub-app. */
export function routes(deps: ReviewDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.route('/', worklistRoutes(deps))
  app.route('/', caseRoutes(deps))
  app.route('/', actionRoutes(deps))
  return app
}
