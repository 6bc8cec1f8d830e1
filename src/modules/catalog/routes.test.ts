import * as fs from 'node:fs/promises'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp, textOf } from '../../../test/helpers/app.ts'
import { dialects } from '../../../test/helpers/db.ts'
import { h1s, parse } from '../../../test/helpers/html.ts'
import { zhambylVeterinaryLicense } from './data/zhambyl-veterinary-license.ts'
import { seedRegulations } from './seeds.ts'
import { syncCatalog } from './sync.ts'

const css = await fs.readFile(new URL('../../../views/assets/app.css', import.meta.url))
const ids = seedRegulations.map((r) => (r as { id: string }).id)

describe.each(dialects)('$name: the public catalog pages', ({ name }) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp({ dialect: name })
    await syncCatalog({ db: t.db, clock: t.clock })
  })
  afterAll(() => t.close())

  async function page(path: string, status = 200) {
    const res = await t.client().get(path)
    expect(res.status, path).toBe(status)
    return { res, doc: parse(res.text), text: textOf(res.text) }
  }
  const resultNames = (doc: Document) =>
    [...doc.querySelectorAll('.results > li h3')].map((h) => h.textContent?.trim())

  it('GET /:lang/services lists all 13 services in each language, with one h1 and a count', async () => {
    for (const [lang, count] of [['kk', '13 қызмет табылды'], ['ru', 'Найдено 13 услуг']]) {
      const { doc, text } = await page(`/${lang}/services`)
      expect(doc.documentElement.getAttribute('lang')).toBe(lang)
      expect(h1s(doc)).toHaveLength(1)
      expect(resultNames(doc)).toHaveLength(13)
      expect(text).toContain(count)
    }
    expect(t.missingTranslations).toEqual([])
  })

  it('filters by region and sector with a plain GET form; an unknown value is ignored', async () => {
    expect(resultNames((await page('/kk/services?region=zhambyl')).doc)).toHaveLength(5)
    expect(resultNames((await page('/ru/services?sector=veterinary')).doc)).toEqual([
      zhambylVeterinaryLicense.name.ru,
    ])
    const both = await page('/ru/services?region=aktobe&sector=construction')
    expect(resultNames(both.doc)).toHaveLength(5)
    expect(both.doc.querySelector('#region option[selected]')?.getAttribute('value')).toBe('aktobe')
    expect(resultNames((await page('/kk/services?region=mars&sector[]=x')).doc)).toHaveLength(13)
  })

  it('search ignores case in Kazakh and Russian', async () => {
    const upper = resultNames((await page(`/kk/services?q=${enc('ҚОЙМА')}`)).doc)
    const lower = resultNames((await page(`/kk/services?q=${enc('қойма')}`)).doc)
    expect(upper).toHaveLength(4)
    expect(lower).toEqual(upper)
    const ru = resultNames((await page(`/ru/services?q=${enc('ЛИЦЕНЗИЯ')}`)).doc)
    expect(ru.length).toBeGreaterThan(5)
    expect(resultNames((await page(`/ru/services?q=${enc('лицензия')}`)).doc)).toEqual(ru)
    expect(resultNames((await page(`/ru/services?q=${enc('жамбылская')}`)).doc)).toHaveLength(5)
  })

  it('any search string returns a page safely, shown back as typed (first 200 characters)', async () => {
    const inputs = [
      'x'.repeat(10_000),
      'ӘҒҚҢӨҰҮҺІ әғқңөұүһі '.repeat(500),
      '😀🇰🇿'.repeat(2_500),
      '%',
      '_',
      "'",
      "'; DROP TABLE catalog_regulation_versions; --",
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      '\u0000\u202e',
    ]
    for (const q of inputs) {
      const { res, doc } = await page(`/kk/services?q=${enc(q)}`)
      expect(resultNames(doc), q.slice(0, 20)).toEqual([])
      expect(res.text).not.toContain('<script>alert')
      expect(res.text).not.toContain('<img src=x')
      const shown = doc.querySelector('#q')?.getAttribute('value') ?? ''
      expect(Array.from(shown).length).toBeLessThanOrEqual(200)
    }
    expect(resultNames((await page('/kk/services')).doc)).toHaveLength(13)
  })

  it('the empty state offers to clear the filters', async () => {
    const { doc, text } = await page(`/ru/services?q=${enc('несуществующая услуга')}`)
    expect(text).toContain('Найдено 0 услуг')
    expect(doc.querySelector('main a[href="/ru/services"]')).not.toBeNull()
  })

  it('GET /:lang/services/:id is 404 for an unknown id or version, never 500', async () => {
    for (
      const path of [
        '/kk/services/no-such-service',
        '/ru/services/%00',
        `/kk/services/${'a'.repeat(5000)}`,
        '/kk/services/aktobe-grain-license?version=2',
        '/kk/services/aktobe-grain-license?version=0',
        '/kk/services/aktobe-grain-license?version=-1',
        '/kk/services/aktobe-grain-license?version=1.5',
        '/kk/services/aktobe-grain-license?version=abc',
        '/kk/services/aktobe-grain-license?version=99999999999999999999',
      ]
    ) {
      const { doc } = await page(path, 404)
      expect(h1s(doc)).toHaveLength(1)
    }
  })

  it('every service page, in both languages, fits 14 KB of gzip with the stylesheet', async () => {
    const sizes: Array<[string, number]> = []
    for (const id of ids) {
      for (const lang of ['kk', 'ru']) {
        const { res } = await page(`/${lang}/services/${id}`)
        sizes.push([`${lang}/${id}`, gzipSync(res.text).length + gzipSync(css).length])
      }
    }
    const largest = sizes.sort((a, b) => b[1] - a[1])[0]!
    expect(largest[1], largest[0]).toBeLessThanOrEqual(14 * 1024)
    expect(t.missingTranslations).toEqual([])
  })
})

function enc(s: string): string {
  return encodeURIComponent(s)
}
