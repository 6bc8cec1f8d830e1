/** The quality team's pages under `/quality`: indicators and exports, paper entry, kiosks, settings. */
import { Hono } from 'hono'
import type { AccessRules } from '../../http/access.ts'
import type { AppEnv } from '../../http/env.ts'
import { access as adminAccess, adminRoutes } from './admin-routes.tsx'
import type { KioskRouteDeps } from './kiosk-routes.tsx'
import { access as paperAccess, paperRoutes } from './paper-routes.tsx'
import { access as indicatorAccess, indicatorRoutes } from './quality-routes.tsx'

/** Who may use the quality team's pages. */
export const access: AccessRules = { ...indicatorAccess, ...paperAccess, ...adminAccess }

/** The quality team's pages, mounted at `/quality`. */
export function qualityRoutes(deps: KioskRouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.route('/paper', paperRoutes(deps))
  app.route('/', adminRoutes(deps))
  app.route('/', indicatorRoutes(deps))
  return app
}
