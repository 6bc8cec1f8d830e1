/**
 * The vocabulary of verification: what is asked (purpose, expected signer), the checks made,
 * and the stable error codes. Each code has a text under `errors.<code>` in
 * `locales/{kk,ru}/signing.json`.
 */

/** Every reason a signature is refused. Stable strings: stored with evidence and translated. */
export const errorCodes = [
  'too_large',
  'malformed',
  'not_signed_data',
  'multiple_signers',
  'signer_certificate_missing',
  'unsupported_algorithm',
  'content_mismatch',
  'bad_signature',
  'untrusted_chain',
  'self_signed',
  'unsupported_extension',
  'not_yet_valid',
  'expired',
  'revoked',
  'revocation_unknown',
  'wrong_key_usage',
  'identity_missing',
  'identity_mismatch',
  'organization_mismatch',
  'not_authorized_for_entity',
] as const
/** One reason a signature is refused. */
export type ErrorCode = (typeof errorCodes)[number]

/** The checks, in the order they run; each is recorded whatever its outcome. */
export const checkNames = [
  'parse',
  'algorithm',
  'content',
  'signature',
  'chain',
  'validity',
  'revocation',
  'keyUsage',
  'identity',
] as const
/** One check. */
export type CheckName = (typeof checkNames)[number]

/** A check and its outcome; `skipped` follows the first failure. `detail` is for logs and audit. */
export interface Check {
  name: CheckName
  outcome: 'passed' | 'failed' | 'skipped'
  code?: ErrorCode
  detail?: string
}

/** What the signature is for: a document (`sign`, nonRepudiation) or a login (`auth`, clientAuth). */
export type Purpose = 'sign' | 'auth'

/**
 * Whom the document is for. An individual is matched by IIN; a legal entity by BIN, signed by
 * its first head or a person with the right to sign (and, when `iin` is given, by that person).
 * `any` (EDS login) accepts whoever signed but still needs an IIN in the certificate.
 */
export type Expected =
  | { kind: 'individual'; iin: string }
  | { kind: 'legal_entity'; bin: string; iin?: string }
  | { kind: 'any' }

/** The result of one check, before it is recorded. */
export type Outcome = { ok: true; detail?: string } | {
  ok: false
  code: ErrorCode
  detail?: string
}

/** The signer as the certificate names them, read by OID. */
export interface Signer {
  iin?: string
  bin?: string
  commonName: string
  organization?: string
  /** Certificate serial number, lower-case hex. */
  serialNumber: string
  subject: string
  issuer: string
  notBefore: Date
  notAfter: Date
  policies: string[]
  keyUsage: string[]
  extendedKeyUsage: string[]
  certificateDer: Uint8Array
}

/** One certificate of the chain, leaf first. */
export interface ChainLink {
  subject: string
  serialNumber: string
  notBefore: Date
  notAfter: Date
}

/** A signature that passed every check, with the evidence to store. */
export interface VerificationSuccess {
  ok: true
  signer: Signer
  checks: Check[]
  /** E.g. `ECDSA P-256 SHA-256`, `RSA-2048 SHA-256`. */
  algorithm: string
  /** The trusted time the checks used (our receipt time). */
  checkedAt: Date
  /** What the signer claims in `signingTime`: shown, never used to decide. */
  claimedSigningTime?: Date
  chain: ChainLink[]
  /** True when the chain ends at a demo root: every page showing it must say "demo signature". */
  demo: boolean
}

/** A refused signature: the first failed check's code, and every check made. */
export interface VerificationFailure {
  ok: false
  code: ErrorCode
  detail?: string
  checks: Check[]
  checkedAt: Date
}

/** The outcome of `verifySignature`. */
export type VerificationResult = VerificationSuccess | VerificationFailure
