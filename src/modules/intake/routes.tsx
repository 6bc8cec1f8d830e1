/**
 * Intake's pages, put together: the portal (`/applications`), the counters
 * (`/office/applications`), the cabinet, status by number, the payment stand-in and the
 * gateway callback; and who may use each route.
 */
import { Hono } from 'hono'
import type { AccessRule, AccessRules } from '../../http/access.ts'
import type { AppEnv } from '../../http/env.ts'
import { applicantPages } from './applicant-routes.tsx'
import { cabinetRoutes } from './cabinet-routes.tsx'
import { documentPages } from './document-routes.tsx'
import { feePages } from './fee-routes.tsx'
import { DOC, ID, type IntakeRouteDeps, type Mode, rolesOf } from './http.ts'
import { officeRoutes } from './office-routes.tsx'
import { particularsPages } from './particulars-routes.tsx'
import { paymentCallbackApi, paymentRoutes } from './payment-routes.tsx'
import { receiptPages } from './receipt-routes.tsx'
import { sendPages } from './send-routes.tsx'
import { startRoutes } from './start-routes.tsx'
import { statusRoutes } from './status-routes.tsx'
import { taskPages } from './task-routes.tsx'

/** The step pages of one counter, relative to its mount. */
function applicationPages(deps: IntakeRouteDeps, mode: Mode): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  taskPages(app, deps, mode)
  applicantPages(app, deps, mode)
  particularsPages(app, deps, mode)
  documentPages(app, deps, mode)
  feePages(app, deps, mode)
  sendPages(app, deps, mode)
  receiptPages(app, deps, mode)
  return app
}

/** The portal's application pages, mounted at `/applications`. */
export function portalRoutes(deps: IntakeRouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.route('/', startRoutes(deps))
  app.route('/', applicationPages(deps, 'portal'))
  return app
}

/** The counters' application pages, mounted at `/office/applications`. */
export function counterRoutes(deps: IntakeRouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.route('/', officeRoutes(deps))
  app.route('/', applicationPages(deps, 'office'))
  return app
}

export { cabinetRoutes, paymentCallbackApi, paymentRoutes, statusRoutes }

const STEPS: ReadonlyArray<readonly [string, string, Mode?]> = [
  ['GET', ''],
  ['GET', '/applicant'],
  ['POST', '/applicant'],
  ['GET', '/representative', 'office'],
  ['POST', '/representative', 'office'],
  ['GET', '/particulars'],
  ['POST', '/particulars'],
  ['GET', '/sub-service'],
  ['POST', '/sub-service'],
  ['GET', '/documents'],
  ['POST', '/documents'],
  ['GET', `/documents/${DOC}`],
  ['POST', `/documents/${DOC}/replacement`],
  ['POST', `/documents/${DOC}/removal`],
  ['GET', '/qualification'],
  ['POST', '/qualification'],
  ['GET', '/fee'],
  ['POST', '/payment'],
  ['GET', '/check'],
  ['POST', '/signature'],
  ['GET', '/submission'],
  ['POST', '/submission'],
  ['GET', '/receipt'],
  ['GET', '/receipt.pdf'],
]

function stepAccess(mode: Mode, prefix: string): Record<string, AccessRule> {
  return Object.fromEntries(
    STEPS.filter(([, , only]) => !only || only === mode)
      .map(([method, path]) => [`${method} ${prefix}/${ID}${path}`, rolesOf[mode]]),
  )
}

/** Who may use each intake route (merged into the app's access matrix). */
export const access: AccessRules = {
  'GET /:lang/applications/new': ['applicant'],
  'POST /:lang/applications': ['applicant'],
  ...stepAccess('portal', '/:lang/applications'),
  'GET /:lang/office/applications': rolesOf.office,
  'GET /:lang/office/applications/new': rolesOf.office,
  'POST /:lang/office/applications': rolesOf.office,
  ...stepAccess('office', '/:lang/office/applications'),
  'GET /:lang/cabinet': ['applicant'],
  [`GET /:lang/cabinet/${ID}`]: ['applicant'],
  'GET /:lang/status': 'public',
  'POST /:lang/status': 'public',
  [`GET /:lang/payments/${ID}`]: ['applicant'],
  [`POST /:lang/payments/${ID}/confirmation`]: ['applicant'],
  'POST /api/v1/payments/callback': 'public',
}
