import { describe, expect, it } from 'vitest'
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib'
import { loadDocumentFonts } from '../../platform/fonts.ts'
import { kazakhLicense, russianLicense, SAMPLE_URL } from './license.fixture.ts'
import { readPdf, squash } from './pdf-text.fixture.ts'
import { renderPdf } from './pdf.ts'
import { kazakhReceipt, russianReceipt } from './receipt.fixture.ts'

const fonts = await loadDocumentFonts()
const KAZAKH_LETTERS = [...'ӘәҒғҚқҢңӨөҰұҮүҺһІі']

async function fontNames(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf)
  return doc.context.enumerateIndirectObjects()
    .map(([, obj]) => obj)
    .filter((obj): obj is PDFDict => obj instanceof PDFDict)
    .filter((d) => d.get(PDFName.of('Subtype')) === PDFName.of('Type0'))
    .map((d) => String(d.get(PDFName.of('BaseFont'))))
}

describe('renderPdf()', () => {
  it('writes a Kazakh license whose text extracts with every Kazakh letter', async () => {
    const read = await readPdf(await renderPdf(kazakhLicense, fonts))
    for (const letter of KAZAKH_LETTERS) expect(read.body).toContain(letter)
    expect(read.text).toContain('1 / 1')
    for (
      const s of [
        'KZ24LAA00012345',
        '«ШАҺАР АСТЫҚ ҚОЙМАСЫ»',
        '050140012345',
        '«Ақтөбе облысының ауыл шаруашылығы',
        'ЭЦҚ-мен қол қойған: Ғалымжан Нұрланұлы Әбенов, басшының орынбасары',
        'Ақтөбе қ., Ілияс Есенберлин көшесі, 112',
        SAMPLE_URL,
      ]
    ) expect(read.body).toContain(squash(s))
    expect(read.pages).toBe(1)
  })

  it('writes a Russian license with its own strings', async () => {
    const read = await readPdf(await renderPdf(russianLicense, fonts))
    expect(read.body).toContain(squash('Товарищество с ограниченной ответственностью «ШАҺАР'))
    expect(read.body).toContain(squash('Подписано ЭЦП: Абенов Галымжан Нурланович'))
    expect(read.text).toContain('ДЕМО-ПОДПИСЬ — не имеет юридической силы')
    expect(read.info['Language']).toBe('ru-KZ')
  })

  it('writes receipts with the attached documents numbered', async () => {
    const kk = await readPdf(await renderPdf(kazakhReceipt, fonts))
    const ru = await readPdf(await renderPdf(russianReceipt, fonts))
    expect(kk.body).toContain(squash('3. Біліктілік талаптарына сәйкестігі туралы мәліметтер'))
    expect(kk.body).toContain(squash('Тараз қ., Абай даңғылы, 125, 3-кабинет'))
    expect(ru.body).toContain(squash('Приложенные документы (3)'))
    expect(ru.body).toContain('ZH-2025-000184')
  })

  it('embeds both DejaVu faces as subsets', async () => {
    const pdf = await renderPdf(kazakhLicense, fonts)
    expect((await fontNames(pdf)).sort()).toEqual(['/EDLBLD+DejaVuSans-Bold', '/EDLREG+DejaVuSans'])
    expect(pdf.length).toBeLessThan(fonts.regular.length / 10)
  })

  it('is deterministic: the same model gives the same bytes', async () => {
    const first = await renderPdf(kazakhLicense, fonts)
    const second = await renderPdf(structuredClone(kazakhLicense), fonts)
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true)
    const later = await renderPdf({ ...kazakhLicense, issuedAt: new Date('2026-01-01') }, fonts)
    expect(Buffer.from(later).equals(Buffer.from(first))).toBe(false)
  })

  it('keeps the bytes of the Kazakh sample (change this hash only on purpose)', async () => {
    // Issued documents are re-rendered from their records; a layout change alters every
    // document already issued, so it must be a decision, not an accident. Node and Deno
    // produce these same bytes.
    const digest = await crypto.subtle.digest('SHA-256', await renderPdf(kazakhLicense, fonts))
    expect(Buffer.from(digest).toString('hex')).toBe(
      '084d3123e93b70865fc45fbda52bbf3fefd384e03b9bb69f28d7e56125138a7c',
    )
  })

  it('takes its metadata from the model', async () => {
    const { info } = await readPdf(await renderPdf(kazakhLicense, fonts))
    expect(info).toMatchObject({
      Title: 'Лицензия',
      Language: 'kk-KZ',
      CreationDate: 'D:20250314054200Z',
      ModDate: 'D:20250314054200Z',
      Creator: 'e-licensing document renderer',
    })
  })

  it('numbers pages "n / total" and repeats the title and footer on each', async () => {
    const items = Array.from({ length: 80 }, (_, i) => `Құжат ${i + 1}`)
    const long = {
      ...kazakhReceipt,
      sections: [{ heading: 'Тізім', blocks: [{ type: 'list' as const, items }] }],
    }
    const read = await readPdf(await renderPdf(long, fonts))
    expect(read.pages).toBeGreaterThanOrEqual(2)
    for (let n = 1; n <= read.pages; n++) {
      const onPage = read.runs.filter((r) => r.page === n).map((r) => r.text)
      expect(onPage).toContain(`${n} / ${read.pages}`)
      expect(onPage).toContain(kazakhReceipt.title)
      expect(onPage.join(' ')).toContain('Қолхат құжаттардың қабылданғанын растайды.')
    }
    expect(read.body).toContain(squash('Құжат 80'))
  })
})
