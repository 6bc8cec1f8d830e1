/**
 * The built-in demo CA: a root, optional intermediates, and for each demo account a SIGN and an
 * AUTH certificate shaped like NCA RK's (IIN in SERIALNUMBER, BIN in OU, NCA policy OIDs). Its
 * root is one more trusted root for the verifier; nothing is verified differently. Everything is
 * returned as DER (certificate) and PKCS#8 (private key) so a database can keep it; encrypt
 * the private keys with `encryptPrivateKey` before storing them.
 */
import type { KeyUsageName } from './certificate.ts'
import { buildCertificate } from './certificate-builder.ts'
import { parseCertificate } from './certificate.ts'
import { exportPkcs8, generateKeyPair, importSigningKey, type KeyAlgorithm } from './keys.ts'
import { caName, rolePolicies, subjectName } from './demo-subjects.ts'
import type { NameAttribute } from './names.ts'
import { eku } from './oids.ts'

/** A certificate with its private key. */
export interface DemoCredential {
  /** DER. */
  certificate: Uint8Array
  /** PKCS#8 DER; store it only encrypted. */
  privateKey: Uint8Array
}

/** Whose certificates: an individual, or a legal entity's head, signatory or employee. */
export type DemoRole = 'individual' | 'head' | 'signer' | 'employee'

/** Who the demo certificates are for. */
export interface DemoSubject {
  iin?: string
  bin?: string
  commonName: string
  organization?: string
  role: DemoRole
  now: Date
  /** Days of validity from `now` (default 365). */
  validDays?: number
  algorithm?: KeyAlgorithm
}

const day = 24 * 60 * 60 * 1000

/** A self-signed demo root CA, valid 10 years from `now`, named as a DEMO CA. */
export async function createDemoRoot(
  options: { now: Date; algorithm?: KeyAlgorithm; commonName?: string },
): Promise<DemoCredential> {
  const keys = await generateKeyPair(options.algorithm ?? 'ecdsa-p256')
  const certificate = await buildCertificate({
    subject: caName(
      options.commonName ?? 'DEMO CA: e-licensing demo root, not a real certification authority',
    ),
    publicKey: keys.publicKey,
    issuerCertificate: null,
    signingKey: keys.privateKey,
    notBefore: options.now,
    notAfter: new Date(options.now.getTime() + 3652 * day),
    ca: {},
    keyUsage: ['keyCertSign', 'cRLSign'],
  })
  return { certificate, privateKey: await exportPkcs8(keys.privateKey) }
}

/** An intermediate CA under `issuer` (NCA RK issues user certificates from one). */
export async function createDemoIntermediate(
  issuer: DemoCredential,
  options: { now: Date; commonName: string; validDays?: number; algorithm?: KeyAlgorithm },
): Promise<DemoCredential> {
  const keys = await generateKeyPair(options.algorithm ?? 'ecdsa-p256')
  const certificate = await buildCertificate({
    subject: caName(options.commonName),
    publicKey: keys.publicKey,
    issuerCertificate: issuer.certificate,
    signingKey: await issuerKey(issuer),
    notBefore: options.now,
    notAfter: new Date(options.now.getTime() + (options.validDays ?? 1826) * day),
    ca: { pathLen: 0 },
    keyUsage: ['keyCertSign', 'cRLSign'],
  })
  return { certificate, privateKey: await exportPkcs8(keys.privateKey) }
}

/**
 * A SIGN certificate (nonRepudiation + digitalSignature) and an AUTH certificate
 * (digitalSignature, clientAuth), each with its own key, like NCA RK issues them.
 */
export async function issueDemoCertificates(
  issuer: DemoCredential,
  subject: DemoSubject,
): Promise<{ sign: DemoCredential; auth: DemoCredential }> {
  const name = subjectName(subject)
  const sign = await issueLeaf(issuer, subject, name, ['digitalSignature', 'nonRepudiation'], [
    eku.emailProtection,
  ])
  const auth = await issueLeaf(issuer, subject, name, ['digitalSignature'], [
    eku.clientAuth,
    eku.emailProtection,
  ])
  return { sign, auth }
}

/** Imports an issuer's private key for signing certificates or CRLs. */
export async function issuerKey(issuer: DemoCredential): Promise<CryptoKey> {
  return await importSigningKey(
    issuer.privateKey,
    parseCertificate(issuer.certificate).cert.subjectPublicKeyInfo,
  )
}

async function issueLeaf(
  issuer: DemoCredential,
  subject: DemoSubject,
  name: NameAttribute[],
  keyUsage: KeyUsageName[],
  extKeyUsage: string[],
): Promise<DemoCredential> {
  const keys = await generateKeyPair(subject.algorithm ?? 'ecdsa-p256')
  const certificate = await buildCertificate({
    subject: name,
    publicKey: keys.publicKey,
    issuerCertificate: issuer.certificate,
    signingKey: await issuerKey(issuer),
    notBefore: subject.now,
    notAfter: new Date(subject.now.getTime() + (subject.validDays ?? 365) * day),
    keyUsage,
    extKeyUsage,
    policies: rolePolicies[subject.role],
  })
  return { certificate, privateKey: await exportPkcs8(keys.privateKey) }
}
