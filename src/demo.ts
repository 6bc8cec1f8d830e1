/**
 * Demo data for a laptop or a test stand: loaded at start when `DEMO_DATA` is on (the
 * default outside production) and the database has none yet. Never in production: the
 * configuration refuses `DEMO_DATA=true` with `NODE_ENV=production`.
 */
import type { AppDeps } from './app.ts'
import { loadIdentityDemo } from './modules/identity/index.ts'
import { loadSigningDemo } from './modules/signing/index.ts'
import { demoProviders, mapProviders } from './modules/review/index.ts'
import { loadApprovalDemo } from './modules/approval/index.ts'

/** Loads each module's demo data; each loader skips what already exists. */
export async function loadDemoData(deps: AppDeps): Promise<void> {
  const loaders: Array<(deps: AppDeps) => Promise<number>> = [
    (d) =>
      loadIdentityDemo({
        db: d.db,
        clock: d.clock,
        hasher: d.hasher,
        registries: d.registries,
        sessionIdleMinutes: d.config.sessionIdleMinutes,
        sessionAbsoluteHours: d.config.sessionAbsoluteHours,
      }),
    // The demo CA's root; demo accounts get their keys on first use (PBKDF2 under their password).
    (d) =>
      d.config.demoCa
        ? loadSigningDemo({ db: d.db, clock: d.clock, secret: d.config.sessionSecret })
        : Promise.resolve(0),
    // Which demo organisation provides each regulation's service.
    (d) => mapProviders(d, demoProviders),
    // Which organisation approves as the interested authority (Aktobe consumer protection).
    (d) => loadApprovalDemo(d),
  ]
  let created = 0
  for (const load of loaders) created += await load(deps)
  if (created > 0) deps.logger.info('demo data loaded', { records: created })
}
