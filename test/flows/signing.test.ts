/**
 * The signing request lifecycle over HTTP, on every dialect: a module creates a request, its
 * signer signs it on the signing page (demo key, or an uploaded detached CMS), the evidence is
 * stored and rendered; replayed, expired and foreign nonces, someone else's request, a wrong
 * document and a wrong signer are refused with a translated message and store nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, demoPersons } from '../../src/modules/identity/index.ts'
import {
  canonicalBytes,
  createSignatureRequest,
  decryptPrivateKey,
  emptyTrustConfig,
  getSignature,
  signDetached,
  toPem,
  verifyStoredSignature,
} from '../../src/modules/signing/index.ts'
import { fromBase64 } from '../../src/modules/signing/bytes.ts'
import { createTestApp, type TestApp, type TestClient } from '../helpers/app.ts'
import { dialects } from '../helpers/db.ts'
import { errorSummary, fieldValue, h1s, parse } from '../helpers/html.ts'

const ALIYA = demoPersons.aliya.iin
const OLGA = demoPersons.olga.iin
const DOCUMENT = { application: 'app-1', service: 'KZ-LIC-01', applicant: { iin: ALIYA } }

describe.each(dialects)('$name: signature requests', ({ name }) => {
  let t: TestApp
  let aliya: TestClient
  beforeEach(async () => {
    t = await createTestApp({ dialect: name, demo: true })
    aliya = t.client()
    await aliya.signIn(ALIYA)
  })
  afterEach(async () => {
    // Only this module's pages: other modules' keys (being written alongside) are theirs to check.
    expect(t.missingTranslations.filter((k) => !/ (intake|review|approval|issuance):/.test(k)))
      .toEqual([])
    await t.close()
  })

  it('shows the document, its SHA-256 and the three ways to sign, with the NCALayer CSP only there', async () => {
    const id = await request(t, ALIYA)
    const res = await aliya.get(`/ru/signatures/${id}`)
    expect(res.status).toBe(200)
    const doc = parse(res.text)
    expect(h1s(doc)).toEqual(['Подписание документа'])
    expect(res.text).toContain('Заявление на лицензию')
    expect(res.text).toContain((await getSignature(t, id))!.documentHash)
    expect(doc.querySelector('form[data-ncalayer-form]')?.getAttribute('data-key-type')).toBe(
      'SIGNATURE',
    )
    expect(doc.querySelector('input[type="file"][name="signature"]')).not.toBeNull()
    expect(doc.querySelector('input[name="password"]')).not.toBeNull()
    expect(doc.querySelector('script[src^="/assets/ncalayer."]')).not.toBeNull()
    expect(res.headers.get('content-security-policy')).toContain(
      "connect-src 'self' wss://127.0.0.1:13579",
    )
    const home = await aliya.get('/ru')
    expect(home.headers.get('content-security-policy')).toContain("connect-src 'self';")
    const bytes = await aliya.get(`/ru/signatures/${id}/document`)
    expect(bytes.text).toBe(new TextDecoder().decode(canonicalBytes(DOCUMENT)))
    expect(bytes.headers.get('content-disposition')).toMatch(/^attachment/)
  })

  it('signs with the demo key after the password, stores the evidence and shows it marked as a demo', async () => {
    const id = await request(t, ALIYA)
    const res = await aliya.post(`/kk/signatures/${id}`, {
      nonce: await nonceOf(aliya, id),
      method: 'demo',
      password: DEMO_PASSWORD,
    })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/kk/applications/app-1/submission')
    const signed = (await getSignature(t, id))!
    expect(signed.status).toBe('signed')
    expect(signed.signer).toMatchObject({ iin: ALIYA, demo: true })
    expect(signed.evidence!.checks.map((c) => c.outcome)).toEqual(Array(9).fill('passed'))
    expect(signed.evidence!.method).toBe('demo')
    const page = await aliya.get(`/kk/signatures/${id}`)
    expect(page.text).toContain('Демо қолтаңба: заңды күші жоқ')
    expect(page.text).toContain(`ЖСН ${ALIYA}`)
    expect(page.text).toContain('кері қайтарылмаған')
    expect(page.text).toContain('(Алматы уақыты)')
    const deps = { ...t, secret: t.config.sessionSecret, trust: emptyTrustConfig(), demoCa: true }
    expect(await verifyStoredSignature(deps, id)).toMatchObject({ ok: true, demo: true })
    await t.db.kysely.updateTable('signing_requests').set({ document: '{"forged":true}' })
      .where('id', '=', id).execute()
    expect(await verifyStoredSignature(deps, id)).toMatchObject({
      ok: false,
      code: 'content_mismatch',
    })
  })

  it('accepts a detached CMS uploaded as DER and as PEM, made by any tool over the downloaded bytes', async () => {
    const key = await demoKey(t, aliya, ALIYA)
    for (const form of ['der', 'pem'] as const) {
      const id = await request(t, ALIYA, { ...DOCUMENT, copy: form })
      const bytes = new TextEncoder().encode(
        (await aliya.get(`/kk/signatures/${id}/document`)).text,
      )
      const cms = await signDetached(bytes, key.certificate, key.privateKey, {
        signingTime: t.clock.now(),
      })
      const file = form === 'der' ? cms : new TextEncoder().encode(toPem(cms, 'CMS'))
      const res = await upload(aliya, id, file)
      expect(res.status, form).toBe(303)
      expect((await getSignature(t, id))!.evidence!.method).toBe('upload')
    }
  })

  it('refuses a signature over another document with the reason, and stores nothing', async () => {
    const key = await demoKey(t, aliya, ALIYA)
    const id = await request(t, ALIYA)
    const other = canonicalBytes({ ...DOCUMENT, service: 'KZ-LIC-02' })
    const cms = await signDetached(other, key.certificate, key.privateKey, {
      signingTime: t.clock.now(),
    })
    const res = await upload(aliya, id, cms)
    expect(res.status).toBe(422)
    expect(errorSummary(parse(res.text))).toEqual([[
      '#signature-file',
      'Қолтаңба осы құжатқа қойылмаған: құжат қол қойылғаннан кейін өзгерген немесе басқа құжатқа қол қойылған. Құжатқа қайта қол қойыңыз',
    ]])
    expect((await getSignature(t, id))!.status).toBe('pending')
    expect(await signatureCount(t)).toBe(1)
  })

  it("refuses someone else's certificate (IIN mismatch) and a missing file", async () => {
    const olga = t.client()
    await olga.signIn(OLGA)
    const olgasKey = await demoKey(t, olga, OLGA)
    const id = await request(t, ALIYA)
    const cms = await signDetached(
      canonicalBytes(DOCUMENT),
      olgasKey.certificate,
      olgasKey.privateKey,
      {
        signingTime: t.clock.now(),
      },
    )
    const res = await upload(aliya, id, cms)
    expect(res.status).toBe(422)
    expect(errorSummary(parse(res.text))[0]?.[1]).toMatch(/^ЭЦҚ басқа адамға тиесілі/)
    const empty = await upload(aliya, id, new Uint8Array())
    expect(errorSummary(parse(empty.text))[0]?.[1]).toMatch(/^Қолтаңба алынбады/)
    expect((await getSignature(t, id))!.status).toBe('pending')
  })

  it("takes an officer's signature only from the certificate of the IIN on record", async () => {
    const head = t.client()
    await head.signIn('aktobe-agri.head')
    const headId = await accountOf(t, 'aktobe-agri.head')
    const iin = (await t.db.kysely.selectFrom('identity_accounts').select('iin')
      .where('id', '=', headId).executeTakeFirstOrThrow()).iin!
    expect(iin).toMatch(/^\d{12}$/)
    const decision = (document: unknown) =>
      createSignatureRequest(t, {
        purpose: 'decision',
        entity: { type: 'case', id: 'case-1' },
        document,
        signer: { accountId: headId },
        returnPath: '/cases/case-1',
      })
    const first = await decision({ decision: 'grant', n: 1 })
    const signed = await head.post(`/kk/signatures/${first.id}`, {
      nonce: await nonceOf(head, first.id),
      method: 'demo',
      password: DEMO_PASSWORD,
    })
    expect(signed.status).toBe(303)
    expect((await getSignature(t, first.id))!.signer?.iin).toBe(iin)
    const olga = t.client()
    await olga.signIn(OLGA)
    const olgasKey = await demoKey(t, olga, OLGA)
    const second = await decision({ decision: 'grant', n: 2 })
    const document = (await t.db.kysely.selectFrom('signing_requests').select('document')
      .where('id', '=', second.id).executeTakeFirstOrThrow()).document
    const cms = await signDetached(
      new TextEncoder().encode(document),
      olgasKey.certificate,
      olgasKey.privateKey,
      { signingTime: t.clock.now() },
    )
    const res = await upload(head, second.id, cms)
    expect(res.status).toBe(422)
    expect(errorSummary(parse(res.text))[0]?.[1]).toMatch(/^ЭЦҚ басқа адамға тиесілі/)
    expect((await getSignature(t, second.id))!.status).toBe('pending')
  })

  it('refuses a replayed nonce, after a success and after a failure', async () => {
    const id = await request(t, ALIYA)
    const nonce = await nonceOf(aliya, id)
    const wrong = await aliya.post(`/ru/signatures/${id}`, { nonce, method: 'demo', password: 'x' })
    expect(wrong.status).toBe(422)
    expect(errorSummary(parse(wrong.text))).toEqual([[
      '#demo-password',
      'Неверный пароль. Введите пароль, которым вы входите в систему',
    ]])
    const replay = await aliya.post(`/ru/signatures/${id}`, {
      nonce,
      method: 'demo',
      password: DEMO_PASSWORD,
    })
    expect(replay.status).toBe(422)
    expect(errorSummary(parse(replay.text))[0]?.[1]).toMatch(/^Эта попытка подписания уже/)
    const fresh = await nonceOf(aliya, id)
    const form = { nonce: fresh, method: 'demo', password: DEMO_PASSWORD }
    expect((await aliya.post(`/ru/signatures/${id}`, form)).status).toBe(303)
    const again = await aliya.post(`/ru/signatures/${id}`, form)
    expect(again.status).toBe(422)
    expect(parse(again.text).querySelector('.error-summary')?.textContent).toContain('уже')
    expect(await signatureCount(t)).toBe(1)
  })

  it('refuses a nonce after five minutes, and a nonce of another session', async () => {
    const id = await request(t, ALIYA)
    const nonce = await nonceOf(aliya, id)
    t.clock.advance(5 * 60_000 + 1000)
    const late = await aliya.post(`/kk/signatures/${id}`, {
      nonce,
      method: 'demo',
      password: DEMO_PASSWORD,
    })
    expect(late.status).toBe(422)
    expect(errorSummary(parse(late.text))[0]?.[1]).toMatch(/^Қол қою бетінің мерзімі өтті/)
    const other = t.client()
    await other.signIn(ALIYA)
    const foreign = await other.post(`/kk/signatures/${id}`, {
      nonce: await nonceOf(aliya, id),
      method: 'demo',
      password: DEMO_PASSWORD,
    })
    expect(foreign.status).toBe(422)
    expect(errorSummary(parse(foreign.text))[0]?.[1]).toMatch(/басқа сеанста ашылған/)
    expect(await signatureCount(t)).toBe(0)
  })

  it('answers bad input with a translated 422, never a 500, and stores nothing', async () => {
    const id = await request(t, ALIYA)
    const forms: Array<Record<string, string | Blob>> = [
      { method: 'ncalayer', cms: 'not base64 at all!' },
      { method: 'ncalayer', cms: 'MIIB' },
      { method: 'teleport', cms: 'x' },
      { method: 'upload', signature: new File([new Uint8Array(2_000_000)], 'huge.p7s') },
      {
        method: 'upload',
        signature: new File(['-----BEGIN CMS-----\n!!\n-----END CMS-----'], 'x.pem'),
      },
      { method: 'demo', password: '' },
    ]
    for (const form of forms) {
      const res = await aliya.post(`/kk/signatures/${id}`, {
        nonce: await nonceOf(aliya, id),
        ...form,
      })
      expect(res.status, JSON.stringify(Object.keys(form))).toBe(422)
      expect(errorSummary(parse(res.text))).toHaveLength(1)
    }
    const noNonce = await aliya.post(`/kk/signatures/${id}`, {
      method: 'demo',
      password: DEMO_PASSWORD,
    })
    expect(noNonce.status).toBe(422)
    expect(await signatureCount(t)).toBe(0)
  })

  it("answers 404 for someone else's request, to its page, its document and a signature", async () => {
    const id = await request(t, ALIYA)
    const olga = t.client()
    await olga.signIn(OLGA)
    expect((await olga.get(`/kk/signatures/${id}`)).status).toBe(404)
    expect((await olga.get(`/kk/signatures/${id}/document`)).status).toBe(404)
    const post = await olga.post(`/kk/signatures/${id}`, { nonce: 'x', method: 'demo' })
    expect(post.status).toBe(404)
    expect((await olga.get('/kk/signatures/no-such-request')).status).toBe(404)
  })

  it('issues a new demo certificate when the password changed, says so, and revokes the old one', async () => {
    const old = await demoKey(t, aliya, ALIYA)
    const changed = await aliya.post('/kk/account/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: NEW_PASSWORD,
    })
    expect(changed.status).toBe(303)
    const id = await request(t, ALIYA)
    const res = await aliya.post(`/kk/signatures/${id}`, {
      nonce: await nonceOf(aliya, id),
      method: 'demo',
      password: NEW_PASSWORD,
    })
    expect(res.headers.get('location')).toBe(`/kk/signatures/${id}?reissued=password_changed`)
    const page = await aliya.get(res.headers.get('location')!)
    expect(page.text).toContain('Жаңа демо тіркеу куәлігі берілді')
    const stale = await request(t, ALIYA, { ...DOCUMENT, copy: 'stale' })
    const cms = await signDetached(
      canonicalBytes({ ...DOCUMENT, copy: 'stale' }),
      old.certificate,
      old.privateKey,
      {
        signingTime: t.clock.now(),
      },
    )
    const refused = await upload(aliya, stale, cms)
    expect(refused.status).toBe(422)
    expect(errorSummary(parse(refused.text))[0]?.[1]).toMatch(/кері қайтарылған/)
  })
})

const NEW_PASSWORD = 'Жаңа-құпия-сөз-2026!'

async function request(t: TestApp, iin: string, document: unknown = DOCUMENT): Promise<string> {
  const account = await accountOf(t, iin)
  const made = await createSignatureRequest(t, {
    purpose: 'application',
    entity: { type: 'application', id: 'app-1' },
    document,
    signer: { accountId: account, expected: { kind: 'individual', iin } },
    returnPath: '/applications/app-1/submission',
    title: { kk: 'Лицензияға өтініш', ru: 'Заявление на лицензию' },
    summary: [{ label: { kk: 'Қызмет', ru: 'Услуга' }, value: 'KZ-LIC-01' }],
  })
  return made.id
}

async function accountOf(t: TestApp, login: string): Promise<string> {
  const row = await t.db.kysely.selectFrom('identity_accounts').select('id')
    .where('login', '=', login).executeTakeFirstOrThrow()
  return row.id
}

async function nonceOf(c: TestClient, id: string): Promise<string> {
  const res = await c.get(`/kk/signatures/${id}`)
  return fieldValue(parse(res.text), 'nonce')!
}

function upload(c: TestClient, id: string, bytes: Uint8Array) {
  return nonceOf(c, id).then((nonce) =>
    c.post(`/kk/signatures/${id}`, {
      nonce,
      method: 'upload',
      signature: new File([bytes.slice().buffer], 'document.p7s'),
    })
  )
}

/** The signer's demo SIGN key, as a person would export it; made by one demo signature first. */
async function demoKey(t: TestApp, c: TestClient, iin: string) {
  const warmUp = await request(t, iin, { warmUp: iin })
  const res = await c.post(`/kk/signatures/${warmUp}`, {
    nonce: await nonceOf(c, warmUp),
    method: 'demo',
    password: DEMO_PASSWORD,
  })
  expect(res.status).toBe(303)
  const row = await t.db.kysely.selectFrom('signing_demo_credentials').selectAll()
    .where('account_id', '=', await accountOf(t, iin)).where('usage', '=', 'sign')
    .where('revoked_at', 'is', null).executeTakeFirstOrThrow()
  return {
    certificate: fromBase64(row.certificate),
    privateKey: await decryptPrivateKey(row.private_key, DEMO_PASSWORD),
  }
}

async function signatureCount(t: TestApp): Promise<number> {
  const rows = await t.db.kysely.selectFrom('signing_signatures').select('id').execute()
  return rows.length
}

describe('the signing corpus', () => {
  it('runs on Deno when `deno task smoke` asks for it, and on Node otherwise', () => {
    expect('Deno' in globalThis).toBe(process.env.SIGNING_RUNTIME === 'deno')
  })
})
