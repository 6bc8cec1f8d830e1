import { beforeAll, describe, expect, it } from 'vitest'
import { buildCertificate } from './certificate-builder.ts'
import { issueDemoCertificates, issuerKey } from './demo-ca.ts'
import { generateKeyPair } from './keys.ts'
import { loginChallenge } from './nonce.ts'
import { attr, ncaPolicy } from './oids.ts'
import {
  at,
  createTestPki,
  day,
  document,
  individual,
  now,
  sign,
  type TestPki,
  trustFor,
} from './pki.fixture.ts'
import type { TrustStore } from './trust.ts'
import type { Expected, Purpose } from './types.ts'
import { verifySignature } from './verify.ts'

const bin = '050140001234'
let pki: TestPki
let trust: TrustStore

beforeAll(async () => {
  pki = await createTestPki()
  trust = await trustFor(pki)
})

async function verify(
  cms: Uint8Array,
  expected: Expected,
  purpose: Purpose = 'sign',
  content = document,
) {
  return await verifySignature({ cms, content, trust, at, purpose, expected })
}

function company(
  role: 'head' | 'signer' | 'employee',
  overrides: { bin?: string; iin?: string } = {},
) {
  return issueDemoCertificates(pki.intermediate, {
    iin: '780202400456',
    bin,
    commonName: 'ЖҰМАБАЕВА ГҮЛНАР',
    organization: 'ТОО "Әлем, Құрылыс"',
    role,
    now,
    ...overrides,
  })
}

describe('verifySignature() key usage', () => {
  it('refuses an AUTH certificate used to sign a document', async () => {
    const person = await individual(pki)
    expect(await verify(await sign(person.auth), { kind: 'individual', iin: '900101300123' }))
      .toMatchObject({ code: 'wrong_key_usage' })
  })

  it('refuses a SIGN certificate used to log in', async () => {
    const person = await individual(pki)
    const challenge = loginChallenge('nonce-1')
    const result = await verify(
      await sign(person.sign, challenge),
      { kind: 'any' },
      'auth',
      challenge,
    )
    expect(result).toMatchObject({ code: 'wrong_key_usage' })
  })

  it('accepts an AUTH certificate signing a login challenge and returns the IIN', async () => {
    const person = await individual(pki)
    const challenge = loginChallenge('nonce-2')
    const result = await verify(
      await sign(person.auth, challenge),
      { kind: 'any' },
      'auth',
      challenge,
    )
    expect(result.ok && result.signer.iin).toBe('900101300123')
  })
})

describe('verifySignature() identity', () => {
  it("refuses the signature of someone else's IIN", async () => {
    const other = await individual(pki, { iin: '880303500789' })
    expect(await verify(await sign(other.sign), { kind: 'individual', iin: '900101300123' }))
      .toMatchObject({ code: 'identity_mismatch' })
  })

  it('accepts the first head and a person with the right to sign for their company', async () => {
    for (const role of ['head', 'signer'] as const) {
      const result = await verify(await sign((await company(role)).sign), {
        kind: 'legal_entity',
        bin,
      })
      expect(result.ok && result.signer.bin).toBe(bin)
    }
  })

  it('refuses a company certificate with another BIN', async () => {
    const other = await company('head', { bin: '990440009876' })
    expect(await verify(await sign(other.sign), { kind: 'legal_entity', bin })).toMatchObject({
      code: 'organization_mismatch',
    })
  })

  it('refuses an employee certificate signing for the company', async () => {
    const employee = await company('employee')
    expect(await verify(await sign(employee.sign), { kind: 'legal_entity', bin })).toMatchObject({
      code: 'not_authorized_for_entity',
    })
  })

  it('refuses the right company signed by another person than the one expected', async () => {
    const head = await company('head')
    expect(await verify(await sign(head.sign), { kind: 'legal_entity', bin, iin: '900101300123' }))
      .toMatchObject({
        code: 'identity_mismatch',
      })
  })

  it('refuses an individual certificate where a company signature is expected', async () => {
    const person = await individual(pki)
    expect(await verify(await sign(person.sign), { kind: 'legal_entity', bin })).toMatchObject({
      code: 'identity_missing',
    })
  })

  it('refuses a certificate without an IIN for a login', async () => {
    const noIin = await issueDemoCertificates(pki.intermediate, {
      bin,
      commonName: 'ТОО',
      role: 'head',
      now,
    })
    const challenge = loginChallenge('nonce-3')
    expect(await verify(await sign(noIin.auth, challenge), { kind: 'any' }, 'auth', challenge))
      .toMatchObject({
        code: 'identity_missing',
      })
  })

  it('reads a Kazakh organisation with quotes and commas, and OU before O, by OID', async () => {
    const keys = await generateKeyPair('ecdsa-p256')
    const organization = 'ТОО "Әлем, Құрылыс", OU=BIN999999999999'
    const certificate = await buildCertificate({
      subject: [
        { oid: attr.country, value: 'KZ' },
        { oid: attr.organizationalUnit, value: `BIN${bin}` },
        { oid: attr.organization, value: organization },
        { oid: attr.serialNumber, value: 'IIN780202400456' },
        { oid: attr.commonName, value: 'ЖҰМАБАЕВА ГҮЛНАР, SERIALNUMBER=IIN111111111111' },
      ],
      publicKey: keys.publicKey,
      issuerCertificate: pki.intermediate.certificate,
      signingKey: await issuerKey(pki.intermediate),
      notBefore: now,
      notAfter: new Date(now.getTime() + 365 * day),
      keyUsage: ['digitalSignature', 'nonRepudiation'],
      policies: [ncaPolicy.legalEntity, ncaPolicy.firstHead],
    })
    const privateKey = new Uint8Array(await crypto.subtle.exportKey('pkcs8', keys.privateKey))
    const result = await verify(await sign({ certificate, privateKey }), {
      kind: 'legal_entity',
      bin,
      iin: '780202400456',
    })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.signer).toMatchObject({
      bin,
      iin: '780202400456',
      organization,
      commonName: 'ЖҰМАБАЕВА ГҮЛНАР, SERIALNUMBER=IIN111111111111',
    })
    expect(result.signer.subject).toContain('O=ТОО \\"Әлем\\, Құрылыс\\"\\, OU\\=BIN999999999999')
  })
})
