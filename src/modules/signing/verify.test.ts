import * as pkijs from 'pkijs'
import { beforeAll, describe, expect, it } from 'vitest'
import { toBase64, toPem } from './bytes.ts'
import { engine } from './engine.ts'
import { ncaPolicy } from './oids.ts'
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

describe('verifySignature() accepts', () => {
  it('a detached ECDSA P-256 signature and reports the signer and every check', async () => {
    const result = await verifySignature(input())
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.signer).toMatchObject({
      iin: '900101300123',
      commonName: 'СӘРСЕНБАЕВ АЙДОС',
      policies: [ncaPolicy.individual],
    })
    expect(result.signer.keyUsage).toEqual(['digitalSignature', 'nonRepudiation'])
    expect(result.algorithm).toBe('ECDSA P-256 SHA-256')
    expect(result.checks.map((c) => [c.name, c.outcome])).toEqual([
      ['parse', 'passed'],
      ['algorithm', 'passed'],
      ['content', 'passed'],
      ['signature', 'passed'],
      ['chain', 'passed'],
      ['validity', 'passed'],
      ['revocation', 'passed'],
      ['keyUsage', 'passed'],
      ['identity', 'passed'],
    ])
    expect(result.chain).toHaveLength(3)
    expect(result.demo).toBe(false)
    expect(result.checkedAt).toEqual(at)
    expect(result.claimedSigningTime).toEqual(now)
  })

  it('the same signature as base64 text and as PEM', async () => {
    expect((await verifySignature(input({ cms: toBase64(cms) }))).ok).toBe(true)
    expect((await verifySignature(input({ cms: toPem(cms, 'CMS') }))).ok).toBe(true)
  })

  it('an attached signature whose content is the document', async () => {
    const attached = await signAttached(document, signer.sign.certificate, signer.sign.privateKey, {
      signingTime: now,
    })
    const result = await verifySignature(input({ cms: attached }))
    expect(result.ok).toBe(true)
    expect(result.checks[2]?.detail).toMatch(/^attached/)
  })

  it('an RSA-2048 signature, and one with SHA-512', async () => {
    const rsa = await individual(pki, { algorithm: 'rsa-2048' })
    const result = await verifySignature(input({ cms: await sign(rsa.sign) }))
    expect(result.ok && result.algorithm).toBe('RSA-2048 SHA-256')
    const sha512 = await signDetached(document, rsa.sign.certificate, rsa.sign.privateKey, {
      signingTime: now,
      hash: 'SHA-512',
    })
    const again = await verifySignature(input({ cms: sha512 }))
    expect(again.ok && again.algorithm).toBe('RSA-2048 SHA-512')
  })

  it('an RSA-PSS signature', async () => {
    const rsa = await individual(pki, { algorithm: 'rsa-2048' })
    const key = await crypto.subtle.importKey(
      'pkcs8',
      rsa.sign.privateKey.slice(),
      { name: 'RSA-PSS', hash: 'SHA-384' },
      false,
      ['sign'],
    )
    const pss = await signDetached(document, rsa.sign.certificate, key, { signingTime: now })
    const result = await verifySignature(input({ cms: pss }))
    expect(result.ok && result.algorithm).toBe('RSA-PSS-2048 SHA-384')
  })

  it('an ECDSA P-384 signature with SHA-384', async () => {
    const p384 = await individual(pki, { algorithm: 'ecdsa-p384' })
    const der = await signDetached(document, p384.sign.certificate, p384.sign.privateKey, {
      signingTime: now,
      hash: 'SHA-384',
    })
    const result = await verifySignature(input({ cms: der }))
    expect(result.ok && result.algorithm).toBe('ECDSA P-384 SHA-384')
  })

  it('what pkijs itself accepts, and refuses what pkijs refuses', async () => {
    const sd = new pkijs.SignedData({
      schema: pkijs.ContentInfo.fromBER(cms.slice().buffer).content,
    })
    expect(await sd.verify({ signer: 0, data: document.slice().buffer }, engine)).toBe(true)
    const changed = document.slice()
    changed[0] = (changed[0] ?? 0) ^ 1
    await expect(sd.verify({ signer: 0, data: changed.buffer }, engine)).rejects.toThrow(/digest/)
    expect((await verifySignature(input({ content: changed }))).ok).toBe(false)
  })
})
