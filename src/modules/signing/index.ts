/**
 * @module signing
 *
 * Electronic digital signatures (EDS, ЭЦҚ / ЭЦП) as Kazakhstan's NCA RK issues them: CMS
 * SignedData over X.509, verified on the server against configured roots, intermediates and
 * CRLs, with the IIN and BIN read from the certificate by OID. Also a demo CA that issues
 * NCA-shaped keys to demo accounts and signs on their behalf; its root is just another trusted
 * root, so demo signatures go through the same verifier and are reported with `demo: true`.
 *
 * Everything here is pure and runtime-neutral (WebCrypto only): no database, no `node:*`.
 */

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
