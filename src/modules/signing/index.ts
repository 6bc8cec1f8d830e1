/**
 * @module signing
 *
 * Electronic digital signatures (EDS, ЭЦҚ / ЭЦП) as Kazakhstan's NCA RK issues them: CMS
 * SignedData over X.509, verified on the server against configured roots, intermediates and
 * CRLs, with the IIN and BIN read from the certificate by OID. Also a demo CA that issues
 * NCA-shaped keys to demo accounts and signs on their behalf; its root is just another trusted
 * root, so demo signatures go through the same verifier and are reported with `demo: true`.
 *
 * On top of the pure verifier (WebCrypto only, runtime-neutral): signature requests that other
 * modules create (`createSignatureRequest`) and check (`getSignature`), the signing page
 * (NCALayer, file upload, demo key) with single-use nonces, stored evidence for case pages
 * (`signatureEvidence` + `evidenceView` + `views/signing/evidence.tsx`), EDS login, and the
 * trust configuration (`createTrustConfig`, `crlRefreshJob`, `trustStore`).
 */
export type { SigningDeps } from './deps.ts'
export type { SigningRouteDeps } from './http-deps.ts'
export type { SigningTables } from './tables.ts'
export { access, routes } from './routes.tsx'
export { access as loginAccess, loginRoutes } from './login-routes.tsx'
export {
  createSignatureRequest,
  expectedSignerFor,
  getSignature,
  type Localized,
  type SignatureRequestInput,
  type SignatureStatus,
  type SummaryLine,
} from './requests.ts'
export { evidenceView, type SignatureEvidence, signatureEvidence } from './evidence-view.ts'
export type { StoredEvidence } from './stored-evidence.ts'
export type { ApplicantRef } from './eds-login.ts'
export { trustStore } from './trust-store.ts'
export { type StoredSignatureCheck, verifyStoredSignature } from './reverify.ts'
export {
  createTrustConfig,
  type CrlRefreshReport,
  emptyTrustConfig,
  refreshCrls,
  type TrustConfig,
  type TrustFile,
} from './trust-config.ts'
export { type CrlRefreshDeps, crlRefreshJob, loadSigningDemo, refreshCrlFiles } from './jobs.ts'

export { canonicalBytes, canonicalJson, sha256Hex } from './canonical.ts'
export { createCrl, type RevokedEntry } from './crl-builder.ts'
export {
  createDemoIntermediate,
  createDemoRoot,
  type DemoCredential,
  type DemoRole,
  type DemoSubject,
  issueDemoCertificates,
} from './demo-ca.ts'
export { decryptPrivateKey, encryptPrivateKey, WrongPasswordError } from './key-encryption.ts'
export type { KeyAlgorithm } from './keys.ts'
export { failureMessage, type Message, messageCodes } from './messages.ts'
export {
  checkNonce,
  createNonce,
  loginChallenge,
  type NonceErrorCode,
  nonceErrorCodes,
  nonceMaxAgeMs,
  type NonceRecord,
} from './nonce.ts'
export { ncaPolicy } from './oids.ts'
export { signAttached, signDetached, type SignOptions } from './sign.ts'
export {
  createTrustStore,
  type TrustInput,
  type TrustStore,
  type TrustStoreInput,
  withCrls,
} from './trust.ts'
export {
  type ChainLink,
  type Check,
  type CheckName,
  checkNames,
  type ErrorCode,
  errorCodes,
  type Expected,
  type Purpose,
  type Signer,
  type VerificationFailure,
  type VerificationResult,
  type VerificationSuccess,
} from './types.ts'
export { maxCmsBytes } from './cms.ts'
export { fromPem, toPem } from './bytes.ts'
export { type VerifyInput, verifySignature } from './verify.ts'
