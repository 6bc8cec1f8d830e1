import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { demoPersons, makeIin } from '../../src/modules/identity/index.ts'
import { createTestApp, type TestApp, TestClient } from '../helpers/app.ts'
import { dialects } from '../helpers/db.ts'
import { errorSummary, fieldValue, h1s, parse } from '../helpers/html.ts'

const ALIYA = demoPersons.aliya.iin

describe.each(dialects)('$name: login and sessions', ({ name }) => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp({ dialect: name, demo: true })
  })
  afterEach(() => t.close())

  it('signs in with the right password, with a new session id, and lands by role', async () => {
    const c = t.client()
    await c.csrfToken()
    const before = c.sid
    const res = await c.signIn('admin.admin')
    expect(res.headers.get('location')).toBe('/kk/admin')
    expect(c.sid).not.toBe(before)
    expect(c.sid!.length).toBeGreaterThanOrEqual(43)
    const page = await c.get('/kk/account')
    expect(page.status).toBe(200)
    expect(page.headers.get('cache-control')).toBe('private, no-store')
  })

  it('says the same thing for an unknown login and a wrong password, keeping the login typed', async () => {
    const c = t.client()
    const unknown = await c.post('/kk/login', { login: '000000000000', password: 'whatever-123' })
    const wrong = await c.post('/kk/login', { login: ALIYA, password: 'whatever-123' })
    expect(unknown.status).toBe(401)
    expect(wrong.status).toBe(401)
    expect(errorSummary(parse(unknown.text))).toEqual(errorSummary(parse(wrong.text)))
    expect(fieldValue(parse(wrong.text), 'login')).toBe(ALIYA)
    expect(fieldValue(parse(wrong.text), 'password')).toBe('')
  })

  it('an empty form is a 422 with an error summary linking to each field', async () => {
    const res = await t.client().post('/ru/login', { login: '', password: '' })
    expect(res.status).toBe(422)
    const doc = parse(res.text)
    expect(errorSummary(doc).map(([href]) => href)).toEqual(['#login', '#password'])
    expect(doc.title.startsWith('Ошибка: ')).toBe(true)
  })

  it('logout ends the session on the server: the old cookie is anonymous afterwards', async () => {
    const c = t.client()
    await c.signIn(ALIYA)
    const stolen = c.sid!
    await c.post('/kk/logout', {})
    const thief = t.client()
    thief.cookies.set('sid', stolen)
    const res = await thief.get('/kk/account')
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/kk/login?next=%2Fkk%2Faccount')
  })

  it('a session ends after 30 idle minutes and after 12 hours in all', async () => {
    const c = t.client()
    await c.signIn(ALIYA)
    t.clock.advance(29 * 60_000)
    expect((await c.get('/kk/account')).status).toBe(200)
    t.clock.advance(31 * 60_000)
    expect((await c.get('/kk/account')).status).toBe(303)
    await c.signIn(ALIYA)
    for (let i = 0; i < 25; i++) {
      t.clock.advance(29 * 60_000)
      await c.get('/kk/account')
    }
    expect((await c.get('/kk/account')).status).toBe(303)
  })

  it('a forged or garbage session cookie is anonymous, never a 500', async () => {
    for (
      const value of [
        'x',
        'a'.repeat(5000),
        '%00%ff',
        'Әлия',
        '"; drop table identity_sessions; --',
      ]
    ) {
      const c = t.client()
      c.cookies.set('sid', encodeURIComponent(value))
      const res = await c.get('/kk/account')
      expect(res.status).toBe(303)
    }
  })

  it('changing the password ends the other sessions and keeps this one', async () => {
    const phone = t.client()
    const laptop = t.client()
    await phone.signIn(ALIYA)
    await laptop.signIn(ALIYA)
    const res = await laptop.post('/kk/account/password', {
      currentPassword: 'demo-akimat-2026',
      newPassword: 'жаңа құпия сөз 2026',
    })
    expect(res.status).toBe(303)
    expect((await laptop.get('/kk/account')).status).toBe(200)
    expect((await phone.get('/kk/account')).status).toBe(303)
    expect(
      (await t.client().post('/kk/login', { login: ALIYA, password: 'жаңа құпия сөз 2026' }))
        .status,
    ).toBe(303)
  })

  it('"end the others" ends every other session of the account', async () => {
    const a = t.client()
    const b = t.client()
    await a.signIn(ALIYA)
    await b.signIn(ALIYA)
    const res = await a.post('/kk/account/sessions/revocation', {})
    expect(res.headers.get('location')).toBe('/kk/account/sessions?ended=1')
    expect((await b.get('/kk/account')).status).toBe(303)
    expect((await a.get('/kk/account')).status).toBe(200)
  })

  it('a form posted after the session ended comes back after signing in', async () => {
    const c = t.client()
    await c.signIn(ALIYA)
    t.clock.advance(40 * 60_000)
    const res = await c.post('/kk/account/password', {
      currentPassword: 'typed before',
      note: 'Қазақ тілі',
    })
    expect(res.status).toBe(303)
    const location = res.headers.get('location')!
    expect(location).toMatch(/^\/kk\/login\?resume=/)
    const login = parse((await c.get(location)).text)
    const resume = login.querySelector('input[name="resume"]')!.getAttribute('value')!
    const signed = await c.post('/kk/login', { login: ALIYA, password: 'demo-akimat-2026', resume })
    const page = parse((await c.get(signed.headers.get('location')!)).text)
    const form = page.querySelector('main form')!
    expect(form.getAttribute('action')).toBe('/kk/account/password')
    expect(form.querySelector('input[name="note"]')!.getAttribute('value')).toBe('Қазақ тілі')
    expect(form.querySelector('input[name="currentPassword"]')).toBeNull()
  })
})

describe.each(dialects)('$name: brute force', ({ name }) => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp({ dialect: name, demo: true })
  })
  afterEach(() => t.close())

  it('after five failures an account waits, and each further failure doubles the wait', async () => {
    const attempt = (password: string) => t.client().post('/kk/login', { login: ALIYA, password })
    for (let i = 0; i < 5; i++) expect((await attempt(`wrong-${i}-pass`)).status).toBe(401)
    const first = await attempt('demo-akimat-2026')
    expect(first.status).toBe(429)
    expect(first.headers.get('retry-after')).toBe('1')
    t.clock.advance(1_000)
    expect((await attempt('wrong-5-pass')).status).toBe(401)
    const second = await attempt('demo-akimat-2026')
    expect(second.status).toBe(429)
    expect(second.headers.get('retry-after')).toBe('2')
    expect(parse(second.text).querySelector('#login-error')?.textContent).not.toMatch(
      /құпия сөз дұрыс емес/,
    )
    t.clock.advance(2_000)
    expect((await attempt('demo-akimat-2026')).status).toBe(303)
  })

  it('the failures are counted in the database, so another app instance on it agrees', async () => {
    for (let i = 0; i < 5; i++) {
      await t.client().post('/kk/login', { login: ALIYA, password: `wrong-${i}-x` })
    }
    const other = t.secondInstance()
    const res = await new TestClient(other, t.config).post('/kk/login', {
      login: ALIYA,
      password: 'demo-akimat-2026',
    })
    expect(res.status).toBe(429)
  })

  it('records logins, failures and logouts in the audit trail without the full IIN', async () => {
    const c = t.client()
    await c.post('/kk/login', { login: ALIYA, password: 'wrong-password' })
    await c.signIn(ALIYA)
    await c.post('/kk/logout', {})
    const rows = await t.db.kysely.selectFrom('audit_entries').select(['action', 'details'])
      .orderBy('seq').execute()
    const actions = rows.map((r) => r.action)
    expect(actions).toEqual(expect.arrayContaining(['login_failed', 'login_succeeded', 'logout']))
    expect(rows.map((r) => r.details).join()).not.toContain(ALIYA)
  })
})

describe('registration', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp({ demo: true })
  })
  afterEach(() => t.close())

  it('registers an individual with the name taken from the registry', async () => {
    const iin = demoPersons.gulnar.iin
    const res = await t.client().post('/kk/register', {
      type: 'individual',
      iinOrBin: iin,
      password: 'гүлнар-тіркелді-2026',
    })
    expect(res.status).toBe(303)
    const c = t.client()
    await c.signIn(iin, 'гүлнар-тіркелді-2026')
    expect((await c.get('/kk/account')).text).toContain('Оспанова Гүлнар Серікқызы')
  })

  const cases: Array<[string, string, string]> = [
    [
      'wrong check digit',
      ALIYA.slice(0, 11) + String((Number(ALIYA[11]) + 1) % 10),
      'бақылау цифры',
    ],
    ['11 digits', ALIYA.slice(0, 11), '12 цифрдан'],
    ['13 digits', `${ALIYA}1`, '12 цифрдан'],
    ['letters', '88031440012A', '0–9 цифрлары'],
    [
      'a future birth date',
      makeIin({ birthDate: '2026-05-01', sex: 'female', serial: 5 }),
      'әлі келген жоқ',
    ],
  ]
  for (const [what, value, message] of cases) {
    it(`an IIN with ${what} gets a field message in the page language, input kept`, async () => {
      const res = await t.client().post('/kk/register', {
        type: 'individual',
        iinOrBin: value,
        password: 'long enough pass',
      })
      expect(res.status).toBe(422)
      const doc = parse(res.text)
      expect(doc.querySelector('#iinOrBin-error')?.textContent).toContain(message)
      expect(fieldValue(doc, 'iinOrBin')).toBe(value)
      expect(doc.querySelector('input[value="individual"]')?.hasAttribute('checked')).toBe(true)
    })
  }

  it('names every problem of the form at once: the type, the number and the password', async () => {
    const res = await t.client().post('/ru/register', {
      iinOrBin: ALIYA.slice(0, 11),
      password: 'short',
      email: 'aliya@example.kz',
    })
    expect(res.status).toBe(422)
    const doc = parse(res.text)
    expect(errorSummary(doc).map(([href]) => href)).toEqual(['#type', '#iinOrBin', '#password'])
    expect(doc.querySelector('#iinOrBin-error')?.textContent).toContain('12 цифр')
    expect(fieldValue(doc, 'iinOrBin')).toBe(ALIYA.slice(0, 11))
    expect(fieldValue(doc, 'email')).toBe('aliya@example.kz')
    const company = await t.client().post('/kk/register', {
      type: 'legal_entity',
      iinOrBin: ALIYA,
      password: 'short',
    })
    expect(errorSummary(parse(company.text)).map(([href]) => href)).toEqual([
      '#iinOrBin',
      '#password',
    ])
  })

  it('a valid IIN the registry does not know gets the "not found in the registry" message', async () => {
    const iin = makeIin({ birthDate: '1990-01-01', sex: 'male', serial: 999 })
    const res = await t.client().post('/ru/register', {
      type: 'individual',
      iinOrBin: iin,
      password: 'long enough pass',
    })
    expect(res.status).toBe(422)
    expect(parse(res.text).querySelector('#iinOrBin-error')?.textContent).toContain(
      '«Физические лица»',
    )
  })

  it('refuses a common password and an existing account', async () => {
    const weak = await t.client().post('/kk/register', {
      type: 'individual',
      iinOrBin: demoPersons.nurlan.iin,
      password: 'password123',
    })
    expect(parse(weak.text).querySelector('#password-error')).not.toBeNull()
    const taken = await t.client().post('/kk/register', {
      type: 'individual',
      iinOrBin: ALIYA,
      password: 'long enough pass',
    })
    expect(parse(taken.text).querySelector('#iinOrBin-error')?.textContent).toContain(
      'бұрыннан бар',
    )
  })
})

describe('administration', () => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp({ demo: true })
  })
  afterEach(() => t.close())

  it('an administrator creates an officer who can then sign in with the roles given', async () => {
    const admin = t.client()
    await admin.signIn('admin.admin')
    const res = await admin.post('/kk/admin/officers', {
      login: 'aktobe-agri.exec2',
      displayName: 'Ерасыл Әмірханов',
      organizationId: 'org-aktobe-agriculture',
      password: 'бастапқы құпия 2026',
      roles: ['executor'],
    })
    expect(res.status).toBe(303)
    const officer = t.client()
    await officer.signIn('aktobe-agri.exec2', 'бастапқы құпия 2026')
    expect((await officer.get('/kk/account')).text).toContain('Жауапты орындаушы')
    const audit = await t.db.kysely.selectFrom('audit_entries').select('action').execute()
    expect(audit.map((a) => a.action)).toContain('officer_created')
  })

  it("records an officer's IIN for their EDS signatures; a wrong one is a field message, input kept", async () => {
    const admin = t.client()
    await admin.signIn('admin.admin')
    const form = {
      login: 'aktobe-agri.head2',
      displayName: 'Гүлнар Әбілқасымова',
      organizationId: 'org-aktobe-agriculture',
      password: 'бастапқы құпия 2026',
      roles: ['head'],
    }
    const iin = makeIin({ birthDate: '1985-01-01', sex: 'female', serial: 42 })
    const badDigit = `${iin.slice(0, 11)}${(Number(iin[11]) + 1) % 10}`
    const wrong = await admin.post('/kk/admin/officers', { ...form, iin: badDigit })
    expect(wrong.status).toBe(422)
    const doc = parse(wrong.text)
    expect(errorSummary(doc)).toEqual([[
      '#iin',
      'ЖСН-нің бақылау цифры сәйкес келмейді, яғни нөмірде қате бар: әр цифрын жеке куәлікпен салыстырып тексеріңіз',
    ]])
    expect(fieldValue(doc, 'iin')).toBe(badDigit)
    expect(fieldValue(doc, 'displayName')).toBe('Гүлнар Әбілқасымова')
    const ok = await admin.post('/kk/admin/officers', {
      ...form,
      iin: `${iin.slice(0, 6)} ${iin.slice(6)}`,
    })
    expect(ok.status).toBe(303)
    const row = await t.db.kysely.selectFrom('identity_accounts').select('iin')
      .where('login', '=', 'aktobe-agri.head2').executeTakeFirstOrThrow()
    expect(row.iin).toBe(iin)
    expect((await admin.get(ok.headers.get('location')!)).text).toContain(iin)
  })

  it('a role change is audited and a disabled officer is signed out at once', async () => {
    const admin = t.client()
    await admin.signIn('admin.admin')
    const officer = t.client()
    await officer.signIn('aktobe-agri.executor')
    const id = (await t.db.kysely.selectFrom('identity_accounts').select('id').where(
      'login',
      '=',
      'aktobe-agri.executor',
    )
      .executeTakeFirstOrThrow()).id
    await admin.post(`/kk/admin/officers/${id}/roles`, { roles: ['executor', 'head'] })
    await admin.post(`/kk/admin/officers/${id}/status`, { disabled: 'true' })
    expect((await officer.get('/kk/account')).status).toBe(303)
    const actions = (await t.db.kysely.selectFrom('audit_entries').select('action').execute()).map((
      a,
    ) => a.action)
    expect(actions).toEqual(expect.arrayContaining(['role_granted', 'account_disabled']))
  })

  it('an officer who is not an administrator gets 403, and the denial is audited', async () => {
    const c = t.client()
    await c.signIn('aktobe-agri.head')
    const res = await c.get('/kk/admin/officers')
    expect(res.status).toBe(403)
    expect(h1s(parse(res.text))).toEqual(['Рұқсат жоқ'])
    const denied = await t.db.kysely.selectFrom('audit_entries').selectAll().where(
      'action',
      '=',
      'access_denied',
    ).execute()
    expect(denied).toHaveLength(1)
    expect(denied[0]!.entity_id).toBe('GET /:lang/admin/officers')
  })
})
