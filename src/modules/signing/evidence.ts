/**
 * The result of a signature that passed every check: the signer as the certificate names them,
 * the chain, the algorithm and the checks, ready to be stored with the case and shown
 * ("signed by … IIN …, certificate valid, not revoked, checked at …").
 */
import type { SignatureAlgorithm } from './algorithms.ts'
import type { CertInfo } from './certificate.ts'
import type { CheckLog } from './checks.ts'
import type { ParsedCms } from './cms.ts'
import { readIdentity } from './identity.ts'
import { formatName } from './names.ts'
import type { TrustedRoot } from './trust.ts'
import type { VerificationSuccess } from './types.ts'

/** What the checks established. */
export interface Established {
  parsed: ParsedCms
  algorithm: SignatureAlgorithm
  path: CertInfo[]
  root: TrustedRoot
}

/** Builds the success result from what the checks established. */
export function success(found: Established, log: CheckLog): VerificationSuccess {
  const cert = found.parsed.signer
  const claimed = found.parsed.signedAttributes?.signingTime
  return {
    ok: true,
    signer: {
      ...readIdentity(cert),
      serialNumber: cert.serialHex,
      subject: formatName(cert.subject),
      issuer: formatName(cert.issuer),
      notBefore: cert.notBefore,
      notAfter: cert.notAfter,
      policies: cert.policies,
      keyUsage: cert.keyUsage ?? [],
      extendedKeyUsage: cert.extKeyUsage ?? [],
      certificateDer: cert.der,
    },
    checks: log.all(),
    algorithm: found.algorithm.label,
    checkedAt: log.at,
    ...(claimed ? { claimedSigningTime: claimed } : {}),
    chain: found.path.map((c) => ({
      subject: formatName(c.subject),
      serialNumber: c.serialHex,
      notBefore: c.notBefore,
      notAfter: c.notAfter,
    })),
    demo: found.root.demo,
  }
}
