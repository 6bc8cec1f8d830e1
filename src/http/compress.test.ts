import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { acceptedEncoding, compress } from './compress.ts'
import { weakEtag } from './etag.ts'

const PAGE = `<!DOCTYPE html><p>${
  'Әділет Ғалым Қазақстан Өнер Ұлттық Үкімет Һ Іс. '.repeat(80)
}</p>`

async function gunzip(res: Response, encoding = 'gzip'): Promise<string> {
  const stream = res.body!.pipeThrough(new DecompressionStream(encoding as 'gzip'))
  return await new Response(stream).text()
}

function app() {
  let renders = 0
  const a = new Hono()
  a.use(compress())
  a.get('/page', async (c) => {
    renders++
    c.header('ETag', await weakEtag(c.req.query('v') ? `${PAGE}${c.req.query('v')}` : PAGE))
    c.header('Set-Cookie', 'lang=kk; Path=/')
    return c.html(c.req.query('v') ? `${PAGE}${c.req.query('v')}` : PAGE)
  })
  a.get(
    '/stream',
    (c) => c.body(new Blob([PAGE]).stream(), 200, { 'Content-Type': 'text/csv; charset=utf-8' }),
  )
  a.get('/small', async (c) => c.text('ok', 200, { ETag: await weakEtag('ok') }))
  a.get('/png', (c) => c.body(new Uint8Array(4096), 200, { 'Content-Type': 'image/png' }))
  a.get(
    '/raw',
    (c) => c.html(PAGE, 200, { 'Cache-Control': 'no-transform' }),
  )
  return { a, renders: () => renders }
}

const gzip = { headers: { 'Accept-Encoding': 'gzip, deflate, br' } }

describe('compress()', () => {
  it('gzips a page a browser accepts, drops its length, keeps its other headers', async () => {
    const res = await app().a.request('/page', gzip)
    expect(res.headers.get('Content-Encoding')).toBe('gzip')
    expect(res.headers.get('Content-Length')).toBeNull()
    expect(res.headers.get('Vary')).toBe('Accept-Encoding')
    expect(res.headers.get('Set-Cookie')).toBe('lang=kk; Path=/')
    expect(res.headers.get('ETag')).toBe(await weakEtag(PAGE))
    expect(await gunzip(res)).toBe(PAGE)
  })

  it('answers the same ETag from the bytes it kept, and another body with its own', async () => {
    const { a, renders } = app()
    const first = new Uint8Array(await (await a.request('/page', gzip)).arrayBuffer())
    const second = new Uint8Array(await (await a.request('/page', gzip)).arrayBuffer())
    expect(second).toEqual(first)
    expect(renders()).toBe(2)
    const other = await a.request('/page?v=Ү', gzip)
    expect(await gunzip(other)).toBe(`${PAGE}Ү`)
  })

  it('leaves the body alone without Accept-Encoding, and still says it varies', async () => {
    const res = await app().a.request('/page')
    expect(res.headers.get('Content-Encoding')).toBeNull()
    expect(res.headers.get('Vary')).toBe('Accept-Encoding')
    expect(await res.text()).toBe(PAGE)
  })

  it('compresses a stream without an ETag as it streams, with deflate when only that is accepted', async () => {
    const res = await app().a.request('/stream', {
      headers: { 'Accept-Encoding': 'gzip;q=0, deflate' },
    })
    expect(res.headers.get('Content-Encoding')).toBe('deflate')
    expect(await gunzip(res, 'deflate')).toBe(PAGE)
  })

  it('does not compress HEAD, small known bodies, images or no-transform responses', async () => {
    const { a } = app()
    expect((await a.request('/page', { ...gzip, method: 'HEAD' })).headers.get('Content-Encoding'))
      .toBeNull()
    for (const path of ['/small', '/png', '/raw']) {
      const res = await a.request(path, gzip)
      expect(res.headers.get('Content-Encoding'), path).toBeNull()
    }
    expect(await (await a.request('/raw', gzip)).text()).toBe(PAGE)
  })
})

describe('acceptedEncoding()', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['gzip', 'gzip'],
    ['deflate, gzip', 'gzip'],
    ['gzip;q=0.5, deflate', 'deflate'],
    ['gzip;q=0, deflate;q=0', undefined],
    ['*', 'gzip'],
    ['br', undefined],
    ['identity;q=1, *;q=0', undefined],
    ['GZIP; Q=0.8', 'gzip'],
    ['gzip;q=abc', undefined],
    [';;,,=;q=', undefined],
  ])('%j → %j', (header, expected) => {
    expect(acceptedEncoding(header)).toBe(expected)
  })
})
