/**
 * Revocation from configured CRLs, failing closed: a certificate whose issuer has no CRL we can
 * trust right now (none configured, bad signature, past nextUpdate, delta only) is
 * `revocation_unknown`, never "not revoked". OCSP is not consulted.
 */
import type { CertInfo } from './certificate.ts'
import { type CrlInfo, crlSignedBy } from './crl.ts'
import { bytesEqual } from './bytes.ts'
import { refuse } from './checks.ts'
import { formatName } from './names.ts'
import type { Outcome } from './types.ts'

/** Checks every certificate of the path except the root against its issuer's CRL. */
export async function checkRevocation(
  path: readonly CertInfo[],
  crls: readonly CrlInfo[],
  at: Date,
): Promise<Outcome> {
  const details: string[] = []
  for (let i = 0; i + 1 < path.length; i++) {
    const cert = path[i] as CertInfo
    const outcome = await statusOf(cert, path[i + 1] as CertInfo, crls, at)
    if (!outcome.ok) return outcome
    details.push(outcome.detail ?? '')
  }
  return { ok: true, detail: details.join('; ') }
}

async function statusOf(
  cert: CertInfo,
  issuer: CertInfo,
  crls: readonly CrlInfo[],
  at: Date,
): Promise<Outcome> {
  const notes: string[] = []
  const best = await freshestCrl(issuer, crls, at, notes)
  const issuerName = `"${formatName(issuer.subject)}"`
  if (!best) {
    return refuse('revocation_unknown', `${issuerName}: ${notes.join('; ') || 'no CRL configured'}`)
  }
  const number = best.number ? ` #${best.number}` : ''
  const source = `CRL${number} of ${issuerName} (${best.thisUpdate.toISOString()})`
  const revokedAt = best.revoked.get(cert.serialHex)
  if (revokedAt && revokedAt <= at) {
    return refuse(
      'revoked',
      `serial ${cert.serialHex} revoked ${revokedAt.toISOString()}, ${source}`,
    )
  }
  const later = revokedAt ? `, revoked later (${revokedAt.toISOString()})` : ''
  return {
    ok: true,
    detail: `serial ${cert.serialHex} not revoked at ${at.toISOString()}, ${source}${later}`,
  }
}

async function freshestCrl(
  issuer: CertInfo,
  crls: readonly CrlInfo[],
  at: Date,
  notes: string[],
): Promise<CrlInfo | null> {
  let best: CrlInfo | null = null
  for (const crl of crls) {
    if (!bytesEqual(crl.issuerDer, issuer.subjectDer)) continue
    const problem = await crlProblem(crl, issuer, at)
    if (problem) notes.push(problem)
    else if (!best || crl.thisUpdate > best.thisUpdate) best = crl
  }
  return best
}

async function crlProblem(crl: CrlInfo, issuer: CertInfo, at: Date): Promise<string | null> {
  if (crl.unusable) return crl.unusable
  if (issuer.keyUsage && !issuer.keyUsage.includes('cRLSign')) return 'issuer may not sign CRLs'
  if (!(await crlSignedBy(crl, issuer))) return 'CRL signature does not verify'
  if (!crl.nextUpdate || crl.nextUpdate < at) {
    return `CRL stale since ${crl.nextUpdate?.toISOString() ?? 'ever'}`
  }
  return null
}
