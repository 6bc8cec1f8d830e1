import { beforeAll, describe, expect, it } from 'vitest'
import { ConfigError } from '../../lib/errors.ts'
import { toPem } from './bytes.ts'
import { parseCertificate } from './certificate.ts'
import {
  at,
  createTestPki,
  crl,
  day,
  document,
  individual,
  sign,
  type TestPki,
} from './pki.fixture.ts'
import { createTrustConfig, refreshCrls, type TrustConfig, type TrustFile } from './trust-config.ts'
import { verifySignature } from './verify.ts'

let pki: TestPki
let signer: Awaited<ReturnType<typeof individual>>
const text = (s: string) => new TextEncoder().encode(s)

beforeAll(async () => {
  pki = await createTestPki()
  signer = await individual(pki)
})

function config(intermediateCrl: Uint8Array): TrustConfig {
  return createTrustConfig({
    certificates: [
      { name: 'root.pem', bytes: text(toPem(pki.root.certificate, 'CERTIFICATE')) },
      { name: 'nca.cer', bytes: pki.intermediate.certificate },
    ],
    crls: [
      { name: 'root.crl', bytes: pki.rootCrl },
      { name: 'nca.crl', bytes: intermediateCrl },
    ],
  })
}

async function outcome(trust: TrustConfig, when = at) {
  const result = await verifySignature({
    cms: await sign(signer.sign),
    content: document,
    trust: trust.current(),
    at: when,
    purpose: 'sign',
    expected: { kind: 'individual', iin: '900101300123' },
  })
  return result.ok ? 'ok' : result.code
}

describe('createTrustConfig()', () => {
  it('takes a self-issued CA as a root and any other CA as an intermediate, PEM or DER', async () => {
    const trust = config(await crl(pki.intermediate, []))
    expect(trust.current().roots).toHaveLength(1)
    expect(trust.current().intermediates).toHaveLength(1)
    expect(await outcome(trust)).toBe('ok')
  })

  it('names the file that is not a CA certificate, or not a CRL', () => {
    const leaf: TrustFile = { name: 'leaf.crt', bytes: signer.sign.certificate }
    expect(() => createTrustConfig({ certificates: [leaf], crls: [] })).toThrow(ConfigError)
    expect(() => createTrustConfig({ certificates: [leaf], crls: [] })).toThrow(/"leaf\.crt"/)
    const bad: TrustFile = { name: 'nca.crl', bytes: text('garbage') }
    expect(() => createTrustConfig({ certificates: [], crls: [bad] })).toThrow(/"nca\.crl"/)
  })
})

describe('refreshCrls()', () => {
  it('swaps in a new CRL that revokes the certificate', async () => {
    const trust = config(await crl(pki.intermediate, []))
    const serial = parseCertificate(signer.sign.certificate).serialHex
    const revoking = await crl(pki.intermediate, [{ serial, date: new Date(at.getTime() - day) }])
    const report = await refreshCrls(trust, [{ name: 'nca.crl', bytes: revoking }], at)
    expect(report).toMatchObject({ loaded: ['nca.crl'], failed: [] })
    expect(await outcome(trust)).toBe('revoked')
  })

  it('keeps the last good CRL when the new one is broken or signed by another key, then fails closed after its nextUpdate', async () => {
    const nextUpdate = new Date(at.getTime() + 2 * day)
    const trust = config(await crl(pki.intermediate, [], nextUpdate))
    const forged = await crl(pki.otherRoot, [])
    const report = await refreshCrls(trust, [
      { name: 'nca.crl', bytes: text('not a CRL') },
      { name: 'other.crl', bytes: forged },
    ], at)
    expect(report.failed.map((f) => f.name)).toEqual(['nca.crl', 'other.crl'])
    expect(await outcome(trust)).toBe('ok')
    expect(await outcome(trust, new Date(nextUpdate.getTime() + 1000))).toBe('revocation_unknown')
  })
})
