/**
 * @module issuance
 * Result documents and the license registry. A signed decision (review's `onDecisionSigned`
 * hand-off) becomes its document: a license, re-issued license, duplicate, expert attestation
 * or accreditation certificate, or a reasoned refusal, numbered
 * `<region>-<LIC|ATT|ACC|REF>-<year>-<7 digits>` in the transaction that records it, with its
 * canonical data stored so the HTML page and the PDF in Kazakh and Russian are re-rendered
 * identically. A license deemed issued (review's `onDeemedIssued`) is recorded the same way.
 * Portal results reach the cabinet at once; office results are handed over at the counter
 * (the `issue` step). Public verification at `/:lang/verify` and `GET /api/v1/licenses/:number`;
 * the registry's administration at `/admin/licenses`; e-mail notices through an outbox.
 */

/** What issuance needs; the ports to review, intake and signing. */
export type {
  ApplicationFacts,
  CasePorts,
  CaseState,
  IssuanceDeps,
  LookupLimit,
  SignatureFacts,
  SignaturePorts,
  StepActor,
  StoredSignatureCheck,
} from './deps.ts'
/** The hand-offs from review: a signed decision, a license deemed issued. */
export {
  type DecisionSignedInput,
  type DeemedIssuedInput,
  issueDeemed,
  issueSignedDecision,
  UnconfirmedSignatureError,
} from './issue.ts'
/** The handler of `issue` steps, for review's `registerStepHandler`. */
export { issueStepHandler, type IssueStepNotice } from './step.ts'
/** The results of cases for the applicant's cabinet (review's `caseProgress`). */
export { type CaseResult, caseResults } from './documents.ts'
/** The canonical data of a document, and its rendering. */
export type { IssuedData } from './data.ts'
export { documentHtml, documentPdf } from './render.ts'
/** Number format and parsing. */
export { parseLicenseNumber, regionCodes } from './numbers.ts'
/** Public verification. */
export {
  DEFAULT_LOOKUP_LIMIT,
  type LookupAnswer,
  lookupLicense,
  type PublicLicense,
} from './verify.ts'
/** E-mail: the port, the SMTP client over a platform socket, the outbox job. */
export type { Mailer, OutgoingMail } from './mail.ts'
export { type SmtpConnect, type SmtpConnection, smtpMailer } from './smtp.ts'
export { deliverOutbox, issuanceJobs } from './outbox.ts'
/** Pages (`/licenses`, `/verify`, `/admin/licenses`) and the JSON API (`/api/v1`). */
export { access, routes } from './routes.tsx'
export { verifyRoutes } from './verify-routes.tsx'
export { adminRoutes } from './admin-routes.tsx'
export { licensesApi } from './api.ts'
/** The module's tables, for src/db/database.ts. */
export type { IssuanceTables } from './tables.ts'
