/** What the intake services need from the application, and the adapters they talk through. */
import type { Transaction } from 'kysely'
import type { Db } from '../../db/connect.ts'
import type { Database } from '../../db/database.ts'
import type { Clock } from '../../lib/clock.ts'
import type { Registries } from '../identity/index.ts'
import type { FileStore } from './file-store.ts'
import type { PaymentGateway } from './gateway.ts'
import type { ApplicationView } from './view-types.ts'

/** A signature request as the signing module reports it (see the case-lifecycle contract). */
export interface SignatureState {
  readonly status: 'pending' | 'signed'
  readonly documentHash: string
  readonly signer?:
    | {
      readonly iin?: string | null | undefined
      readonly bin?: string | null | undefined
      readonly name?: string | undefined
      readonly demo?: boolean | undefined
    }
    | null
    | undefined
}

/** Who is expected to sign: the applicant by IIN or BIN, or the officer (any certificate). */
export type ExpectedSigner =
  | { kind: 'individual'; iin: string }
  | { kind: 'legal_entity'; bin: string }
  | { kind: 'any' }

/** Text in both languages, for the signer's summary. */
type Both = { readonly kk: string; readonly ru: string }

/** The signing module's signature requests, as intake uses them (wired in src/app.ts). */
export interface SignatureRequests {
  /** `returnPath` and the answered `path` carry no language prefix. */
  create(input: {
    purpose: 'application'
    entity: { type: string; id: string }
    document: unknown
    signer: { accountId: string; expected: ExpectedSigner }
    returnPath: string
    title?: Both
    summary?: ReadonlyArray<{ label: Both; value: Both | string }>
  }): Promise<{ id: string; path: string }>
  get(requestId: string): Promise<SignatureState | undefined>
}

/** The case's progress after submission, as review (and later issuance) reports it. */
export interface CaseProgress {
  readonly status: string
  readonly statusSince?: string | undefined
  readonly dueAt?: string | null | undefined
  readonly steps?:
    | ReadonlyArray<{
      readonly at: string
      readonly text: { kk: string; ru: string } | string
    }>
    | undefined
  readonly result?: { readonly href: string; readonly pdfHref?: string | undefined } | undefined
  readonly surveyHref?: string | undefined
}

/**
 * The transaction the hand-off runs in: what it writes commits or rolls back with the send.
 * Use `db` (or `handle`, the same transaction shaped as a `Db` for other modules' functions)
 * for every query, and open no other transaction: SQLite has one connection, so a query
 * outside this transaction would wait for it forever.
 */
export interface HandOffContext {
  readonly db: Transaction<Database>
  readonly handle: Db
  /** The instant the application was accepted: it starts the clock. */
  readonly at: Date
}

/** Limits and times, from the configuration. */
export interface IntakeLimits {
  readonly maxFileBytes: number
  readonly maxApplicationBytes: number
  readonly draftRetentionDays: number
  readonly draftNoticeDays: number
  readonly statusLookupsPerWindow: number
  readonly statusWindowMinutes: number
}

/** Dependencies of the intake services. */
export interface IntakeDeps {
  readonly db: Db
  readonly clock: Clock
  readonly registries: Registries
  readonly files: FileStore
  readonly gateway: PaymentGateway
  readonly signatures: SignatureRequests
  readonly limits: IntakeLimits
  /** Review registers the case and answers when the result is due. */
  readonly onSubmitted?:
    | ((application: ApplicationView, context: HandOffContext) => Promise<{ readyAt: string }>)
    | undefined
  /** Case progress for the cabinet; until review provides it, a sent case shows "sent". */
  readonly caseProgress?: ((ids: string[]) => Promise<Map<string, CaseProgress>>) | undefined
  /** The provider organisation of a regulation; when absent, an office serves its region. */
  readonly providerOf?: ((regulationId: string) => Promise<string | undefined>) | undefined
}
