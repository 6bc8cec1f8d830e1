/**
 * @module review
 * The provider's workflow: a submitted application becomes a case that moves through the route
 * of its regulation version (catalog data, never code) one allowed action at a time, with a
 * deadline per step and overall in working time (sla), worklists, the case page, deadline
 * notifications and the deemed-issued rule.
 *
 * Hand-offs: intake calls {@link registerCase} (wired as its `onSubmitted`); approval and
 * issuance register {@link registerStepHandler}s for their kinds of step and finish them with
 * {@link completeStep}; a signed decision and a license deemed issued go forward through the
 * `onDecisionSigned` / `onDeemedIssued` callbacks of {@link ReviewDeps}, kept as rows until
 * delivered.
 */

/** Dependencies, the application it registers, the actor, the ports it is given. */
export type {
  Actor,
  ApplicationDocument,
  ApplicationInput,
  DecisionSigned,
  DeemedIssued,
  Officer,
  ReviewDeps,
  SignatureRequests,
} from './types.ts'
/** Opens the case of a submitted application; returns the overall deadline (`readyAt`). */
export { registerCase, type Registered } from './register.ts'
/** Completes the current step (used by the pages and by step handlers of other modules). */
export { completeStep, type CompleteStepInput, type StepResult } from './engine.ts'
/** Step handlers: approval handles `approval` steps, issuance `issue` steps. */
export {
  type EnteredStep,
  registerStepHandler,
  type StepHandler,
  type StepNotice,
} from './handlers.ts'
/** One case's state; the applicant's progress list for the cabinet. */
export { type CaseProgress, caseProgress, type CaseSummary, getCase } from './progress.ts'
/** Pausing and resuming the clocks. */
export { pauseCase, resumeCase } from './pause.ts'
/** Why an action was refused. */
export {
  ActionConflictError,
  ActionForbiddenError,
  CaseChangedError,
  CaseNotFoundError,
} from './errors.ts'
/** The periodic jobs (deadline notifications, deemed issued, hand-offs), for `startJobs`. */
export { reviewJobs } from './jobs.ts'
export { runDeadlineAlerts } from './alerts.ts'
export { runDeemedIssued } from './deemed.ts'
export { deliverPending } from './handoffs.ts'
/** Which organisation provides each regulation; the demo mapping. */
export { demoProviders, mapProviders, providerOf } from './providers.ts'
/** The administrator's mapping of regulations to providers: settings, saving (audited), pages. */
export {
  type AdminActor,
  type ProviderChoice,
  type ProviderProblem,
  providerSettings,
  setProvider,
  setProviders,
  type SetProvidersResult,
} from './providers-admin.ts'
export { access as providersAccess, providersRoutes } from './providers-routes.tsx'
/** The quality team's workflow figures: timeliness overall and per step, refusals by ground. */
export {
  type ReviewStatistics,
  type StatisticsFilter,
  UNCITED,
  workflowStatistics,
} from './statistics.ts'
/** The pages (worklist, case, notifications, step actions) and who may use them. */
export { access, routes } from './routes.tsx'
/** The review module's tables, for src/db/database.ts. */
export type { ReviewTables } from './tables.ts'
