import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import { h1s, parse } from '../helpers/html.ts'

describe('language routing', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t.close())

  it('GET / redirects to Kazakh by default', async () => {
    const res = await t.client().get('/')
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/kk')
  })

  it('GET / follows Accept-Language, then the cookie', async () => {
    const c = t.client()
    expect(
      (await c.get('/', { headers: { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.8' } })).headers.get(
        'location',
      ),
    )
      .toBe('/ru')
    expect(
      (await c.get('/', { headers: { 'accept-language': 'en, ru;q=0.2, kk;q=0.5' } })).headers.get(
        'location',
      ),
    )
      .toBe('/kk')
    await c.get('/ru')
    expect((await c.get('/', { headers: { 'accept-language': 'kk' } })).headers.get('location'))
      .toBe('/ru')
  })

  it('GET / falls back to Kazakh on a malformed Accept-Language', async () => {
    for (
      const value of [
        ';;;,,q=',
        'ru;q=abc',
        'ru;q=5',
        '*',
        'x'.repeat(5000),
        '\u00d1\u0080\u00d1\u0083',
        'kk;q=-1',
      ]
    ) {
      const res = await t.client().get('/', { headers: { 'accept-language': value } })
      expect(res.status).toBe(302)
      expect(res.headers.get('location')).toBe('/kk')
    }
  })

  it('each page has the right <html lang>, one h1 and a switch to the same page', async () => {
    for (const lang of ['kk', 'ru'] as const) {
      const res = await t.client().get(`/${lang}?q=1`)
      expect(res.status).toBe(200)
      const doc = parse(res.text)
      expect(doc.documentElement.getAttribute('lang')).toBe(lang)
      expect(h1s(doc)).toHaveLength(1)
      expect(doc.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main')
      expect(doc.querySelector('main#main')).not.toBeNull()
      const other = lang === 'kk' ? 'ru' : 'kk'
      expect(doc.querySelector(`.lang-switch a[lang="${other}"]`)?.getAttribute('href')).toBe(
        `/${other}?q=1`,
      )
    }
    expect(t.missingTranslations).toEqual([])
  })

  it('an unknown language prefix is a 404 page in Kazakh', async () => {
    const res = await t.client().get('/en/services')
    expect(res.status).toBe(404)
    const doc = parse(res.text)
    expect(doc.documentElement.getAttribute('lang')).toBe('kk')
    expect(h1s(doc)).toEqual(['Бет табылмады'])
  })

  it('a missing page is a 404 in the language of its prefix', async () => {
    const res = await t.client().get('/ru/no-such-page')
    expect(res.status).toBe(404)
    expect(h1s(parse(res.text))).toEqual(['Страница не найдена'])
  })
})

describe('security headers, caching and compression', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t.close())

  it('pages and error pages carry CSP, HSTS, no framing and no sniffing', async () => {
    for (const path of ['/kk', '/kk/missing', '/healthz']) {
      const res = await t.client().get(path)
      const csp = res.headers.get('content-security-policy') ?? ''
      expect(csp).toContain("script-src 'self'")
      expect(csp).toContain("style-src 'self'")
      expect(csp).toContain("object-src 'none'")
      expect(csp).toContain("base-uri 'none'")
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).not.toContain('unsafe-inline')
      expect(res.headers.get('strict-transport-security')).toBe(
        'max-age=31536000; includeSubDomains',
      )
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    }
  })

  it('pages have no inline script or style', async () => {
    const res = await t.client().get('/kk')
    expect(res.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
    expect(res.text).not.toMatch(/<style|\sstyle=/)
  })

  it('HTML is compressed and has an ETag that answers 304', async () => {
    const c = t.client()
    const res = await c.get('/kk', { headers: { 'accept-encoding': 'gzip' } })
    expect(res.headers.get('content-encoding')).toBe('gzip')
    const tag = res.headers.get('etag')
    expect(tag).toMatch(/^W\//)
    const again = await c.get('/kk', { headers: { 'if-none-match': tag! } })
    expect(again.status).toBe(304)
  })

  it('the stylesheet and htmx are served under versioned URLs, cached immutable', async () => {
    const doc = parse((await t.client().get('/kk')).text)
    const css = doc.querySelector('link[rel="stylesheet"]')?.getAttribute('href') ?? ''
    const js = doc.querySelector('script[src]')?.getAttribute('src') ?? ''
    expect(css).toMatch(/^\/assets\/app\.[0-9a-f]{12}\.css$/)
    expect(js).toMatch(/^\/assets\/htmx-\d+\.\d+\.\d+\.min\.js$/)
    for (const url of [css, js]) {
      const res = await t.client().get(url)
      expect(res.status).toBe(200)
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    }
    expect((await t.client().get('/assets/app.000000000000.css')).status).toBe(404)
  })

  it('every request is logged as JSON with its request id', async () => {
    const res = await t.client().get('/kk', { headers: { 'x-request-id': 'trace-12345678' } })
    expect(res.headers.get('x-request-id')).toBe('trace-12345678')
    const line = t.logger.lines.find((l) => l['requestId'] === 'trace-12345678')
    expect(line).toMatchObject({ msg: 'request', method: 'GET', path: '/kk', status: 200 })
  })
})
