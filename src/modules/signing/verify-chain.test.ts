import * as asn1js from 'asn1js'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildCertificate } from './certificate-builder.ts'
import { extension } from './extensions-builder.ts'
import { createCrl } from './crl-builder.ts'
import { createDemoIntermediate, issueDemoCertificates, issuerKey } from './demo-ca.ts'
import { parseCertificate } from './certificate.ts'
import { generateKeyPair } from './keys.ts'
import { attr, ncaPolicy } from './oids.ts'
import {
  at,
  createTestPki,
  crl,
  day,
  document,
  individual,
  now,
  sign,
  type TestPki,
  trustFor,
} from './pki.fixture.ts'
import { createTrustStore, type TrustStore } from './trust.ts'
import { type VerifyInput, verifySignature } from './verify.ts'

let pki: TestPki
let trust: TrustStore

beforeAll(async () => {
  pki = await createTestPki()
  trust = await trustFor(pki)
})

async function verify(cms: Uint8Array, overrides: Partial<VerifyInput> = {}) {
  return await verifySignature({
    cms,
    content: document,
    trust,
    at,
    purpose: 'sign',
    expected: { kind: 'individual', iin: '900101300123' },
    ...overrides,
  })
}

async function code(cms: Uint8Array, overrides: Partial<VerifyInput> = {}): Promise<string> {
  const result = await verify(cms, overrides)
  return result.ok ? 'ok' : result.code
}

describe('verifySignature() chain', () => {
  it('refuses a certificate from a root we do not trust', async () => {
    const stranger = await issueDemoCertificates(pki.otherRoot, {
      iin: '900101300123',
      commonName: 'X',
      role: 'individual',
      now,
    })
    expect(await code(await sign(stranger.sign))).toBe('untrusted_chain')
  })

  it('refuses a self-signed certificate', async () => {
    const keys = await generateKeyPair('ecdsa-p256')
    const certificate = await buildCertificate({
      subject: [{ oid: attr.serialNumber, value: 'IIN900101300123' }, {
        oid: attr.commonName,
        value: 'СӘРСЕНБАЕВ АЙДОС',
      }],
      publicKey: keys.publicKey,
      issuerCertificate: null,
      signingKey: keys.privateKey,
      notBefore: now,
      notAfter: new Date(now.getTime() + 365 * day),
      keyUsage: ['digitalSignature', 'nonRepudiation'],
      policies: [ncaPolicy.individual],
    })
    expect(
      await code(
        await sign({
          certificate,
          privateKey: new Uint8Array(await crypto.subtle.exportKey('pkcs8', keys.privateKey)),
        }),
      ),
    )
      .toBe('self_signed')
  })

  it('refuses when the intermediate is neither configured nor carried in the CMS', async () => {
    const person = await individual(pki)
    const rootsOnly = createTrustStore({ roots: [pki.root.certificate], crls: [pki.rootCrl] })
    expect(await code(await sign(person.sign), { trust: rootsOnly })).toBe('untrusted_chain')
  })

  it("refuses a certificate whose issuer name matches but whose signature is not the issuer's", async () => {
    // Same name as the real intermediate, another key: an impostor CA.
    const impostor = await createDemoIntermediate(pki.otherRoot, {
      now,
      commonName: 'ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (TEST)',
    })
    const forged = await issueDemoCertificates(impostor, {
      iin: '900101300123',
      commonName: 'X',
      role: 'individual',
      now,
    })
    expect(await verify(await sign(forged.sign))).toMatchObject({
      code: 'untrusted_chain',
      detail: expect.stringContaining('does not verify'),
    })
  })

  it('refuses an unknown critical extension in the leaf', async () => {
    const keys = await generateKeyPair('ecdsa-p256')
    const certificate = await buildCertificate({
      subject: [{ oid: attr.serialNumber, value: 'IIN900101300123' }, {
        oid: attr.commonName,
        value: 'A',
      }],
      publicKey: keys.publicKey,
      issuerCertificate: pki.intermediate.certificate,
      signingKey: await issuerKey(pki.intermediate),
      notBefore: now,
      notAfter: new Date(now.getTime() + 365 * day),
      keyUsage: ['digitalSignature', 'nonRepudiation'],
      extensions: [extension('1.2.3.4.5.6', true, new asn1js.Null())],
    })
    const privateKey = new Uint8Array(await crypto.subtle.exportKey('pkcs8', keys.privateKey))
    const result = await verify(await sign({ certificate, privateKey }))
    expect(result).toMatchObject({ ok: false, code: 'unsupported_extension' })
  })
})

describe('verifySignature() validity, at our receipt time', () => {
  it('refuses an expired certificate although its claimed signing time was inside the validity', async () => {
    const old = await individual(pki, { now: new Date(at.getTime() - 400 * day) })
    expect(await code(await sign(old.sign))).toBe('expired')
  })

  it('refuses a certificate that is not valid yet', async () => {
    const future = await individual(pki, { now: new Date(at.getTime() + day) })
    expect(await code(await sign(future.sign))).toBe('not_yet_valid')
  })

  it('refuses a valid leaf under an expired intermediate', async () => {
    const shortLived = await createDemoIntermediate(pki.root, {
      now: new Date(at.getTime() - 10 * day),
      commonName: 'SHORT CA',
      validDays: 5,
    })
    const person = await issueDemoCertificates(shortLived, {
      iin: '900101300123',
      commonName: 'A',
      role: 'individual',
      now,
    })
    const store = createTrustStore({
      roots: [pki.root.certificate],
      intermediates: [shortLived.certificate],
      crls: [pki.rootCrl, await crl(shortLived, [])],
    })
    expect(await verify(await sign(person.sign), { trust: store })).toMatchObject({
      code: 'expired',
      detail: expect.stringContaining('SHORT CA'),
    })
  })
})

describe('verifySignature() revocation, failing closed', () => {
  it('refuses a certificate revoked before we received the signature', async () => {
    const person = await individual(pki)
    const serial = parseCertificate(person.sign.certificate).serialHex
    const store = await trustFor(pki, [{
      serial,
      date: new Date(at.getTime() - 2 * 60 * 60 * 1000),
    }])
    expect(await code(await sign(person.sign), { trust: store })).toBe('revoked')
  })

  it('accepts a certificate revoked only after we received the signature, and says so', async () => {
    const person = await individual(pki)
    const serial = parseCertificate(person.sign.certificate).serialHex
    const store = await trustFor(pki, [{ serial, date: new Date(at.getTime() + 60 * 60 * 1000) }])
    const result = await verify(await sign(person.sign), { trust: store })
    expect(result.ok).toBe(true)
    expect(result.checks.find((c) => c.name === 'revocation')?.detail).toContain('revoked later')
  })

  it("does not confuse another certificate's revocation with this one", async () => {
    const [person, other] = [await individual(pki), await individual(pki)]
    const serial = parseCertificate(other.sign.certificate).serialHex
    expect(
      await code(await sign(person.sign), { trust: await trustFor(pki, [{ serial, date: now }]) }),
    ).toBe('ok')
  })

  it('refuses when the issuer has no CRL', async () => {
    const person = await individual(pki)
    const noCrl = createTrustStore({
      roots: [pki.root.certificate],
      intermediates: [pki.intermediate.certificate],
      crls: [pki.rootCrl],
    })
    expect(await code(await sign(person.sign), { trust: noCrl })).toBe('revocation_unknown')
  })

  it('refuses when the only CRL is past its nextUpdate', async () => {
    const person = await individual(pki)
    const stale = await crl(pki.intermediate, [], new Date(at.getTime() - 60 * 1000))
    const store = createTrustStore({
      roots: [pki.root.certificate],
      intermediates: [pki.intermediate.certificate],
      crls: [pki.rootCrl, stale],
    })
    expect(await verify(await sign(person.sign), { trust: store })).toMatchObject({
      code: 'revocation_unknown',
      detail: expect.stringContaining('stale'),
    })
  })

  it('refuses when the CRL is signed by the wrong key, even if it lists nothing', async () => {
    const person = await individual(pki)
    const forged = await createCrl(
      { certificate: pki.intermediate.certificate, privateKey: pki.otherRoot.privateKey },
      [],
      {
        thisUpdate: now,
        nextUpdate: new Date(at.getTime() + day),
      },
    )
    const store = createTrustStore({
      roots: [pki.root.certificate],
      intermediates: [pki.intermediate.certificate],
      crls: [pki.rootCrl, forged],
    })
    expect(await verify(await sign(person.sign), { trust: store })).toMatchObject({
      code: 'revocation_unknown',
      detail: expect.stringContaining('signature does not verify'),
    })
  })

  it('refuses a revoked intermediate', async () => {
    const person = await individual(pki)
    const serial = parseCertificate(pki.intermediate.certificate).serialHex
    const store = createTrustStore({
      roots: [pki.root.certificate],
      intermediates: [pki.intermediate.certificate],
      crls: [await crl(pki.root, [{ serial, date: now }]), await crl(pki.intermediate, [])],
    })
    expect(await code(await sign(person.sign), { trust: store })).toBe('revoked')
  })
})
