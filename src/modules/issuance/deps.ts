/**
 * What issuance needs from the application. The modules before it in the case's life (review,
 * intake) and signing are reached through narrow ports wired in `src/app.ts`, each a subset of
 * the public API the case-lifecycle contract names, so issuance depends on shapes, not code.
 */
import type { Db } from '../../db/connect.ts'
import type { Lang, T } from '../../i18n.ts'
import type { Clock } from '../../lib/clock.ts'
import type { Logger } from '../../lib/logger.ts'
import type { DocumentFonts } from '../documents/index.ts'
import type { Mailer } from './mail.ts'

/** Text in both languages. */
export interface Bilingual {
  readonly kk: string
  readonly ru: string
}

/** A case as review's `getCase` reports it (the part issuance reads). */
export interface CaseState {
  readonly id: string
  readonly number: string
  readonly organizationId: string
  readonly regulationVersionId: string
  readonly subService: string
  readonly state: 'active' | 'ended'
  readonly stepKind: string | null
  readonly decision: 'grant' | 'refuse' | 'return' | null
  readonly decisionData: Record<string, unknown> | null
  readonly version: number
}

/** The application as intake's `getApplication` reports it (the part issuance reads). */
export interface ApplicationFacts {
  readonly id: string
  readonly channel: 'portal' | 'office' | 'psc'
  readonly lang: 'kk' | 'ru'
  readonly applicant: {
    readonly accountId: string | null
    readonly type: 'individual' | 'sole_proprietor' | 'legal_entity'
    readonly iin: string | null
    readonly bin: string | null
    readonly name: Bilingual
    readonly address: Bilingual | null
    readonly email: string | null
  }
  /** Sub-service details: `licenseNumber`, `activitySubtypes`, `objects` are read. */
  readonly particulars: object
}

/** The officer (or the system) finishing a step, as review's `completeStep` takes it. */
export interface StepActor {
  readonly accountId: string
  readonly roles: ReadonlySet<string>
  readonly organizationId: string | undefined
  readonly name: Bilingual
}

/** review and intake, as issuance uses them. */
export interface CasePorts {
  getCase(caseId: string): Promise<CaseState | undefined>
  getApplication(caseId: string): Promise<ApplicationFacts | undefined>
  completeStep(input: {
    caseId: string
    expectedVersion: number
    outcome: string
    actor: StepActor
    data?: Record<string, unknown>
  }): Promise<unknown>
}

/** A signed request as signing's `getSignature` reports it (the part issuance reads). */
export interface SignatureFacts {
  readonly status: 'pending' | 'signed'
  readonly documentHash: string
  readonly evidence: {
    readonly checkedAt: string
    readonly certificate: { readonly serialNumber: string; readonly issuer: string }
  } | null
  readonly signer: {
    readonly name: string
    readonly iin: string | null
    readonly bin: string | null
    readonly demo: boolean
  } | null
}

/** The verifier run again over a stored signature, at the time it was received. */
export interface StoredSignatureCheck {
  readonly ok: boolean
  readonly documentHash: string
  readonly demo: boolean
}

/** signing, as issuance uses it. */
export interface SignaturePorts {
  get(requestId: string): Promise<SignatureFacts | undefined>
  /** Re-verifies the stored CMS over the stored document; undefined for an unknown request. */
  verifyStored?(requestId: string): Promise<StoredSignatureCheck | undefined>
}

/** Public look-ups allowed per client address and window. */
export interface LookupLimit {
  readonly perWindow: number
  readonly windowMinutes: number
}

/** Everything issuance needs. */
export interface IssuanceDeps {
  readonly db: Db
  readonly clock: Clock
  readonly fonts: DocumentFonts
  /** A `t` per language: documents and notices are made in both, whatever the page's. */
  readonly translator: (lang: Lang) => T
  /** Where the public reaches the service; QR codes and e-mails link to it. */
  readonly publicOrigin: string
  readonly logger?: Logger
  readonly cases: CasePorts
  readonly signatures?: SignaturePorts
  /** The satisfaction survey of a case, when the survey module is wired. */
  readonly surveyLinkFor?: (caseId: string) => Promise<string | undefined>
  /** Sends e-mail (SMTP); without it the outbox keeps every message for the administrators. */
  readonly mailer?: Mailer
  readonly lookupLimit?: LookupLimit
}
