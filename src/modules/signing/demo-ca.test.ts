import * as pkijs from 'pkijs'
import { beforeAll, describe, expect, it } from 'vitest'
import { toHex } from './bytes.ts'
import { parseCertificate } from './certificate.ts'
import { createCrl } from './crl-builder.ts'
import { parseCrl } from './crl.ts'
import { createDemoRoot, type DemoCredential, issueDemoCertificates } from './demo-ca.ts'
import { parseDer } from './engine.ts'
import { attr, eku, ncaPolicy } from './oids.ts'
import { signDetached } from './sign.ts'
import { createTrustStore } from './trust.ts'
import { verifySignature } from './verify.ts'

const now = new Date('2026-03-02T04:00:00Z')
const day = 24 * 60 * 60 * 1000
let root: DemoCredential

beforeAll(async () => {
  root = await createDemoRoot({ now })
})

describe('createDemoRoot()', () => {
  it('makes a self-signed CA named as a DEMO CA, valid for ten years', () => {
    const cert = parseCertificate(root.certificate)
    expect(cert.subject.find((a) => a.oid === attr.commonName)?.value).toMatch(/^DEMO CA/)
    expect(toHex(cert.subjectDer)).toBe(toHex(cert.issuerDer))
    expect(cert.basic).toEqual({ ca: true, pathLen: null })
    expect(cert.keyUsage).toEqual(['keyCertSign', 'cRLSign'])
    expect(cert.notAfter.getTime() - cert.notBefore.getTime()).toBeGreaterThanOrEqual(3652 * day)
  })

  it('can make an RSA-2048 root', async () => {
    const rsa = await createDemoRoot({ now, algorithm: 'rsa-2048' })
    expect(parseCertificate(rsa.certificate).cert.subjectPublicKeyInfo.algorithm.algorithmId).toBe(
      '1.2.840.113549.1.1.1',
    )
  })
})

describe('issueDemoCertificates()', () => {
  it("issues a SIGN and an AUTH certificate with separate keys, shaped like NCA RK's", async () => {
    const { sign, auth } = await issueDemoCertificates(root, {
      iin: '900101300123',
      commonName: 'А',
      role: 'individual',
      now,
    })
    const s = parseCertificate(sign.certificate)
    const a = parseCertificate(auth.certificate)
    expect(s.keyUsage).toEqual(['digitalSignature', 'nonRepudiation'])
    expect(a.keyUsage).toEqual(['digitalSignature'])
    expect(a.extKeyUsage).toContain(eku.clientAuth)
    expect(s.extKeyUsage).not.toContain(eku.clientAuth)
    expect(s.policies).toEqual([ncaPolicy.individual])
    expect(s.subject.find((x) => x.oid === attr.serialNumber)?.value).toBe('IIN900101300123')
    expect(toHex(sign.privateKey)).not.toBe(toHex(auth.privateKey))
    expect(s.serialHex).not.toBe(a.serialHex)
  })

  it('gives a head the legal-entity and first-head policies and the BIN in OU', async () => {
    const { sign } = await issueDemoCertificates(root, {
      iin: '780202400456',
      bin: '050140001234',
      commonName: 'Б',
      role: 'head',
      now,
    })
    const cert = parseCertificate(sign.certificate)
    expect(cert.policies).toEqual([ncaPolicy.legalEntity, ncaPolicy.firstHead])
    expect(cert.subject.find((x) => x.oid === attr.organizationalUnit)?.value).toBe(
      'BIN050140001234',
    )
  })

  it('rejects an IIN that is not 12 digits, and a company role without a BIN', async () => {
    await expect(
      issueDemoCertificates(root, { iin: '12345', commonName: 'В', role: 'individual', now }),
    ).rejects.toThrow(/12 digits/)
    await expect(
      issueDemoCertificates(root, { iin: '900101300123', commonName: 'В', role: 'head', now }),
    ).rejects.toThrow(/BIN/)
  })
})

describe('createCrl()', () => {
  it('lists the revoked serials and dates, signed by the issuer', async () => {
    const { sign } = await issueDemoCertificates(root, {
      iin: '900101300123',
      commonName: 'А',
      role: 'individual',
      now,
    })
    const serial = parseCertificate(sign.certificate).serialHex
    const der = await createCrl(root, [{ serial, date: now }], {
      thisUpdate: now,
      nextUpdate: new Date(now.getTime() + day),
      number: 7,
    })
    const info = parseCrl(der)
    expect(info.revoked.get(serial)).toEqual(now)
    expect(info.number).toBe('07')
    expect(info.unusable).toBeNull()
    const crl = new pkijs.CertificateRevocationList({ schema: parseDer(der) })
    expect(await crl.verify({ issuerCertificate: parseCertificate(root.certificate).cert })).toBe(
      true,
    )
  })
})

describe('signDetached()', () => {
  it('writes a detached SignedData with contentType, messageDigest and signingTime and the signer certificate', async () => {
    const { sign } = await issueDemoCertificates(root, {
      iin: '900101300123',
      commonName: 'А',
      role: 'individual',
      now,
    })
    const der = await signDetached(new Uint8Array([1, 2, 3]), sign.certificate, sign.privateKey, {
      signingTime: now,
    })
    const sd = new pkijs.SignedData({
      schema: pkijs.ContentInfo.fromBER(der.slice().buffer).content,
    })
    expect(sd.encapContentInfo.eContent).toBeUndefined()
    expect(sd.certificates).toHaveLength(1)
    const types = (sd.signerInfos[0]?.signedAttrs?.attributes ?? []).map((a) => a.type)
    expect(types.sort()).toEqual([
      '1.2.840.113549.1.9.3',
      '1.2.840.113549.1.9.4',
      '1.2.840.113549.1.9.5',
    ])
  })

  it('produces signatures the verifier marks as demo when the root is configured as a demo root', async () => {
    const { sign } = await issueDemoCertificates(root, {
      iin: '900101300123',
      commonName: 'А',
      role: 'individual',
      now,
    })
    const content = new TextEncoder().encode('{"a":1}')
    const trust = createTrustStore({
      roots: [],
      demoRoots: [root.certificate],
      crls: [
        await createCrl(root, [], { thisUpdate: now, nextUpdate: new Date(now.getTime() + day) }),
      ],
    })
    const result = await verifySignature({
      cms: await signDetached(content, sign.certificate, sign.privateKey, { signingTime: now }),
      content,
      trust,
      at: new Date(now.getTime() + 60_000),
      purpose: 'sign',
      expected: { kind: 'individual', iin: '900101300123' },
    })
    expect(result.ok && result.demo).toBe(true)
  })
})
