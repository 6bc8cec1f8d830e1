/**
 * Start-up and periodic work: the demo CA's root made at demo-data time, and the CRL refresh
 * job that re-reads the CRL directory (every CRL_REFRESH_MINUTES) and swaps in the good ones.
 */
import type { Clock } from '../../lib/clock.ts'
import type { Logger } from '../../lib/logger.ts'
import { findCurrentRoot } from './demo-repo.ts'
import { currentDemoRoot } from './demo-root.ts'
import type { SigningDeps } from './deps.ts'
import {
  type CrlRefreshReport,
  refreshCrls,
  type TrustConfig,
  type TrustFile,
} from './trust-config.ts'

/** Makes the demo CA's root unless it exists; returns how many records it made (0 or 1). */
export async function loadSigningDemo(
  deps: Pick<SigningDeps, 'db' | 'clock' | 'secret'>,
): Promise<number> {
  const existed = await findCurrentRoot(deps.db.kysely)
  await currentDemoRoot(deps)
  return existed ? 0 : 1
}

/** What the CRL refresh needs: the trust to update, and how to read the CRL directory. */
export interface CrlRefreshDeps {
  readonly trust: TrustConfig
  readonly clock: Clock
  readonly logger: Logger
  readonly readCrls: () => Promise<TrustFile[]>
}

/**
 * Re-reads the CRL directory now. A directory that cannot be read, or a file that is not a
 * good CRL, changes nothing for that issuer: its last good CRL stays until its nextUpdate,
 * then the verifier refuses its certificates as `revocation_unknown` (fails closed).
 */
export async function refreshCrlFiles(deps: CrlRefreshDeps): Promise<CrlRefreshReport | undefined> {
  let files: TrustFile[]
  try {
    files = await deps.readCrls()
  } catch (error) {
    deps.logger.warn('CRL refresh: cannot read the CRL directory; keeping the last good CRLs', {
      error: String(error),
    })
    return undefined
  }
  const report = await refreshCrls(deps.trust, files, deps.clock.now())
  for (const f of report.failed) {
    deps.logger.warn('CRL refresh: file refused; keeping the last good CRL', f)
  }
  deps.logger.info('CRL refresh done', { loaded: report.loaded.length, kept: report.kept })
  return report
}

/**
 * The CRL refresh as a job for `src/jobs` (which ticks every 30 s): it re-reads the CRLs only
 * when `everyMinutes` have passed since its last run, since NCA's CRLs are large.
 */
export function crlRefreshJob(
  deps: CrlRefreshDeps & { readonly everyMinutes: number },
): { readonly name: string; run(now: Date): Promise<number> } {
  let last: number | undefined
  return {
    name: 'signing.refreshCrls',
    async run(now) {
      if (last !== undefined && now.getTime() - last < deps.everyMinutes * 60_000) return 0
      last = now.getTime()
      return (await refreshCrlFiles(deps))?.loaded.length ?? 0
    },
  }
}
