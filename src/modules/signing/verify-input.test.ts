import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildCertificate } from './certificate-builder.ts'
import { issuerKey } from './demo-ca.ts'
import { attr } from './oids.ts'
import {
  at,
  createTestPki,
  document,
  individual,
  now,
  sign,
  type TestPki,
  trustFor,
} from './pki.fixture.ts'
import { signAttached, signDetached } from './sign.ts'
import type { TrustStore } from './trust.ts'
import { type VerifyInput, verifySignature } from './verify.ts'

let pki: TestPki
let trust: TrustStore
let signer: Awaited<ReturnType<typeof individual>>
let cms: Uint8Array

beforeAll(async () => {
  pki = await createTestPki()
  trust = await trustFor(pki)
  signer = await individual(pki)
  cms = await sign(signer.sign)
})

function input(overrides: Partial<VerifyInput> = {}): VerifyInput {
  return {
    cms,
    content: document,
    trust,
    at,
    purpose: 'sign',
    expected: { kind: 'individual', iin: '900101300123' },
    ...overrides,
  }
}

function rewrite(
  der: Uint8Array,
  change: (si: pkijs.SignerInfo, sd: pkijs.SignedData) => void,
): Uint8Array {
  const info = pkijs.ContentInfo.fromBER(der.slice().buffer)
  const sd = new pkijs.SignedData({ schema: info.content })
  change(sd.signerInfos[0] as pkijs.SignerInfo, sd)
  const out = new pkijs.ContentInfo({
    contentType: pkijs.ContentInfo.SIGNED_DATA,
    content: sd.toSchema(),
  })
  return new Uint8Array(out.toSchema().toBER())
}

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer
    return i
  }
  return -1
}

describe('verifySignature() refuses', () => {
  async function code(overrides: Partial<VerifyInput>): Promise<string> {
    const result = await verifySignature(input(overrides))
    return result.ok ? 'ok' : result.code
  }

  it('another document, and the document with one byte changed', async () => {
    expect(await code({ content: new TextEncoder().encode('{"other":true}') })).toBe(
      'content_mismatch',
    )
    const changed = document.slice()
    changed[10] = (changed[10] ?? 0) ^ 0x20
    expect(await code({ content: changed })).toBe('content_mismatch')
  })

  it('an attached signature over another document', async () => {
    const other = new TextEncoder().encode('{"other":true}')
    const attached = await signAttached(other, signer.sign.certificate, signer.sign.privateKey, {
      signingTime: now,
    })
    expect(await code({ cms: attached })).toBe('content_mismatch')
  })

  it('a signature with one byte flipped', async () => {
    const sd = new pkijs.SignedData({
      schema: pkijs.ContentInfo.fromBER(cms.slice().buffer).content,
    })
    const signature = new Uint8Array((sd.signerInfos[0] as pkijs.SignerInfo).signature.getValue())
    const flipped = cms.slice()
    const offset = indexOf(flipped, signature) + signature.length - 1
    flipped[offset] = (flipped[offset] ?? 0) ^ 0x01
    expect(await code({ cms: flipped })).toBe('bad_signature')
  })

  it('a truncated CMS, random garbage, text that is not base64, and an empty input', async () => {
    expect(await code({ cms: cms.slice(0, cms.length - 20) })).toBe('malformed')
    expect(await code({ cms: crypto.getRandomValues(new Uint8Array(700)) })).toBe('malformed')
    expect(await code({ cms: 'this is not a signature!' })).toBe('malformed')
    expect(await code({ cms: new Uint8Array() })).toBe('malformed')
    expect(await code({ cms: new Uint8Array([0x30, 0x80, 0x30, 0x80]) })).toBe('malformed')
  })

  it('deeply nested DER without exhausting the stack', async () => {
    const depth = 5000
    const nested = new Uint8Array(depth * 2)
    for (let i = 0; i < depth; i++) nested.set([0x30, 0x80], i * 2)
    expect(await code({ cms: nested })).toBe('malformed')
  })

  it('a CMS over 1 MB before parsing it', async () => {
    expect(await code({ cms: new Uint8Array(1024 * 1024 + 1) })).toBe('too_large')
    expect(await code({ cms: 'A'.repeat(2_000_000) })).toBe('too_large')
  })

  it('a ContentInfo that is not SignedData', async () => {
    const data = new pkijs.ContentInfo({
      contentType: pkijs.ContentInfo.DATA,
      content: new asn1js.OctetString({ valueHex: new ArrayBuffer(4) }),
    })
    expect(await code({ cms: new Uint8Array(data.toSchema().toBER()) })).toBe('not_signed_data')
  })

  it('two signers, even when both are valid', async () => {
    const twice = rewrite(cms, (si, sd) => sd.signerInfos.push(si))
    expect(await code({ cms: twice })).toBe('multiple_signers')
  })

  it('a CMS without the signer certificate', async () => {
    expect(await code({ cms: rewrite(cms, (_, sd) => sd.certificates = []) })).toBe(
      'signer_certificate_missing',
    )
  })

  it('a GOST 34.310 signature algorithm, naming it', async () => {
    const gost = rewrite(
      cms,
      (si) =>
        si.signatureAlgorithm = new pkijs.AlgorithmIdentifier({
          algorithmId: '1.2.398.3.10.1.1.1.2',
        }),
    )
    const result = await verifySignature(input({ cms: gost }))
    expect(result).toMatchObject({
      ok: false,
      code: 'unsupported_algorithm',
      detail: 'GOST 34.310-2004 (1.2.398.3.10.1.1.1.2)',
    })
  })

  it('a GOST R 34.10-2012 signature and a GOST 34.311 digest', async () => {
    const ru = rewrite(
      cms,
      (si) =>
        si.signatureAlgorithm = new pkijs.AlgorithmIdentifier({ algorithmId: '1.2.643.7.1.1.1.1' }),
    )
    expect(await verifySignature(input({ cms: ru }))).toMatchObject({
      code: 'unsupported_algorithm',
      detail: 'GOST R 34.10-2012 (1.2.643.7.1.1.1.1)',
    })
    const digest = rewrite(
      cms,
      (si) =>
        si.digestAlgorithm = new pkijs.AlgorithmIdentifier({ algorithmId: '1.2.398.3.10.1.3.1' }),
    )
    expect(await verifySignature(input({ cms: digest }))).toMatchObject({
      code: 'unsupported_algorithm',
      detail: 'GOST 34.311-95 (1.2.398.3.10.1.3.1)',
    })
  })

  it('SHA-1 and MD5 digests', async () => {
    const sha1 = rewrite(
      cms,
      (si) => si.digestAlgorithm = new pkijs.AlgorithmIdentifier({ algorithmId: '1.3.14.3.2.26' }),
    )
    expect(await verifySignature(input({ cms: sha1 }))).toMatchObject({
      code: 'unsupported_algorithm',
      detail: 'SHA-1 (1.3.14.3.2.26)',
    })
    const md5 = rewrite(
      cms,
      (si) =>
        si.digestAlgorithm = new pkijs.AlgorithmIdentifier({ algorithmId: '1.2.840.113549.2.5' }),
    )
    expect(await verifySignature(input({ cms: md5 }))).toMatchObject({
      code: 'unsupported_algorithm',
      detail: 'MD5 (1.2.840.113549.2.5)',
    })
  })

  it('an RSA key shorter than 2048 bits', async () => {
    const keys = await crypto.subtle.generateKey(
      {
        name: 'RSASSA-PKCS1-v1_5',
        modulusLength: 1024,
        publicExponent: new Uint8Array([1, 0, 1]),
        hash: 'SHA-256',
      },
      false,
      ['sign', 'verify'],
    ) as CryptoKeyPair
    const certificate = await buildCertificate({
      subject: [{ oid: attr.serialNumber, value: 'IIN900101300123' }, {
        oid: attr.commonName,
        value: 'WEAK KEY',
      }],
      publicKey: keys.publicKey,
      issuerCertificate: pki.intermediate.certificate,
      signingKey: await issuerKey(pki.intermediate),
      notBefore: now,
      notAfter: new Date(at.getTime() + 1e9),
      keyUsage: ['digitalSignature', 'nonRepudiation'],
    })
    const weak = await signDetached(document, certificate, keys.privateKey, { signingTime: now })
    expect(await verifySignature(input({ cms: weak }))).toMatchObject({
      code: 'unsupported_algorithm',
      detail: 'RSA-1024',
    })
  })

  it('and records the failed check and skips the rest', async () => {
    const result = await verifySignature(input({ content: new Uint8Array([1]) }))
    expect(result.checks.map((c) => c.outcome)).toEqual([
      'passed',
      'passed',
      'failed',
      'skipped',
      'skipped',
      'skipped',
      'skipped',
      'skipped',
      'skipped',
    ])
  })
})
