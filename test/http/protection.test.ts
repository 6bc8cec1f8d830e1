import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessMatrix } from '../../src/access-matrix.ts'
import { createTestApp, TEST_ORIGIN, type TestApp } from '../helpers/app.ts'
import { h1s, parse } from '../helpers/html.ts'

describe('CSRF protection', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t.close())

  it('a same-origin form with the session token passes the check', async () => {
    // `/kk` has no POST handler: passing the check means reaching the 404, not a 403.
    const res = await t.client().post('/kk', { name: 'Әлия' })
    expect(res.status).toBe(404)
  })

  it('a form without the token gets a 403 page that offers what was typed back', async () => {
    const c = t.client()
    await c.get('/kk')
    const res = await c.post('/kk', {
      name: 'Әлия Сәрсенова',
      note: 'Қ Ң Ө',
      password: 'secret-pass',
    }, {
      csrf: false,
    })
    expect(res.status).toBe(403)
    const doc = parse(res.text)
    expect(h1s(doc)).toEqual(['Форманы қайта жіберу керек'])
    const form = doc.querySelector('main form')!
    expect(form.getAttribute('action')).toBe('/kk')
    const hidden = [...form.querySelectorAll('input[type="hidden"]')].map((i) => [
      i.getAttribute('name'),
      i.getAttribute('value'),
    ])
    expect(hidden).toContainEqual(['name', 'Әлия Сәрсенова'])
    expect(hidden).toContainEqual(['note', 'Қ Ң Ө'])
    expect(hidden.some(([n]) => n === 'password')).toBe(false)
    // The offered form carries a valid token: sending it passes.
    const token = hidden.find(([n]) => n === '_csrf')![1]!
    const again = await c.post('/kk', { name: 'Әлия Сәрсенова' }, { csrf: token })
    expect(again.status).toBe(404)
  })

  it('a form with a forged token is refused', async () => {
    const res = await t.client().post('/kk', { a: 'b' }, { csrf: 'forged-token' })
    expect(res.status).toBe(403)
  })

  it('a cross-site form is refused with no offer to resend', async () => {
    const c = t.client()
    const cases = [
      { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
      { 'sec-fetch-site': 'same-site', origin: TEST_ORIGIN },
      { 'sec-fetch-site': '', origin: 'https://evil.example' },
      { 'sec-fetch-site': '', origin: '' },
    ]
    for (const headers of cases) {
      const res = await c.post('/kk', { a: 'b' }, { headers })
      expect(res.status).toBe(403)
      expect(parse(res.text).querySelector('main form')).toBeNull()
    }
  })

  it('a JSON body to a form route gets 415, not 500', async () => {
    const c = t.client()
    await c.get('/kk')
    const res = await c.request('POST', '/kk', '{"a":1}', {
      headers: { 'content-type': 'application/json' },
    })
    expect(res.status).toBe(415)
  })

  it('a malformed multipart body gets 400, not 500', async () => {
    const c = t.client()
    await c.get('/kk')
    const res = await c.request('POST', '/kk', '--x\r\nbroken', {
      headers: { 'content-type': 'multipart/form-data; boundary=zzz' },
    })
    expect(res.status).toBe(400)
  })
})

describe('body limits and error pages', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp({ env: { MAX_BODY_BYTES: '2048' } })
  })
  afterAll(() => t.close())

  it('an oversized form gets a 413 page in the page language', async () => {
    const res = await t.client().post('/ru', { text: 'Ә'.repeat(4000) })
    expect(res.status).toBe(413)
    expect(h1s(parse(res.text))).toEqual(['Слишком большой объём данных'])
  })

  it('an oversized chunked body without Content-Length gets a 413', async () => {
    const c = t.client()
    const token = await c.csrfToken()
    const chunks = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i++) {
          controller.enqueue(new TextEncoder().encode(`_csrf=${token}&x=${'a'.repeat(500)}&`))
        }
        controller.close()
      },
    })
    const res = await t.app.request(`${TEST_ORIGIN}/kk`, {
      method: 'POST',
      body: chunks,
      // @ts-expect-error: Node's fetch needs `duplex` for a streamed body
      duplex: 'half',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'sec-fetch-site': 'same-origin',
        cookie: `sid=${c.sid}`,
      },
    })
    expect(res.status).toBe(413)
  })
})

describe('health', () => {
  it('GET /healthz answers ok after a database round trip, 503 when the database is gone', async () => {
    const t = await createTestApp()
    const ok = await t.client().get('/healthz')
    expect(ok.status).toBe(200)
    expect(JSON.parse(ok.text)).toEqual({ status: 'ok', database: 'sqlite' })
    await t.close()
    const down = await t.client().get('/healthz')
    expect(down.status).toBe(503)
    expect(JSON.parse(down.text)).toEqual({ status: 'unavailable', database: 'sqlite' })
  })
})

describe('unexpected errors', () => {
  it('a crash renders the 500 page with the request id and no stack trace', async () => {
    const t = await createTestApp()
    t.app.get('/kk/crash', () => {
      throw new Error('secret internal detail at /srv/app.ts:12')
    })
    const matrix = accessMatrix as Record<string, unknown>
    matrix['GET /:lang/crash'] = 'public'
    const res = await t.client().get('/kk/crash').finally(() => delete matrix['GET /:lang/crash'])
    expect(res.status).toBe(500)
    expect(res.text).not.toContain('secret internal detail')
    expect(res.text).not.toContain('app.ts')
    const id = res.headers.get('x-request-id')!
    expect(res.text).toContain(id)
    const logged = t.logger.lines.find((l) => l['msg'] === 'unhandled error')
    expect(logged?.['requestId']).toBe(id)
    await t.close()
  })
})
