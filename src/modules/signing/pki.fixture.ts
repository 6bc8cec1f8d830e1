/**
 * A test PKI built in memory with the demo CA, for this module's tests only: a root, an
 * intermediate (NCA-style), CRLs for both, and helpers to issue leaves and sign documents.
 * Times are fixed; `at` is when "we received" the signature.
 */
import { canonicalBytes } from './canonical.ts'
import { createCrl, type RevokedEntry } from './crl-builder.ts'
import {
  createDemoIntermediate,
  createDemoRoot,
  type DemoCredential,
  type DemoSubject,
  issueDemoCertificates,
} from './demo-ca.ts'
import { signDetached } from './sign.ts'
import { createTrustStore, type TrustStore } from './trust.ts'

/** The issue time of the test PKI. */
export const now = new Date('2026-03-02T04:00:00Z')
/** When we "received" the signatures: a day later. */
export const at = new Date('2026-03-03T04:00:00Z')
/** One day in milliseconds. */
export const day = 24 * 60 * 60 * 1000

/** The document every test signs. */
export const document = canonicalBytes({
  applicant: { iin: '900101300123' },
  kind: 'application',
  service: 'KZ-LIC-01',
})

/** The CAs of the test PKI. */
export interface TestPki {
  root: DemoCredential
  intermediate: DemoCredential
  otherRoot: DemoCredential
  rootCrl: Uint8Array
}

/** Builds the CAs once per test file. */
export async function createTestPki(): Promise<TestPki> {
  const root = await createDemoRoot({
    now: new Date(now.getTime() - 30 * day),
    commonName: 'TEST ROOT CA',
  })
  const intermediate = await createDemoIntermediate(root, {
    now: new Date(now.getTime() - 20 * day),
    commonName: 'ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (TEST)',
  })
  const otherRoot = await createDemoRoot({
    now: new Date(now.getTime() - 30 * day),
    commonName: 'UNTRUSTED ROOT',
  })
  const rootCrl = await crl(root, [])
  return { root, intermediate, otherRoot, rootCrl }
}

/** A fresh CRL of `issuer` (this update yesterday, next update in a week) listing `revoked`. */
export function crl(
  issuer: DemoCredential,
  revoked: RevokedEntry[],
  nextUpdate = new Date(at.getTime() + 7 * day),
) {
  return createCrl(issuer, revoked, { thisUpdate: new Date(at.getTime() - day), nextUpdate })
}

/** The usual trust store: the root, the intermediate, and current CRLs of both. */
export async function trustFor(pki: TestPki, revoked: RevokedEntry[] = []): Promise<TrustStore> {
  return createTrustStore({
    roots: [pki.root.certificate],
    intermediates: [pki.intermediate.certificate],
    crls: [pki.rootCrl, await crl(pki.intermediate, revoked)],
  })
}

/** An individual's SIGN and AUTH credentials from the intermediate. */
export function individual(pki: TestPki, overrides: Partial<DemoSubject> = {}) {
  return issueDemoCertificates(pki.intermediate, {
    iin: '900101300123',
    commonName: 'СӘРСЕНБАЕВ АЙДОС',
    role: 'individual',
    now,
    ...overrides,
  })
}

/** A detached signature over `content` (default: the test document), claimed at `now`. */
export function sign(
  credential: DemoCredential,
  content: Uint8Array = document,
): Promise<Uint8Array> {
  return signDetached(content, credential.certificate, credential.privateKey, { signingTime: now })
}
