/**
 * @module approval
 * Interested-authority approval: when a case reaches an `approval` step, a round opens; the
 * executor sends one request per authority (mapped by kind and region, or chosen where the
 * route allows) with a frozen snapshot and its own deadline in working days; the authority's
 * reviewers answer with a signed conclusion (consent or a reasoned objection; a correction
 * supersedes, both kept); the step completes through review's `completeStep` with `consent`
 * or `objection`. Silence past a deadline is escalated, or deemed agreed where the route's
 * policy says so. Statistics per authority feed the quality team.
 */

/** Dependencies, ports, the actor, the application data it sends on. */
export type {
  Actor,
  ApplicationData,
  ApplicationFile,
  ApprovalDeps,
  Authority,
  Bilingual,
} from './types.ts'
/** The handler to register with review for `approval` steps. */
export { approvalStepHandler, caseApprovalsPath } from './round.ts'
/** Sending the draft, preparing and sending conclusions, settling a round. */
export { sendForApproval, type SendInput, type SendResult } from './send.ts'
export { type ConclusionInput, prepareConclusion, type UploadedFile } from './conclude.ts'
export { type AnswerInput, sendConclusion } from './answer.ts'
export { decidedOutcome, type SettleResult, settleRound } from './settle.ts'
/** Silence past a deadline, and the job that handles it. */
export { runApprovalSilence } from './silence.ts'
export { approvalJobs } from './jobs.ts'
/** Per-authority statistics for the quality team (and the survey module). */
export {
  approvalStatistics,
  type AuthorityStatistics,
  type StatisticsFilter,
} from './statistics.ts'
/** "Under approval by …" lines for the applicant's cabinet. */
export { approvalProgress, type ProgressLine } from './progress.ts'
/** Routing of authority kinds to organisations, route policies, the demo configuration. */
export {
  type ApprovalPolicy,
  type AuthorityRoute,
  configureApprovals,
  defaultPolicy,
  demoAuthorityRoutes,
  demoPolicies,
  loadApprovalDemo,
  policyOf,
  type RoutePolicy,
} from './config.ts'
/** The administrator's routing table and route policies: settings, saving (audited), pages. */
export {
  type AdminActor,
  type ApprovalSettings,
  approvalSettings,
  type PolicyChoice,
  type PolicyRoute,
  type RouteProblem,
  setAuthorityRoute,
  setPolicies,
} from './admin.ts'
export { access as adminAccess, approvalAdminRoutes } from './admin-routes.tsx'
/** Why an action was refused. */
export { ApprovalConflictError, ApprovalNotFoundError, type ConflictReason } from './errors.ts'
/** The pages and who may use them. */
export { access, routes } from './routes.tsx'
/** The approval tables, for src/db/database.ts. */
export type { ApprovalTables } from './tables.ts'
