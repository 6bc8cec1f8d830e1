/**
 * What an authority is sent: a frozen copy of the application summary, the documents the
 * executor selected (their ids and fingerprints, not the live list) and the draft decision.
 * The authority's pages read only this, never the live case.
 */
import type { Regulation, SubService } from '../catalog/index.ts'
import type { CaseSummary } from '../review/index.ts'
import type { ApplicationData, Bilingual } from './types.ts'

/** A document as sent. */
export interface SentDocument {
  readonly id: string
  readonly name: string
  readonly contentType: string
  readonly size: number
  readonly sha256: string | null
}

/** The frozen content of a request. */
export interface Snapshot {
  readonly caseId: string
  readonly number: string
  readonly service: {
    readonly regulationId: string
    readonly name: Bilingual
    readonly code: string
  }
  readonly subService: { readonly kind: string; readonly name: Bilingual }
  readonly provider: { readonly id: string; readonly name: Bilingual }
  readonly applicant: ApplicationData['applicant']
  readonly submittedAt: string | null
  readonly particulars: Readonly<Record<string, unknown>>
  readonly qualification: ReadonlyArray<{ readonly id: string; readonly text: Bilingual }>
  readonly documents: readonly SentDocument[]
  readonly draft: {
    readonly decision: 'grant' | 'refuse' | 'return' | null
    readonly details: Readonly<Record<string, unknown>>
  }
  /** What the regulation asks the authority to do at this step. */
  readonly action: Bilingual
}

/** Everything a snapshot is made of, read before the sending transaction. */
export interface SnapshotSources {
  readonly summary: CaseSummary
  readonly application: ApplicationData
  readonly regulation: Regulation
  readonly sub: SubService
  readonly stepId: string
  readonly providerName: Bilingual
  readonly documentIds: readonly string[]
}

/** Builds the snapshot; documents keep the order of the application. */
export function buildSnapshot(s: SnapshotSources): Snapshot {
  const { application, regulation, summary } = s
  const step = s.sub.route.steps.find((st) => st.id === s.stepId)
  const confirmed = application.qualificationAnswers?.confirmed ?? []
  return {
    caseId: summary.id,
    number: summary.number,
    service: { regulationId: regulation.id, name: regulation.name, code: regulation.code },
    subService: { kind: s.sub.kind, name: s.sub.name },
    provider: { id: summary.organizationId, name: s.providerName },
    applicant: {
      type: application.applicant.type,
      iin: application.applicant.iin,
      bin: application.applicant.bin,
      name: application.applicant.name,
      address: application.applicant.address,
    },
    submittedAt: application.submittedAt,
    particulars: (application.particulars ?? {}) as Readonly<Record<string, unknown>>,
    qualification: (regulation.qualification?.items ?? [])
      .filter((q) => confirmed.includes(q.id)).map((q) => ({ id: q.id, text: q.text })),
    documents: application.documents.filter((d) => s.documentIds.includes(d.id)).map((d) => ({
      id: d.id,
      name: d.name,
      contentType: d.contentType,
      size: d.size,
      sha256: d.sha256 ?? null,
    })),
    draft: { decision: summary.decision, details: summary.decisionData ?? {} },
    action: step?.action ?? regulation.name,
  }
}

/** Reads a stored snapshot. */
export function readSnapshot(json: string): Snapshot {
  return JSON.parse(json) as Snapshot
}
