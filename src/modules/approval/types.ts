/**
 * The shapes approval shares with its callers: its dependencies, the ports other modules fill
 * in (`src/app.ts` wires intake's application and documents), and the people who act.
 */
import type { Db } from '../../db/connect.ts'
import type { Lang, T } from '../../i18n.ts'
import type { Clock } from '../../lib/clock.ts'
import type { Logger } from '../../lib/logger.ts'
import type { ReviewDeps } from '../review/index.ts'

/** Text in both languages. */
export interface Bilingual {
  readonly kk: string
  readonly ru: string
}

/** The application as intake's `getApplication` gives it (the part approval sends on). */
export interface ApplicationData {
  readonly id: string
  readonly number: string | null
  readonly applicant: {
    readonly type: 'individual' | 'sole_proprietor' | 'legal_entity'
    readonly iin: string | null
    readonly bin: string | null
    readonly name: Bilingual
    readonly address: Bilingual | null
  }
  readonly particulars?: object
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

/** A stored file of the application (intake's `readDocument`). */
export interface ApplicationFile {
  readonly bytes: Uint8Array
  readonly contentType: string
  readonly filename: string
}

/** An organisation that can be an interested authority. */
export interface Authority {
  readonly id: string
  readonly name: Bilingual
  readonly region: string | null
}

/** Everything approval needs. Ports are wired in `src/app.ts`. */
export interface ApprovalDeps {
  readonly db: Db
  readonly clock: Clock
  readonly logger?: Logger
  /** Review's dependencies: approval completes the step through review's `completeStep`. */
  readonly review: ReviewDeps
  /** Texts for the case page's notice, the cabinet and the system's name in the history. */
  readonly translator: (lang: Lang) => T
  /** intake's `getApplication`; the snapshot sent to an authority is built from it. */
  readonly application?: (id: string) => Promise<ApplicationData | undefined>
  /** intake's `readDocument`; without it documents are listed but cannot be opened. */
  readonly readDocument?: (
    applicationId: string,
    documentId: string,
  ) => Promise<ApplicationFile | undefined>
  /** Organisations of kind `authority` (default: read from identity's table). */
  readonly authorities?: () => Promise<Authority[]>
}

/** The person acting, as the session knows them. */
export interface Actor {
  readonly accountId: string
  readonly roles: ReadonlySet<string>
  readonly organizationId: string | undefined
  readonly name: Bilingual
}
