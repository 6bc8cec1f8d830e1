/**
 * The shapes review shares with its callers: the application it registers (the subset of
 * intake's `ApplicationView` it reads), the acting officer, the dependencies, and the ports
 * other modules fill in (signature requests, documents, hand-offs).
 */
import type { Db } from '../../db/connect.ts'
import type { Clock } from '../../lib/clock.ts'
import type { Logger } from '../../lib/logger.ts'
import type { Expected } from '../signing/index.ts'

/** Text in both languages. */
export interface Bilingual {
  readonly kk: string
  readonly ru: string
}

/**
 * The application as intake hands it over at submission (a subset of its `ApplicationView`;
 * the whole object is kept as the case's snapshot). `number`, `regulationVersionId` and
 * `submittedAt` are set at submission; a draft without them cannot be registered.
 */
export interface ApplicationInput {
  readonly id: string
  readonly number: string | null
  readonly regulationId: string
  readonly regulationVersionId: string | null
  readonly subService: string
  readonly channel: 'portal' | 'office' | 'psc'
  readonly lang: 'kk' | 'ru'
  readonly applicant: {
    readonly accountId: string | null
    readonly type: 'individual' | 'sole_proprietor' | 'legal_entity'
    readonly iin: string | null
    readonly bin: string | null
    readonly name: Bilingual
    readonly address: Bilingual | null
    readonly phone: string | null
    readonly email: string | null
  }
  readonly representative?: unknown
  /** `reissueReason` (a catalog re-issue reason id) decides the re-issue class. */
  readonly particulars?: {
    readonly licenseNumber?: string | undefined
    readonly reissueReason?: string | undefined
    readonly duplicateCause?: 'lost' | 'damaged' | undefined
    readonly activitySubtypes?: readonly string[] | undefined
  }
  readonly qualificationAnswers?: { readonly confirmed: readonly string[] }
  readonly documents: ReadonlyArray<{
    readonly id: string
    readonly catalogDocumentId: string | null
    readonly name: string
    readonly contentType: string
    readonly size: number
    readonly sha256?: string
  }>
  readonly submittedAt: string | null
}

/** The officer acting, as the session knows them. */
export interface Actor {
  readonly accountId: string
  readonly roles: ReadonlySet<string>
  readonly organizationId: string | undefined
  readonly name: Bilingual
}

/** A stored file of an application, for the officers' case page. */
export interface ApplicationDocument {
  readonly bytes: Uint8Array
  readonly contentType: string
  readonly filename: string
}

/**
 * The signing module's signature requests (case-lifecycle contract), as review uses them.
 * `returnPath` and the answered `path` carry no language prefix.
 */
export interface SignatureRequests {
  create(input: {
    purpose: 'decision'
    entity: { type: string; id: string }
    document: unknown
    /** `expected` omitted: the certificate must be of the account's holder as on record. */
    signer: { accountId: string; expected?: Expected }
    returnPath: string
    title?: Bilingual
  }): Promise<{ id: string; path: string }>
  get(requestId: string): Promise<
    {
      status: 'pending' | 'signed'
      documentHash: string
      signer?: { iin?: string | null; bin?: string | null; name?: string; demo?: boolean } | null
    } | undefined
  >
}

/** Handed to issuance when the head has signed a decision. */
export interface DecisionSigned {
  readonly caseId: string
  readonly number: string
  readonly decision: 'grant' | 'refuse' | 'return'
  readonly signatureRequestId: string
  readonly documentHash: string
  readonly signedAt: string
}

/** Handed to issuance when a license is deemed issued because no decision came in time. */
export interface DeemedIssued {
  readonly caseId: string
  readonly number: string
  readonly dueAt: string
  readonly endedAt: string
  readonly source: string | null
}

/** An officer who can be appointed to a case. */
export interface Officer {
  readonly id: string
  readonly name: Bilingual
}

/** Everything review needs. Optional ports are wired in `src/app.ts` as the modules arrive. */
export interface ReviewDeps {
  readonly db: Db
  readonly clock: Clock
  readonly logger?: Logger
  /** Share of a norm's working time left at which a deadline is nearing breach (0.25). */
  readonly nearingShare?: number
  /** intake's `readDocument`; without it the case page lists documents but cannot open them. */
  readonly readDocument?: (
    applicationId: string,
    documentId: string,
  ) => Promise<ApplicationDocument | undefined>
  /** signing's requests; without them a sign step waits and says signing is not connected. */
  readonly signatures?: SignatureRequests
  readonly onDecisionSigned?: (handoff: DecisionSigned) => Promise<void>
  readonly onDeemedIssued?: (handoff: DeemedIssued) => Promise<void>
  /** Officers of an organisation holding a role (default: read from identity's tables). */
  readonly officers?: (organizationId: string, role: string) => Promise<Officer[]>
}
