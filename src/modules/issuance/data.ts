/**
 * The canonical data of an issued document: every fact it states, as JSON, stored with the
 * document and hashed. The HTML page and the PDF in either language are rendered from it alone,
 * so a document regenerated from its record says exactly what it said when it was issued.
 */
import type { Bilingual } from './deps.ts'
import type { DocumentKind } from './tables.ts'

/** Who holds the document (the applicant as the registry described them). */
export interface Holder {
  readonly type: 'individual' | 'sole_proprietor' | 'legal_entity'
  readonly name: Bilingual
  readonly iin: string | null
  readonly bin: string | null
  readonly address: Bilingual | null
}

/** The head's signature over the decision the document carries out. */
export interface DecisionSignature {
  readonly signatureRequestId: string
  /** SHA-256 of the canonical decision document the head signed. */
  readonly documentHash: string
  readonly signedAt: string
  readonly signer: { readonly name: string; readonly iin: string | null }
  readonly certificate: { readonly serialNumber: string; readonly issuer: string }
  readonly demo: boolean
}

/** Why a refusal refuses (reasoned refusal) or returns (incomplete documents). */
export interface RefusalFacts {
  readonly grounds: readonly Bilingual[]
  readonly other: string | null
  readonly missing: readonly Bilingual[]
  readonly reason: string | null
}

/** Everything an issued document states. */
export interface IssuedData {
  readonly v: 1
  readonly kind: DocumentKind
  readonly number: string
  /** 0 for the original, n for the n-th duplicate. */
  readonly copyNo: number
  readonly issuedAt: string
  readonly basis: 'decision' | 'deemed'
  readonly provider: {
    readonly organizationId: string
    readonly name: Bilingual
    readonly address: Bilingual | null
  }
  readonly service: {
    readonly regulationId: string
    readonly versionId: string
    readonly code: string
    readonly name: Bilingual
    readonly subService: string
  }
  readonly activity: Bilingual
  readonly subtypes: readonly Bilingual[]
  readonly objects: ReadonlyArray<{ readonly name: string; readonly address: string }>
  readonly holder: Holder
  readonly case: { readonly id: string; readonly number: string }
  /** The license a re-issue replaces, or the license a duplicate copies. */
  readonly related: {
    readonly role: 'replaces' | 'duplicates'
    readonly number: string
    readonly issuedAt: string | null
  } | null
  readonly refusal: RefusalFacts | null
  readonly decision: DecisionSignature | null
  /** For a license deemed issued: the deadline that passed and the rule's seed reference. */
  readonly deemed: { readonly dueAt: string; readonly source: string | null } | null
}

/** The stored form: JSON with sorted keys, so equal data always gives equal bytes and hash. */
export function serializeData(data: IssuedData): string {
  return JSON.stringify(sortKeys(data))
}

/** Reads stored data back. */
export function parseData(text: string): IssuedData {
  return JSON.parse(text) as IssuedData
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value === null || typeof value !== 'object') return value
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]))
}
