/**
 * @module survey
 * The "quality" and "accessibility" survey of the regulations (SERVICES.md §5): the
 * questionnaire in the wording of the case's regulation version, answered once per case by a
 * one-time link from the result notice or in the cabinet, at a kiosk in the provider's office,
 * or transcribed from paper by the quality team; and the quality team's indicators (Wilson
 * intervals, monthly trend, timeliness, refusals, interested authorities), CSV exports and a
 * printable report.
 */
/** Dependencies and the ports src/app.ts fills (review's cases, providers, statistics). */
export type {
  Bilingual,
  SurveyCase,
  SurveyDeps,
  SurveyProvider,
  WorkflowFilter,
  WorkflowStatistics,
} from './deps.ts'
export type { KioskRouteDeps } from './kiosk-routes.tsx'
/** One-time links for the result notice, and the cabinet's entries. */
export {
  cabinetSurveys,
  createSurveyLink,
  noticeLinkFor,
  type SurveyLink,
  surveyLinkFor,
} from './links.ts'
/** The ports from review and intake, and the cabinet's survey entries. */
export {
  type CaseSources,
  casesPort,
  catalogProviders,
  lifecyclePorts,
  type LifecycleSources,
  withSurveyEntries,
} from './lifecycle.ts'
/** The figures the quality pages show (for the views' types and for other reports). */
export { buildIndicators, type Indicators } from './report.ts'
export type { AnswerFilter } from './aggregate-repo.ts'
/** The indicator arithmetic and the monthly trend. */
export * from './indicators.ts'
export { monthlyTrend, monthOf, monthRange, type TrendPoint } from './trend.ts'
/** Respondents' pages (`/survey`), the kiosk (`/kiosk`), and their access rules. */
export { access as surveyAccess, surveyRoutes } from './routes.tsx'
export { access as kioskAccess, kioskRoutes } from './kiosk-routes.tsx'
/** The quality team's pages (`/quality`): indicators, exports, report, paper, kiosks, settings. */
export { access as qualityAccess, qualityRoutes } from './quality.tsx'
/** The survey's tables, for src/db/database.ts. */
export type { SurveyTables } from './tables.ts'
