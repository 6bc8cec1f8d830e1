/** Kysely table types of the signing module. */
import type { Insertable, Selectable } from 'kysely'

/** What a signature request is for. */
export type RequestPurpose = 'application' | 'decision' | 'conclusion' | 'login'

/** How the signature reached us. */
export type SignatureMethod = 'ncalayer' | 'upload' | 'demo'

/** A document someone is asked to sign. */
export interface RequestsTable {
  id: string
  purpose: RequestPurpose
  entity_type: string
  entity_id: string
  /** Canonical JSON: its UTF-8 bytes are exactly what is signed. */
  document: string
  /** Lower-case hex SHA-256 of those bytes. */
  document_hash: string
  /** JSON `{ kk, ru }`: what the document is, for the signing page. */
  title: string | null
  /** JSON rows `[{ label: { kk, ru }, value: { kk, ru } | string }]`: the readable summary. */
  summary: string | null
  signer_account_id: string
  /** JSON of the verifier's `Expected`. */
  expected: string
  /** A same-site path without the language prefix, e.g. `/applications/abc/submission`. */
  return_path: string
  status: 'pending' | 'signed'
  created_at: string
  signed_at: string | null
}

/** A verified signature of one request, with the verifier's evidence. */
export interface SignaturesTable {
  id: string
  request_id: string
  method: SignatureMethod
  /** The CMS SignedData as received, base64 of its DER. */
  cms: string
  /** The signer's certificate, base64 of its DER. */
  certificate: string
  certificate_serial: string
  /** JSON: every check and its outcome, algorithm, chain, times (see `evidence.ts`). */
  evidence: string
  signer_iin: string | null
  signer_bin: string | null
  signer_name: string
  signer_organization: string | null
  /** The demo root the chain ended at; null for a configured (NCA) root. */
  demo_root_id: string | null
  document_hash: string
  verified_at: string
}

/** A one-time token that a signing or login form carries; only its SHA-256 is kept. */
export interface NoncesTable {
  hash: string
  purpose: 'sign' | 'login'
  request_id: string | null
  /** SHA-256 of the session's form token: the nonce works only in the session that got it. */
  binding: string
  document_hash: string
  issued_at: string
  expires_at: string
  used_at: string | null
}

/** A generation of the demo CA's root; a new one starts when the old key cannot be opened. */
export interface DemoRootsTable {
  id: string
  generation: number
  certificate: string
  /** PKCS#8 sealed under a key derived from the server secret (`server-key.ts`). */
  private_key: string
  created_at: string
  retired_at: string | null
}

/** A demo certificate of one account, its key sealed under the account's password. */
export interface DemoCredentialsTable {
  id: string
  account_id: string
  root_id: string
  usage: 'sign' | 'auth'
  certificate: string
  serial: string
  private_key: string
  not_after: string
  created_at: string
  revoked_at: string | null
}

/** The signing module's tables. */
export interface SigningTables {
  signing_requests: RequestsTable
  signing_signatures: SignaturesTable
  signing_nonces: NoncesTable
  signing_demo_roots: DemoRootsTable
  signing_demo_credentials: DemoCredentialsTable
}

export type RequestRow = Selectable<RequestsTable>
export type SignatureRow = Selectable<SignaturesTable>
export type NewSignatureRow = Insertable<SignaturesTable>
export type NonceRow = Selectable<NoncesTable>
export type DemoRootRow = Selectable<DemoRootsTable>
export type DemoCredentialRow = Selectable<DemoCredentialsTable>
