/** The approval module's periodic job, for `startJobs`. */
import type { Job } from '../../jobs/index.ts'
import { runApprovalSilence } from './silence.ts'
import type { ApprovalDeps } from './types.ts'

/** Silence past a deadline (notify, escalate or deem agreed); steps still to complete. */
export function approvalJobs(deps: ApprovalDeps): Job[] {
  return [{ name: 'approval.silence', run: () => runApprovalSilence(deps) }]
}
