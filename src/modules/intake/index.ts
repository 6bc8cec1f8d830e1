/**
 * @module intake
 * The application until it is sent, and the applicant's cabinet: drafts on the server (every
 * step saved on submit), the documents checklist with uploads checked by content, the fee
 * through the payment gateway adapter (or a receipt at the counter), the applicant's (or the
 * officer's) EDS signature through the signing module, the idempotent send with its
 * registration number and receipt, the cabinet, status by number, and the office and PSC
 * counters. Review receives each sent application through the `onSubmitted` hand-off.
 */

/** The application as review and later modules read it. */
export type {
  ApplicantView,
  ApplicationView,
  Bilingual,
  DocumentView,
  Particulars,
  PaymentView,
  Representative,
} from './view-types.ts'
/** What intake needs, and the ports it talks through (wired in src/app.ts). */
export type {
  CaseProgress,
  ExpectedSigner,
  HandOffContext,
  IntakeDeps,
  IntakeLimits,
  SignatureRequests,
  SignatureState,
} from './deps.ts'
export type { IntakeRouteDeps } from './http.ts'
/** An application by id (draft or sent), as review reads it. */
export { getApplication } from './view.ts'
/** A file of an application; the caller checks who may read it. */
export { readDocument } from './documents.ts'
/** The job that removes drafts untouched for the retention period. */
export { removeStaleDrafts, type RetentionDeps } from './retention.ts'
/** The file store interface and its database implementation. */
export { databaseFileStore, type FileStore } from './file-store.ts'
/** The payment gateway interface, its local stand-in, and the HMAC check a gateway's notice gets. */
export {
  CALLBACK_PATH,
  type LocalPaymentGateway,
  localPaymentGateway,
  type PaymentGateway,
  type PaymentNotice,
  SIGNATURE_HEADER,
  verifyNotice,
} from './gateway.ts'
/** The pages (mount points in the comments of routes.tsx) and who may use them. */
export {
  access,
  cabinetRoutes,
  counterRoutes,
  paymentCallbackApi,
  paymentRoutes,
  portalRoutes,
  statusRoutes,
} from './routes.tsx'
/** The intake tables, for src/db/database.ts. */
export type { IntakeTables } from './tables.ts'
