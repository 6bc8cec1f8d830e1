/**
 * The approval pages: the approvals list, an authority's request page with its conclusion,
 * correction, documents and attachments, and the provider's page of a case's approvals. Who may
 * call each route is in `access`; whose request or case it is, the services check (404).
 */
import { Hono } from 'hono'
import type { AccessRules } from '../../http/access.ts'
import type { AppEnv } from '../../http/env.ts'
import { caseRoutes } from './case-routes.tsx'
import { inboxRoutes } from './inbox-routes.tsx'
import { requestRoutes } from './request-routes.tsx'
import type { ApprovalDeps } from './types.ts'

const REVIEWER = ['authority_reviewer'] as const
const PROVIDER = ['executor', 'head', 'deputy_head', 'department_head'] as const

/** Who may use each approval route. */
export const access: AccessRules = {
  'GET /:lang/approvals': [...REVIEWER, ...PROVIDER],
  'GET /:lang/approvals/:id': REVIEWER,
  'POST /:lang/approvals/:id/conclusion': REVIEWER,
  'GET /:lang/approvals/:id/correction': REVIEWER,
  'POST /:lang/approvals/:id/correction': REVIEWER,
  'POST /:lang/approvals/:id/answer': REVIEWER,
  'GET /:lang/approvals/:id/documents/:documentId': REVIEWER,
  'GET /:lang/approvals/:id/attachments/:attachmentId': [...REVIEWER, ...PROVIDER],
  'GET /:lang/cases/:id/approvals': PROVIDER,
  'POST /:lang/cases/:id/approvals': ['executor', 'head'],
}

/** The approval pages, mounted at the root of the language sub-app. */
export function routes(deps: ApprovalDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.route('/', inboxRoutes(deps))
  app.route('/', requestRoutes(deps))
  app.route('/', caseRoutes(deps))
  return app
}
