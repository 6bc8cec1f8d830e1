/** Turns a case's facts and the issue's own facts into the document's canonical data. */
import { cleanText } from '../documents/index.ts'
import type { DecisionSignature, IssuedData, RefusalFacts } from './data.ts'
import type { Bilingual, SignatureFacts } from './deps.ts'
import { activityOf, type CaseFacts, objectsOf, refusalOf, subtypesOf } from './facts.ts'
import type { DocumentKind, LicenseKind } from './tables.ts'

/** What the issue adds to the case's facts. */
export interface IssueFacts {
  readonly kind: DocumentKind
  readonly number: string
  readonly copyNo: number
  readonly at: Date
  readonly related: IssuedData['related']
  readonly decision: DecisionSignature | null
  readonly deemed: IssuedData['deemed']
}

/** The document a decision produces: the sub-service's result when granted, else a refusal. */
export function documentKindOf(
  facts: CaseFacts,
  decision: 'grant' | 'refuse' | 'return',
): DocumentKind {
  if (decision === 'refuse') return 'refusal'
  if (decision === 'return') return 'return'
  return facts.sub.result
}

/** The registry kind of a document, or undefined when it creates no license record. */
export function licenseKindOf(kind: DocumentKind): LicenseKind | undefined {
  switch (kind) {
    case 'license':
    case 'reissued_license':
      return 'license'
    case 'attestation':
    case 'accreditation':
      return kind
    default:
      return undefined
  }
}

/** The canonical data of the document. */
export function buildData(facts: CaseFacts, issue: IssueFacts): IssuedData {
  const { regulation, application } = facts
  const a = application.applicant
  const refusing = issue.kind === 'refusal' || issue.kind === 'return'
  return {
    v: 1,
    kind: issue.kind,
    number: issue.number,
    copyNo: issue.copyNo,
    issuedAt: issue.at.toISOString(),
    basis: issue.deemed ? 'deemed' : 'decision',
    provider: {
      organizationId: facts.case.organizationId,
      name: { ...regulation.provider.name },
      address: regulation.provider.address ? { ...regulation.provider.address } : null,
    },
    service: {
      regulationId: regulation.id,
      versionId: facts.versionId,
      code: regulation.code,
      name: { ...regulation.name },
      subService: facts.sub.kind,
    },
    activity: activityOf(regulation),
    subtypes: subtypesOf(facts),
    objects: objectsOf(facts).map((o) => ({
      name: cleanText(o.name),
      address: cleanText(o.address),
    })),
    holder: {
      type: a.type,
      name: clean(a.name),
      iin: a.iin,
      bin: a.bin,
      address: a.address ? clean(a.address) : null,
    },
    case: { id: facts.case.id, number: facts.case.number },
    related: issue.related,
    refusal: refusing ? cleanRefusal(refusalOf(facts.case)) : null,
    decision: issue.decision,
    deemed: issue.deemed,
  }
}

/**
 * Text typed by people or read from registries, made inert once, before it is stored: no
 * control or bidi characters (PostgreSQL refuses NUL; a bidi override would reorder a line).
 */
function clean(text: Bilingual): Bilingual {
  return { kk: cleanText(text.kk), ru: cleanText(text.ru) }
}

function cleanRefusal(r: RefusalFacts): RefusalFacts {
  return {
    grounds: r.grounds.map(clean),
    other: r.other === null ? null : cleanText(r.other),
    missing: r.missing.map(clean),
    reason: r.reason === null ? null : cleanText(r.reason),
  }
}

/** The decision's signature as the document shows it, from signing's evidence. */
export function decisionSignature(
  requestId: string,
  signature: SignatureFacts,
): DecisionSignature | undefined {
  const { signer, evidence } = signature
  if (signature.status !== 'signed' || !signer || !evidence) return undefined
  return {
    signatureRequestId: requestId,
    documentHash: signature.documentHash,
    signedAt: evidence.checkedAt,
    signer: { name: signer.name, iin: signer.iin },
    certificate: {
      serialNumber: evidence.certificate.serialNumber,
      issuer: evidence.certificate.issuer,
    },
    demo: signer.demo,
  }
}
