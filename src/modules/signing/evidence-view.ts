/**
 * The evidence of a signed request for a case page: `signatureEvidence` reads it, and
 * `evidenceView` turns it into the translated props of `views/signing/evidence.tsx`
 * (times in Almaty time, every check with its outcome, the demo mark when it is a demo).
 */
import type { EvidenceProps } from '../../../views/signing/evidence.tsx'
import type { T } from '../../i18n.ts'
import { toAlmaty } from '../sla/index.ts'
import type { SigningDeps } from './deps.ts'
import { findRequest, findSignature } from './repo.ts'
import { readEvidence, type StoredEvidence } from './stored-evidence.ts'

/** What was established when a request was signed. */
export interface SignatureEvidence {
  readonly requestId: string
  readonly documentHash: string
  readonly demo: boolean
  readonly signer: {
    readonly name: string
    readonly iin: string | null
    readonly bin: string | null
    readonly organization: string | null
  }
  readonly evidence: StoredEvidence
}

/** The evidence of a signed request, or undefined while it is not signed. */
export async function signatureEvidence(
  deps: Pick<SigningDeps, 'db'>,
  requestId: string,
): Promise<SignatureEvidence | undefined> {
  const request = await findRequest(deps.db.kysely, requestId)
  const row = request?.status === 'signed'
    ? await findSignature(deps.db.kysely, requestId)
    : undefined
  if (!row) return undefined
  return {
    requestId,
    documentHash: row.document_hash,
    demo: row.demo_root_id !== null,
    signer: {
      name: row.signer_name,
      iin: row.signer_iin,
      bin: row.signer_bin,
      organization: row.signer_organization,
    },
    evidence: readEvidence(row),
  }
}

/** The translated props of `SignatureEvidence` (the view). */
export function evidenceView(e: SignatureEvidence, t: T, options: { level?: 2 | 3 } = {}) {
  const s = e.signer
  const ids = [s.iin ? t('signing:evidence.iin', { iin: s.iin }) : '']
  if (s.bin) ids.push(t('signing:evidence.bin', { bin: s.bin }))
  const who = [s.name, s.organization, ...ids].filter(Boolean).join(', ')
  const ev = e.evidence
  const time = (iso: string) => t('signing:evidence.almatyTime', { time: toAlmaty(new Date(iso)) })
  const props: EvidenceProps = {
    heading: t('signing:evidence.heading'),
    signedBy: t('signing:evidence.signedBy', { who }),
    status: t('signing:evidence.status', { time: time(ev.checkedAt) }),
    demoMark: e.demo ? t('signing:demo.mark') : undefined,
    detailsLabel: t('signing:evidence.details'),
    facts: [
      { key: t('signing:evidence.method'), value: t(`signing:evidence.methods.${ev.method}`) },
      ...(ev.claimedSigningTime
        ? [{ key: t('signing:evidence.claimedTime'), value: time(ev.claimedSigningTime) }]
        : []),
      { key: t('signing:evidence.serial'), value: ev.certificate.serialNumber, code: true },
      { key: t('signing:evidence.issuer'), value: ev.certificate.issuer },
      {
        key: t('signing:evidence.validity'),
        value: `${time(ev.certificate.notBefore)} – ${time(ev.certificate.notAfter)}`,
      },
      { key: t('signing:evidence.algorithm'), value: ev.algorithm },
      { key: t('signing:evidence.documentHash'), value: e.documentHash, code: true },
    ],
    checksCaption: t('signing:evidence.checks'),
    checks: ev.checks.map((c) => ({
      label: t(`signing:checks.${c.name}`),
      outcome: t(`signing:evidence.outcomes.${c.outcome}`),
    })),
    ...(options.level ? { level: options.level } : {}),
  }
  return props
}
