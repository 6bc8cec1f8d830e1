/**
 * Builds the path from the signer's certificate to a configured root, our own way: issuer by
 * exact name bytes, each signature verified with our algorithm table, CA flags, keyCertSign and
 * path lengths enforced, unknown critical extensions refused. Certificates carried in the CMS
 * may serve as intermediates; trust comes only from the roots.
 */
import { resolveSignature } from './algorithms.ts'
import { bytesEqual, toHex } from './bytes.ts'
import type { CertInfo } from './certificate.ts'
import { formatName } from './names.ts'
import { verifyBytes } from './primitives.ts'
import type { TrustedRoot, TrustStore } from './trust.ts'
import type { ErrorCode } from './types.ts'

/** A path leaf → root, or why there is none. */
export type ChainResult =
  | { ok: true; path: CertInfo[]; root: TrustedRoot; detail: string }
  | { ok: false; code: ErrorCode; detail: string }

const maxIntermediates = 5

interface Search {
  store: TrustStore
  pool: CertInfo[]
  notes: string[]
  unsupported: string | null
}

/** Finds a trusted path for `leaf`; `supplied` are the certificates that came with the CMS. */
export async function buildChain(
  leaf: CertInfo,
  store: TrustStore,
  supplied: CertInfo[],
): Promise<ChainResult> {
  if (bytesEqual(leaf.subjectDer, leaf.issuerDer)) {
    return {
      ok: false,
      code: 'self_signed',
      detail: `"${formatName(leaf.subject)}" is self-issued`,
    }
  }
  const s: Search = { store, pool: candidatePool(store, supplied), notes: [], unsupported: null }
  const found = await findPath(leaf, 0, s, new Set())
  if (!found) return noPath(leaf, s)
  const path = [leaf, ...found.path]
  const problem = constraintProblem(path)
  if (problem) return { ok: false, ...problem }
  return {
    ok: true,
    path,
    root: found.root,
    detail: path.map((c) => formatName(c.subject)).join(' ← '),
  }
}

function noPath(leaf: CertInfo, s: Search): ChainResult {
  if (s.unsupported) return { ok: false, code: 'unsupported_algorithm', detail: s.unsupported }
  const notes = s.notes.length ? `: ${s.notes.join('; ')}` : ''
  return {
    ok: false,
    code: 'untrusted_chain',
    detail: `no trusted issuer for "${formatName(leaf.issuer)}"${notes}`,
  }
}

function candidatePool(store: TrustStore, supplied: CertInfo[]): CertInfo[] {
  const seen = new Set(store.roots.map((r) => toHex(r.cert.der)))
  const pool: CertInfo[] = []
  for (const cert of [...store.intermediates, ...supplied]) {
    const key = toHex(cert.der)
    if (seen.has(key) || bytesEqual(cert.subjectDer, cert.issuerDer)) continue
    seen.add(key)
    pool.push(cert)
  }
  return pool
}

async function findPath(
  cert: CertInfo,
  depth: number,
  s: Search,
  used: Set<CertInfo>,
): Promise<{ path: CertInfo[]; root: TrustedRoot } | null> {
  for (const root of s.store.roots) {
    if (bytesEqual(root.cert.subjectDer, cert.issuerDer) && await issuedBy(cert, root.cert, s)) {
      return { path: [root.cert], root }
    }
  }
  if (depth >= maxIntermediates) return null
  for (const ca of s.pool) {
    if (used.has(ca) || !bytesEqual(ca.subjectDer, cert.issuerDer)) continue
    if (!(await issuedBy(cert, ca, s))) continue
    const rest = await findPath(ca, depth + 1, s, new Set([...used, ca]))
    if (rest) return { path: [ca, ...rest.path], root: rest.root }
  }
  return null
}

async function issuedBy(cert: CertInfo, ca: CertInfo, s: Search): Promise<boolean> {
  const caName = `"${formatName(ca.subject)}"`
  if (!ca.basic?.ca) return note(s, `${caName} is not a CA`)
  if (ca.keyUsage && !ca.keyUsage.includes('keyCertSign')) {
    return note(s, `${caName} may not sign certificates`)
  }
  const { signature, signatureAlgorithm, signatureValue, tbsView } = cert.cert
  if (signature.algorithmId !== signatureAlgorithm.algorithmId) {
    return note(s, 'inner and outer algorithms differ')
  }
  const algorithm = resolveSignature(signatureAlgorithm, null, ca.cert.subjectPublicKeyInfo)
  if (!algorithm.ok) {
    s.unsupported = algorithm.algorithm
    return false
  }
  const signed = signatureValue.valueBlock.valueHexView
  const valid = await verifyBytes(ca.cert.subjectPublicKeyInfo, algorithm.value, signed, tbsView)
    .catch(() => false)
  return valid ||
    note(s, `signature on "${formatName(cert.subject)}" does not verify with ${caName}`)
}

function note(s: Search, text: string): false {
  s.notes.push(text)
  return false
}

function constraintProblem(path: CertInfo[]): { code: ErrorCode; detail: string } | null {
  // The root is a configured anchor: its own extensions were our choice, not the signer's.
  for (const cert of path.slice(0, -1)) {
    const [unknown] = cert.unknownCritical
    if (unknown) {
      return {
        code: 'unsupported_extension',
        detail: `"${formatName(cert.subject)}": critical ${unknown}`,
      }
    }
  }
  for (const [k, cert] of path.entries()) {
    const pathLen = k > 0 ? cert.basic?.pathLen : null
    if (pathLen != null && k - 1 > pathLen) {
      return {
        code: 'untrusted_chain',
        detail: `"${formatName(cert.subject)}" allows ${pathLen} intermediates`,
      }
    }
  }
  return null
}
