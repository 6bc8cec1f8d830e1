/** The review module's periodic jobs, for `startJobs`. */
import type { Job } from '../../jobs/index.ts'
import { runDeadlineAlerts } from './alerts.ts'
import { runDeemedIssued } from './deemed.ts'
import { deliverPending } from './handoffs.ts'
import type { ReviewDeps } from './types.ts'

/** Deadline notifications, licenses deemed issued, hand-offs still to deliver. */
export function reviewJobs(deps: ReviewDeps): Job[] {
  return [
    { name: 'review.deemed-issued', run: () => runDeemedIssued(deps) },
    { name: 'review.deadline-alerts', run: () => runDeadlineAlerts(deps) },
    { name: 'review.handoffs', run: () => deliverPending(deps) },
  ]
}
