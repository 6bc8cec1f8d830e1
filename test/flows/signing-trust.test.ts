/**
 * Real trust configuration, end to end: NCA-style root (PEM), intermediate (DER) and CRLs as
 * files in TRUST_ROOTS_DIR / TRUST_CRLS_DIR, read by the platform at boot with the demo CA off;
 * a signature under that chain is stored without a demo mark; the CRL job picks up a new CRL
 * that revokes it, and keeps the last good CRL when a refreshed file is broken.
 */
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { boot, type Booted, BootError } from '../../src/boot.ts'
import { parseConfig } from '../../src/config.ts'
import { systemClock } from '../../src/lib/clock.ts'
import { demoPersons } from '../../src/modules/identity/index.ts'
import {
  canonicalBytes,
  createCrl,
  createDemoIntermediate,
  createDemoRoot,
  createSignatureRequest,
  type DemoCredential,
  getSignature,
  issueDemoCertificates,
  signDetached,
  toPem,
} from '../../src/modules/signing/index.ts'
import { parseCertificate } from '../../src/modules/signing/certificate.ts'
import { nodePlatform } from '../../src/platform/node.ts'
import { TestClient } from '../helpers/app.ts'
import { errorSummary, fieldValue, parse } from '../helpers/html.ts'

const ALIYA = demoPersons.aliya.iin
const day = 24 * 60 * 60 * 1000

describe('trust files: NCA roots, intermediates and CRLs', () => {
  let dir: string
  let booted: Booted
  let pki: { root: DemoCredential; intermediate: DemoCredential; leaf: DemoCredential }
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'trust-'))
    pki = await makePki()
    await fs.mkdir(path.join(dir, 'roots'))
    await fs.mkdir(path.join(dir, 'crls'))
    await fs.writeFile(
      path.join(dir, 'roots', 'root_rsa.pem'),
      toPem(pki.root.certificate, 'CERTIFICATE'),
    )
    await fs.writeFile(path.join(dir, 'roots', 'nca_rsa.cer'), pki.intermediate.certificate)
    await fs.writeFile(path.join(dir, 'crls', 'root_rsa.crl'), await crlOf(pki.root, []))
    await fs.writeFile(path.join(dir, 'crls', 'nca_rsa.crl'), await crlOf(pki.intermediate, []))
    booted = (await boot(env(dir), nodePlatform))!
  })
  afterEach(async () => {
    await booted.db.close()
    await fs.rm(dir, { recursive: true, force: true })
  })

  it('verifies a signature under the configured chain, not as a demo, and offers no demo key', async () => {
    const c = await signedIn(booted)
    const id = await request(booted, 'first')
    const page = await c.get(`/kk/signatures/${id}`)
    expect(parse(page.text).querySelector('input[name="password"]')).toBeNull()
    expect((await upload(c, id, await sign(pki.leaf, 'first'))).status).toBe(303)
    const signed = (await getSignature(booted, id))!
    expect(signed.signer).toMatchObject({ iin: ALIYA, demo: false })
    expect(signed.evidence!.chain).toHaveLength(3)
    const shown = await c.get(`/kk/signatures/${id}`)
    expect(shown.text).not.toContain('Демо қолтаңба')
    const other = await request(booted, 'demo')
    const demo = await c.post(`/kk/signatures/${other}`, {
      nonce: fieldValue(parse((await c.get(`/kk/signatures/${other}`)).text), 'nonce')!,
      method: 'demo',
      password: 'x',
    })
    expect(demo.status).toBe(422)
    expect(errorSummary(parse(demo.text))[0]?.[1]).toMatch(/^Демо куәландырушы орталық өшірілген/)
  })

  it('the CRL job loads a CRL that revokes the certificate, and keeps it when the next file is broken', async () => {
    const c = await signedIn(booted)
    const serial = parseCertificate(pki.leaf.certificate).serialHex
    const crls = path.join(dir, 'crls', 'nca_rsa.crl')
    await fs.writeFile(
      crls,
      await crlOf(pki.intermediate, [{ serial, date: new Date(Date.now() - 60_000) }]),
    )
    const report = (await booted.refreshCrls!()) as { loaded: string[] }
    expect(report.loaded).toHaveLength(2)
    const id = await request(booted, 'revoked')
    const refused = await upload(c, id, await sign(pki.leaf, 'revoked'))
    expect(errorSummary(parse(refused.text))[0]?.[1]).toMatch(
      /^ЭЦҚ тіркеу куәлігі кері қайтарылған/,
    )
    await fs.writeFile(crls, 'not a CRL')
    const broken = (await booted.refreshCrls!()) as { failed: Array<{ name: string }> }
    expect(broken.failed.map((f) => path.basename(f.name))).toEqual(['nca_rsa.crl'])
    const again = await upload(c, id, await sign(pki.leaf, 'revoked'))
    expect(errorSummary(parse(again.text))[0]?.[1]).toMatch(/^ЭЦҚ тіркеу куәлігі кері қайтарылған/)
  })
})

describe('trust configuration errors', () => {
  it('refuses to start with a leaf certificate among the roots, naming the file', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'trust-'))
    try {
      const pki = await makePki()
      await fs.mkdir(path.join(dir, 'roots'))
      await fs.mkdir(path.join(dir, 'crls'))
      await fs.writeFile(path.join(dir, 'roots', 'mine.crt'), pki.leaf.certificate)
      await expect(boot(env(dir), nodePlatform)).rejects.toThrow(BootError)
      await expect(boot(env(dir), nodePlatform)).rejects.toThrow(/mine\.crt.*not a CA/)
    } finally {
      await fs.rm(dir, { recursive: true, force: true })
    }
  })

  it('DEMO_CA is on by default outside production, and never in production', () => {
    expect(parseConfig({ NODE_ENV: 'development' }).demoCa).toBe(true)
    expect(parseConfig({ NODE_ENV: 'test', DEMO_CA: 'false' }).demoCa).toBe(false)
    const production = {
      NODE_ENV: 'production',
      SESSION_SECRET: 's'.repeat(40),
      PAYMENT_GATEWAY_SECRET: 'p'.repeat(40),
    }
    expect(parseConfig(production).demoCa).toBe(false)
    expect(() => parseConfig({ ...production, DEMO_CA: 'true' })).toThrow(/DEMO_CA/)
    expect(() => parseConfig({ ...production, DEMO_CA: 'yes' })).toThrow(/DEMO_CA/)
  })
})

function env(dir: string): Record<string, string> {
  return {
    NODE_ENV: 'test',
    PUBLIC_ORIGIN: 'http://localhost:3000',
    DATABASE_URL: path.join(dir, 'db.sqlite'),
    SESSION_SECRET: 'trust-test-secret-trust-test-secret-000',
    LOG_LEVEL: 'error',
    PASSWORD_HASH_COST: '10',
    DEMO_CA: 'false',
    TRUST_ROOTS_DIR: path.join(dir, 'roots'),
    TRUST_CRLS_DIR: path.join(dir, 'crls'),
  }
}

async function makePki() {
  const now = new Date(Date.now() - day)
  const root = await createDemoRoot({ now, commonName: 'ҚР ҰКО TEST ROOT', algorithm: 'rsa-2048' })
  const intermediate = await createDemoIntermediate(root, {
    now,
    commonName: 'ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA) TEST',
    algorithm: 'rsa-2048',
  })
  const { sign: leaf } = await issueDemoCertificates(intermediate, {
    iin: ALIYA,
    commonName: 'САРСЕНОВА АЛИЯ',
    role: 'individual',
    now,
    algorithm: 'rsa-2048',
  })
  return { root, intermediate, leaf }
}

function crlOf(issuer: DemoCredential, revoked: Array<{ serial: string; date: Date }>) {
  return createCrl(issuer, revoked, {
    thisUpdate: new Date(Date.now() - 60_000),
    nextUpdate: new Date(Date.now() + day),
  })
}

async function signedIn(b: Booted): Promise<TestClient> {
  const c = new TestClient(b.app, b.config)
  await c.signIn(ALIYA)
  return c
}

async function request(b: Booted, copy: string): Promise<string> {
  const account = await b.db.kysely.selectFrom('identity_accounts').select('id')
    .where('login', '=', ALIYA).executeTakeFirstOrThrow()
  const made = await createSignatureRequest({ db: b.db, clock: systemClock }, {
    purpose: 'application',
    entity: { type: 'application', id: copy },
    document: { copy, applicant: ALIYA },
    signer: { accountId: account.id, expected: { kind: 'individual', iin: ALIYA } },
    returnPath: `/applications/${copy}`,
  })
  return made.id
}

function sign(key: DemoCredential, copy: string) {
  return signDetached(canonicalBytes({ copy, applicant: ALIYA }), key.certificate, key.privateKey, {
    signingTime: new Date(),
  })
}

async function upload(c: TestClient, id: string, cms: Uint8Array) {
  const nonce = fieldValue(parse((await c.get(`/kk/signatures/${id}`)).text), 'nonce')!
  return await c.post(`/kk/signatures/${id}`, {
    nonce,
    method: 'upload',
    signature: new File([cms.slice().buffer], 'application.p7s'),
  })
}
