import { describe, expect, it } from 'vitest'
import { loadDocumentFonts } from '../../platform/fonts.ts'
import { kazakhLicense } from './license.fixture.ts'
import { PAGE } from './pdf-flow.ts'
import { type ReadPdf, readPdf, squash } from './pdf-text.fixture.ts'
import { renderPdf } from './pdf.ts'
import { PLACEHOLDER } from './text.ts'
import type { DocumentModel } from './types.ts'

const fonts = await loadDocumentFonts()

function withLicensee(name: string): DocumentModel {
  return {
    ...kazakhLicense,
    meta: kazakhLicense.meta.map((p) => (p.label === 'Лицензиат' ? { ...p, value: name } : p)),
    signature: { lines: [`ЭЦҚ-мен қол қойған: ${name}`, 'Сертификат: 4F2A91C30B7E55D1'] },
  }
}

/** Every unrotated run of text lies inside the page's margins. */
function expectInsideMargins(read: ReadPdf): void {
  for (const run of read.runs.filter((r) => !r.rotated)) {
    expect(run.x).toBeGreaterThanOrEqual(PAGE.left - 0.01)
    expect(run.x + run.width).toBeLessThanOrEqual(PAGE.right + 0.5)
    expect(run.y).toBeGreaterThan(20)
    expect(run.y).toBeLessThan(PAGE.height - 20)
  }
}

describe('renderPdf() with hostile names', () => {
  it('wraps a 2 000-character name without spaces onto further pages', async () => {
    const name = 'Ә'.repeat(1000) + 'Z'.repeat(1000)
    const read = await readPdf(await renderPdf(withLicensee(name), fonts))
    expect(read.pages).toBeGreaterThanOrEqual(2)
    expect(read.body).toContain(name)
    expect(read.body).toContain(squash(kazakhLicense.qr?.caption ?? ''))
    expectInsideMargins(read)
  })

  it('wraps a 2 000-character name of words, keeping every word', async () => {
    const words = Array.from({ length: 250 }, (_, i) => `Сөз${i}ұлы`)
    const read = await readPdf(await renderPdf(withLicensee(words.join(' ')), fonts))
    expect(read.body).toContain(words.join(''))
    expectInsideMargins(read)
  })

  it('drops bidi controls and keeps quotes in order', async () => {
    const name = '\u202EЖШС\u202C «Ақ\u200Fжол» "Дала" \'Өріс\' \u2067ابن\u2069 \u200E'
    const read = await readPdf(await renderPdf(withLicensee(name), fonts))
    expect(read.text).not.toMatch(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/)
    expect(read.body).toContain(squash('ЖШС «Ақжол» "Дала" \'Өріс\''))
  })

  it('draws a placeholder for characters the font lacks and keeps the ones it has', async () => {
    const read = await readPdf(await renderPdf(withLicensee('Дәулет 🦄🦄 漢 😀 ЖШС'), fonts))
    expect(read.body).toContain(squash(`Дәулет ${PLACEHOLDER} ${PLACEHOLDER} 😀 ЖШС`))
  })

  it('survives control characters, lone surrogates and decomposed letters', async () => {
    const name = 'А\u0000Б\u0007В\tГ\r\nД \uD800 и\u0306'
    const read = await readPdf(await renderPdf(withLicensee(name), fonts))
    expect(read.body).toContain(squash(`А Б В Г\nД ${PLACEHOLDER} й`))
  })

  it('renders a model with nothing but a title', async () => {
    const bare: DocumentModel = {
      lang: 'ru',
      title: 'Расписка',
      issuedAt: new Date('2025-01-01'),
      meta: [],
      sections: [],
    }
    const read = await readPdf(await renderPdf(bare, fonts))
    expect(read.pages).toBe(1)
    expect(read.text).toContain('1 / 1')
  })

  it('rejects an invalid issue date instead of writing it into the metadata', async () => {
    const model = { ...kazakhLicense, issuedAt: new Date('not a date') }
    await expect(renderPdf(model, fonts)).rejects.toThrow(TypeError)
  })

  it('fits a long stamp, title and footer in the frame', async () => {
    const long = 'Лицензия берілген деп есептеледі '.repeat(12)
    const model = { ...kazakhLicense, title: long, stamp: { label: long }, footer: long.repeat(4) }
    const read = await readPdf(await renderPdf(model, fonts))
    expectInsideMargins(read)
  })
})
