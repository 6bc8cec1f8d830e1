/**
 * The stored evidence of a signature, for case pages and documents: who signed (name, IIN/BIN),
 * that the certificate was valid and not revoked when we checked, and when; every check in a
 * disclosure. A demo signature carries a visible "demo signature" tag. Strings come translated
 * (the signing module's `evidenceView` builds these props).
 */
import { SummaryList } from '../components/summary-list.tsx'
import { Tag } from '../components/tag.tsx'

/** Props of SignatureEvidence; all text already translated. */
export interface EvidenceProps {
  readonly heading: string
  /** "Signed by …, IIN …" */
  readonly signedBy: string
  /** "Certificate valid, not revoked, checked at …" */
  readonly status: string
  /** Present for a demo signature: the visible mark. */
  readonly demoMark?: string | undefined
  readonly detailsLabel: string
  /** `code` facts (serial number, hash) are set in a monospace font. */
  readonly facts: ReadonlyArray<
    { readonly key: string; readonly value: string; readonly code?: boolean }
  >
  readonly checksCaption: string
  readonly checks: ReadonlyArray<{ readonly label: string; readonly outcome: string }>
  /** The heading level where the component sits (default 2). */
  readonly level?: 2 | 3
}

/** Renders the evidence block. */
export function SignatureEvidence(p: EvidenceProps) {
  const Heading = p.level === 3 ? 'h3' : 'h2'
  const Caption = p.level === 3 ? 'h4' : 'h3'
  return (
    <section class='document-signature'>
      <Heading class='heading-s'>{p.heading}</Heading>
      {p.demoMark
        ? (
          <p>
            <Tag text={p.demoMark} colour='red' />
          </p>
        )
        : null}
      <p>{p.signedBy}</p>
      <p>{p.status}</p>
      <details>
        <summary>{p.detailsLabel}</summary>
        <SummaryList
          rows={p.facts.map((f) => ({
            key: f.key,
            value: f.code ? <span class='reference'>{f.value}</span> : f.value,
          }))}
        />
        <Caption class='heading-s'>{p.checksCaption}</Caption>
        <ul>
          {p.checks.map((c) => <li>{c.label}: {c.outcome}</li>)}
        </ul>
      </details>
    </section>
  )
}
