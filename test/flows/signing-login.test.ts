/**
 * EDS login over HTTP, on every dialect: the applicant signs the page's one-time challenge
 * with an AUTH key (the demo key after IIN/BIN and password, or an uploaded CMS); the IIN/BIN
 * in the certificate picks the account and a session starts as after a password login. A
 * SIGN key, an unregistered IIN, an employee's company key, a revoked certificate and a
 * replayed challenge are refused with a translated message.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  DEMO_PASSWORD,
  demoCompanies,
  demoPersons,
  makeIin,
} from '../../src/modules/identity/index.ts'
import {
  decryptPrivateKey,
  type DemoCredential,
  type DemoRole,
  issueDemoCertificates,
  loginChallenge,
  signDetached,
} from '../../src/modules/signing/index.ts'
import { fromBase64 } from '../../src/modules/signing/bytes.ts'
import { openWithSecret } from '../../src/modules/signing/server-key.ts'
import { createTestApp, type TestApp, type TestClient } from '../helpers/app.ts'
import { dialects } from '../helpers/db.ts'
import { errorSummary, fieldValue, h1s, parse } from '../helpers/html.ts'

const ALIYA = demoPersons.aliya.iin
const ASTYK = demoCompanies.aktobeAstyk

describe.each(dialects)('$name: EDS login', ({ name }) => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp({ dialect: name, demo: true })
  })
  afterEach(async () => {
    // Only this module's pages: other modules' keys (being written alongside) are theirs to check.
    expect(t.missingTranslations.filter((k) => !/ (intake|review|approval|issuance):/.test(k)))
      .toEqual([])
    await t.close()
  })

  it('offers NCALayer (AUTH key), a file and the demo key, and links from the password login', async () => {
    const c = t.client()
    const res = await c.get('/ru/login/eds')
    const doc = parse(res.text)
    expect(h1s(doc)).toEqual(['Вход по ЭЦП'])
    expect(doc.querySelector('form[data-ncalayer-form]')?.getAttribute('data-key-type')).toBe(
      'AUTHENTICATION',
    )
    expect(doc.querySelector('p.reference')?.textContent).toMatch(
      /^\{"nonce":"[\w-]{43}","purpose":"eds-login"\}$/,
    )
    expect(res.text).toContain('Это только демонстрация')
    expect(res.headers.get('content-security-policy')).toContain('wss://127.0.0.1:13579')
    const login = await c.get('/ru/login')
    expect(parse(login.text).querySelector('a[href="/ru/login/eds"]')?.textContent).toBe(
      'Войти по ЭЦП',
    )
  })

  it('logs an individual in with the demo AUTH key and keeps the evidence', async () => {
    const c = t.client()
    const res = await demoLogin(c, ALIYA)
    expect(res.status).toBe(303)
    expect((await c.get('/kk/account')).status).toBe(200)
    const evidence = await t.db.kysely.selectFrom('signing_signatures')
      .innerJoin('signing_requests', 'signing_requests.id', 'signing_signatures.request_id')
      .select(['signer_iin', 'purpose', 'method', 'demo_root_id']).executeTakeFirstOrThrow()
    expect(evidence).toMatchObject({ signer_iin: ALIYA, purpose: 'login', method: 'demo' })
    expect(evidence.demo_root_id).not.toBeNull()
    const audit = await t.db.kysely.selectFrom('audit_entries').select('details')
      .where('action', '=', 'login_succeeded').executeTakeFirstOrThrow()
    expect(JSON.parse(audit.details)).toMatchObject({ method: 'eds', via: 'demo', demo: true })
  })

  it("logs a company in by BIN with its head's certificate", async () => {
    const c = t.client()
    expect((await demoLogin(c, ASTYK.bin)).status).toBe(303)
    const row = await t.db.kysely.selectFrom('signing_signatures')
      .select(['signer_bin', 'signer_iin']).executeTakeFirstOrThrow()
    expect(row).toEqual({ signer_bin: ASTYK.bin, signer_iin: ASTYK.head.iin })
  })

  it('logs in with an uploaded CMS made with the AUTH key, and refuses the SIGN key', async () => {
    await demoLogin(t.client(), ALIYA)
    const c = t.client()
    const auth = await storedKey(t, ALIYA, 'auth')
    expect((await uploadLogin(c, auth)).status).toBe(303)
    const other = t.client()
    const refused = await uploadLogin(other, await storedKey(t, ALIYA, 'sign'))
    expect(refused.status).toBe(422)
    expect(errorSummary(parse(refused.text))).toEqual([[
      '#signature-file',
      'Бұл кілт осы әрекетке арналмаған: құжатқа қол қою үшін қол қою кілтін (SIGN), жүйеге кіру үшін аутентификация кілтін (AUTH) таңдаңыз',
    ]])
    expect((await other.get('/kk/account')).status).toBe(303)
  })

  it('refuses a valid certificate of an IIN nobody registered, naming it', async () => {
    const iin = makeIin({ birthDate: '1991-04-04', sex: 'male', serial: 4321 })
    const { auth } = await issue(t, { iin, commonName: 'ТЕСТОВ ТЕСТ', role: 'individual' })
    const res = await uploadLogin(t.client(), auth)
    expect(res.status).toBe(422)
    expect(errorSummary(parse(res.text))[0]?.[1]).toBe(
      `ЖСН/БСН ${iin} бойынша тіркелген өтініш беруші жоқ. Алдымен тіркеліңіз немесе басқа ЭЦҚ-мен кіріңіз`,
    )
  })

  it("refuses a company employee's certificate: no right to sign for it", async () => {
    const { auth } = await issue(t, {
      iin: demoPersons.dana.iin,
      bin: ASTYK.bin,
      commonName: 'ӘБДІРАХМАНОВА ДАНА',
      role: 'employee',
    })
    const res = await uploadLogin(t.client(), auth)
    expect(errorSummary(parse(res.text))[0]?.[1]).toMatch(/^Бұл ЭЦҚ ұйым атынан қол қоюға/)
  })

  it('refuses a revoked certificate: the old demo key after a password change', async () => {
    const c = t.client()
    await demoLogin(c, ALIYA)
    const old = await storedKey(t, ALIYA, 'auth')
    await c.post('/kk/account/password', { currentPassword: DEMO_PASSWORD, newPassword: NEW })
    await c.post('/kk/logout', {})
    const again = await demoLogin(c, ALIYA, NEW)
    expect(again.headers.get('location')).toBe('/kk/login/eds?reissued=password_changed')
    expect((await c.get('/kk/login/eds?reissued=password_changed')).text).toContain(
      'Жаңа демо тіркеу куәлігі берілді',
    )
    const res = await uploadLogin(t.client(), old)
    expect(res.status).toBe(422)
    expect(errorSummary(parse(res.text))[0]?.[1]).toMatch(/^ЭЦҚ тіркеу куәлігі кері қайтарылған/)
  })

  it('refuses a replayed challenge, a wrong demo password and an empty form, starting no session', async () => {
    const c = t.client()
    const nonce = await challengeOf(c)
    const form = { nonce, method: 'demo', login: ALIYA, password: 'wrong-password-1' }
    const wrong = await c.post('/ru/login/eds', form)
    expect(errorSummary(parse(wrong.text))).toEqual([[
      '#demo-login',
      'ИИН/БИН или пароль неверны. Проверьте оба и введите снова',
    ]])
    const replay = await c.post('/ru/login/eds', { ...form, password: DEMO_PASSWORD })
    expect(replay.status).toBe(422)
    expect(errorSummary(parse(replay.text))[0]?.[1]).toMatch(/^Этот запрос на вход уже использован/)
    const empty = await c.post('/ru/login/eds', { nonce: await challengeOf(c), method: 'upload' })
    expect(errorSummary(parse(empty.text))[0]?.[1]).toMatch(/^Подпись не получена/)
    expect((await c.get('/kk/account')).status).toBe(303)
  })
})

const NEW = 'Жаңа-құпия-сөз-2026!'

async function challengeOf(c: TestClient): Promise<string> {
  return fieldValue(parse((await c.get('/kk/login/eds')).text), 'nonce')!
}

async function demoLogin(c: TestClient, login: string, password = DEMO_PASSWORD) {
  const nonce = await challengeOf(c)
  return await c.post('/kk/login/eds', { nonce, method: 'demo', login, password })
}

async function uploadLogin(c: TestClient, key: DemoCredential) {
  const nonce = await challengeOf(c)
  const cms = await signDetached(loginChallenge(nonce), key.certificate, key.privateKey, {
    signingTime: new Date(),
  })
  return await c.post('/kk/login/eds', {
    nonce,
    method: 'upload',
    signature: new File([cms.slice().buffer], 'login.cms'),
  })
}

async function storedKey(t: TestApp, login: string, usage: 'sign' | 'auth') {
  const row = await t.db.kysely.selectFrom('signing_demo_credentials')
    .innerJoin('identity_accounts', 'identity_accounts.id', 'signing_demo_credentials.account_id')
    .select(['certificate', 'private_key']).where('identity_accounts.login', '=', login)
    .where('usage', '=', usage).where('revoked_at', 'is', null).executeTakeFirstOrThrow()
  return {
    certificate: fromBase64(row.certificate),
    privateKey: await decryptPrivateKey(row.private_key, DEMO_PASSWORD),
  }
}

/** A certificate from the demo CA's own root, for a person this system does not know. */
async function issue(
  t: TestApp,
  subject: { iin: string; bin?: string; commonName: string; role: DemoRole },
) {
  const root = await t.db.kysely.selectFrom('signing_demo_roots').selectAll()
    .executeTakeFirstOrThrow()
  const issuer = {
    certificate: fromBase64(root.certificate),
    privateKey: await openWithSecret(root.private_key, t.config.sessionSecret),
  }
  return await issueDemoCertificates(issuer, {
    ...subject,
    now: new Date(t.clock.now().getTime() - 60_000),
  })
}
