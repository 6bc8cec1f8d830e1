/**
 * Object identifiers the signing module reads or writes, and human names for algorithms we
 * refuse, so a rejection can say "GOST 34.310-2004" instead of a bare number.
 */

/** Subject and issuer attribute types, read by OID and never by splitting a DN string. */
export const attr = {
  commonName: '2.5.4.3',
  surname: '2.5.4.4',
  serialNumber: '2.5.4.5',
  country: '2.5.4.6',
  locality: '2.5.4.7',
  state: '2.5.4.8',
  organization: '2.5.4.10',
  organizationalUnit: '2.5.4.11',
  givenName: '2.5.4.42',
} as const

/**
 * Certificate policies of Kazakhstan's National Certification Authority (NCA RK), as NCANode's
 * `CertificateKeyUser` reads them. The roles of a legal entity's people sit under the legal-entity
 * arc (`…4.1.2.x`); `…4.2.x` are the NCA's own staff (administrator, manager, operator).
 */
export const ncaPolicy = {
  individual: '1.2.398.3.3.4.1.1',
  legalEntity: '1.2.398.3.3.4.1.2',
  firstHead: '1.2.398.3.3.4.1.2.1',
  rightToSign: '1.2.398.3.3.4.1.2.2',
  financial: '1.2.398.3.3.4.1.2.3',
  humanResources: '1.2.398.3.3.4.1.2.4',
  employee: '1.2.398.3.3.4.1.2.5',
} as const

/** X.509 extensions. */
export const ext = {
  subjectKeyId: '2.5.29.14',
  keyUsage: '2.5.29.15',
  subjectAltName: '2.5.29.17',
  basicConstraints: '2.5.29.19',
  crlNumber: '2.5.29.20',
  reasonCode: '2.5.29.21',
  invalidityDate: '2.5.29.24',
  deltaCrlIndicator: '2.5.29.27',
  issuingDistributionPoint: '2.5.29.28',
  crlDistributionPoints: '2.5.29.31',
  certificatePolicies: '2.5.29.32',
  authorityKeyId: '2.5.29.35',
  extKeyUsage: '2.5.29.37',
  authorityInfoAccess: '1.3.6.1.5.5.7.1.1',
} as const

/** Extended key usages. */
export const eku = {
  clientAuth: '1.3.6.1.5.5.7.3.2',
  emailProtection: '1.3.6.1.5.5.7.3.4',
} as const

/** CMS content types and signed attributes (RFC 5652). */
export const cms = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
} as const

/** Algorithms we verify. */
export const alg = {
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
  rsaEncryption: '1.2.840.113549.1.1.1',
  rsaPss: '1.2.840.113549.1.1.10',
  mgf1: '1.2.840.113549.1.1.8',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  sha384WithRsa: '1.2.840.113549.1.1.12',
  sha512WithRsa: '1.2.840.113549.1.1.13',
  ecPublicKey: '1.2.840.10045.2.1',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  ecdsaWithSha384: '1.2.840.10045.4.3.3',
  ecdsaWithSha512: '1.2.840.10045.4.3.4',
  p256: '1.2.840.10045.3.1.7',
  p384: '1.3.132.0.34',
  p521: '1.3.132.0.35',
} as const

// Longest prefix wins; a prefix names a family (GOST variants share an arc).
const refusedNames: Array<[string, string]> = [
  ['1.2.398.3.10.1.1.1', 'GOST 34.310-2004'],
  ['1.2.398.3.10.1.1.2', 'GOST 34.310-2015'],
  ['1.2.398.3.10.1.3', 'GOST 34.311-95'],
  ['1.2.398.3.10', 'GOST (KZ)'],
  ['1.2.643.7.1.1.2', 'GOST R 34.11-2012'],
  ['1.2.643.7.1', 'GOST R 34.10-2012'],
  ['1.2.643.2.2', 'GOST R 34.10-2001'],
  ['1.3.14.3.2.26', 'SHA-1'],
  ['1.2.840.113549.1.1.5', 'SHA-1 with RSA'],
  ['1.2.840.10045.4.1', 'ECDSA with SHA-1'],
  ['1.2.840.113549.2.5', 'MD5'],
  ['1.2.840.113549.1.1.4', 'MD5 with RSA'],
  ['1.2.840.113549.1.1.2', 'MD2 with RSA'],
  ['2.16.840.1.101.3.4.2.4', 'SHA-224'],
  ['1.2.840.113549.1.1.14', 'SHA-224 with RSA'],
  ['1.2.840.10045.4.3.1', 'ECDSA with SHA-224'],
  ['1.2.840.10040.4', 'DSA'],
  ['1.3.101.112', 'Ed25519'],
  ['1.3.101.113', 'Ed448'],
  ['1.3.132.0.10', 'EC secp256k1'],
  ['1.3.36.3.3.2.8', 'EC Brainpool'],
]

/** Names an algorithm we do not verify, e.g. `GOST 34.310-2004 (1.2.398.3.10.1.1.1.1)`. */
export function algorithmName(oid: string): string {
  let best: [string, string] | undefined
  for (const entry of refusedNames) {
    const [prefix] = entry
    if (
      (oid === prefix || oid.startsWith(`${prefix}.`)) && prefix.length > (best?.[0].length ?? 0)
    ) {
      best = entry
    }
  }
  return best ? `${best[1]} (${oid})` : oid
}
