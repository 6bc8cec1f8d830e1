import { beforeAll, describe, expect, it } from 'vitest'
import { ConfigError } from '../../lib/errors.ts'
import { toBase64, toPem } from './bytes.ts'
import { createDemoRoot, type DemoCredential, issueDemoCertificates } from './demo-ca.ts'
import { crl, now } from './pki.fixture.ts'
import { createTrustStore, withCrls } from './trust.ts'

let root: DemoCredential
let leaf: DemoCredential

beforeAll(async () => {
  root = await createDemoRoot({ now })
  leaf = (await issueDemoCertificates(root, {
    iin: '900101300123',
    commonName: 'А',
    role: 'individual',
    now,
  })).sign
})

describe('createTrustStore()', () => {
  it('reads DER, base64, and a PEM bundle of several certificates', () => {
    const bundle = toPem(root.certificate, 'CERTIFICATE') + toPem(root.certificate, 'CERTIFICATE')
    const store = createTrustStore({
      roots: [root.certificate, toBase64(root.certificate), bundle],
    })
    expect(store.roots).toHaveLength(4)
    expect(store.roots.every((r) => !r.demo)).toBe(true)
  })

  it('flags demo roots', () => {
    expect(createTrustStore({ roots: [], demoRoots: [root.certificate] }).roots[0]?.demo).toBe(true)
  })

  it('refuses garbage, a leaf as a root, and a leaf as an intermediate, naming the item', () => {
    expect(() => createTrustStore({ roots: [new Uint8Array([1, 2, 3])] })).toThrow(ConfigError)
    expect(() => createTrustStore({ roots: [leaf.certificate] })).toThrow(/root #1 .* is not a CA/)
    expect(() => createTrustStore({ roots: [root.certificate], intermediates: [leaf.certificate] }))
      .toThrow(/intermediate #1/)
    expect(() => createTrustStore({ roots: [root.certificate], crls: ['not base64!'] })).toThrow(
      /CRL #1/,
    )
    expect(() => createTrustStore({ roots: [root.certificate], crls: [root.certificate] })).toThrow(
      /CRL #1 is not a CRL/,
    )
  })
})

describe('withCrls()', () => {
  it('replaces the CRLs and leaves the original store as it was', async () => {
    const store = createTrustStore({ roots: [root.certificate] })
    const refreshed = withCrls(store, [await crl(root, [])])
    expect(refreshed.crls).toHaveLength(1)
    expect(store.crls).toHaveLength(0)
    expect(refreshed.roots).toBe(store.roots)
  })
})
