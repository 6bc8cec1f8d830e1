/** The shapes intake shows to other modules (review and later) and keeps as JSON. */

/** Text in both languages. */
export interface Bilingual {
  readonly kk: string
  readonly ru: string
}

/**
 * What the sub-service needs besides the documents (SERVICES.md §1.3 para 11). A type alias,
 * not an interface, so readers may take it as a plain record.
 */
export type Particulars = {
  /** The license being re-issued or duplicated. */
  readonly licenseNumber?: string | undefined
  /** Re-issue: a reason id from the catalog, or the applicant's own words when it lists none. */
  readonly reissueReason?: string | undefined
  readonly reissueReasonText?: string | undefined
  /** Duplicate: the license was lost or damaged. */
  readonly duplicateCause?: 'lost' | 'damaged' | undefined
  /** Licensed activity sub-types (veterinary), as catalog ids. */
  readonly activitySubtypes?: readonly string[] | undefined
}

/** A representative acting under a notarized power of attorney the notary registry confirmed. */
export interface Representative {
  readonly iin: string
  readonly fullName: string
  readonly powerOfAttorney: {
    readonly number: string
    readonly issuedOn: string
    readonly validUntil: string
    readonly notary: string
    readonly powers: readonly string[]
    readonly source: string
  }
}

/** The applicant as the registry described them when the application was made. */
export interface ApplicantView {
  readonly accountId: string | null
  readonly type: 'individual' | 'sole_proprietor' | 'legal_entity'
  readonly iin: string | null
  readonly bin: string | null
  readonly name: Bilingual
  readonly address: Bilingual | null
  readonly phone: string | null
  readonly email: string | null
}

/** One attached file. */
export interface DocumentView {
  readonly id: string
  readonly catalogDocumentId: string | null
  readonly name: string
  readonly contentType: string
  readonly size: number
  readonly sha256: string
}

/** The fee payment. */
export interface PaymentView {
  readonly status: 'pending' | 'paid'
  readonly reference: string | null
  readonly amountTenge: number
}

/** The application as review and later modules read it (case-lifecycle contract). */
export interface ApplicationView {
  readonly id: string
  readonly number: string | null
  readonly regulationId: string
  readonly regulationVersionId: string | null
  readonly subService: string
  readonly channel: 'portal' | 'office' | 'psc'
  readonly lang: 'kk' | 'ru'
  readonly applicant: ApplicantView
  readonly representative: Representative | null
  readonly particulars: Particulars
  readonly qualificationAnswers: { readonly confirmed: readonly string[] }
  readonly documents: readonly DocumentView[]
  readonly payment: PaymentView | null
  readonly submittedAt: string | null
  readonly acceptedBy: { readonly accountId: string | null; readonly name: Bilingual | 'system' }
  readonly signature: {
    readonly requestId: string
    readonly documentHash: string
    readonly signer: { iin: string | null; bin: string | null; name: string; demo: boolean }
  } | null
}
