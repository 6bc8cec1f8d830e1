import { describe, expect, it } from 'vitest'
import { htmlDocument } from '../../src/modules/documents/html.ts'
import { kazakhLicense } from '../../src/modules/documents/license.fixture.ts'
import { readPdf, squash } from '../../src/modules/documents/pdf-text.fixture.ts'
import { renderPdf } from '../../src/modules/documents/pdf.ts'
import { kazakhReceipt } from '../../src/modules/documents/receipt.fixture.ts'
import { mapModelText } from '../../src/modules/documents/text.ts'
import type { DocumentModel } from '../../src/modules/documents/types.ts'
import { loadDocumentFonts } from '../../src/platform/fonts.ts'
import { h1s, parse } from '../../test/helpers/html.ts'
import { DocumentPage, type DocumentView } from './document.tsx'

function render(model: DocumentModel): Document {
  const view: DocumentView = htmlDocument(model)
  return parse(String(<DocumentPage document={view} />))
}

function stringsOf(model: DocumentModel): string[] {
  const out: string[] = []
  mapModelText(model, (s) => (out.push(s), s))
  return out
}

function text(el: Element | null | undefined): string | undefined {
  return el?.textContent?.replace(/\s+/g, ' ').trim()
}

describe('DocumentPage', () => {
  it('shows every string of the model, as the PDF does', async () => {
    const doc = render(kazakhLicense)
    const pdf = await readPdf(await renderPdf(kazakhLicense, await loadDocumentFonts()))
    const page = text(doc.querySelector('article'))
    for (const s of stringsOf(kazakhLicense)) {
      expect(page).toContain(s)
      expect(squash(pdf.text)).toContain(squash(s))
    }
  })

  it('has one h1, section headings and the meta as a summary list', () => {
    const doc = render(kazakhLicense)
    expect(h1s(doc)).toEqual(['Лицензия'])
    expect([...doc.querySelectorAll('h2')].map(text)).toEqual(['Лицензияланатын қызмет'])
    const keys = [...doc.querySelectorAll('.summary-list')][0]?.querySelectorAll('dt')
    expect([...(keys ?? [])].map(text)).toEqual(kazakhLicense.meta.map((p) => p.label))
    expect(doc.querySelector('article')?.getAttribute('lang')).toBe('kk')
  })

  it('renders tables with a caption and column headers', () => {
    const table = render(kazakhLicense).querySelector('table')
    expect(text(table?.querySelector('caption'))).toBe('Лицензиялық қызмет объектілері')
    expect([...(table?.querySelectorAll('th[scope="col"]') ?? [])].map(text)).toEqual([
      '№',
      'Объект',
      'Мекенжайы',
    ])
  })

  it('boxes the signature with its demo label and links the QR code to its URL', () => {
    const doc = render(kazakhLicense)
    const signature = doc.querySelector('.document-signature')
    expect(text(signature?.querySelector('.tag'))).toBe('ДЕМО ҚОЛТАҢБА — заңды күші жоқ')
    expect(text(signature)).toContain('ЭЦҚ-мен қол қойған: Ғалымжан Нұрланұлы Әбенов')
    const figure = doc.querySelector('figure.document-qr')
    expect(figure?.querySelector('svg[role="img"] title')?.textContent).toBe(
      kazakhLicense.qr?.caption,
    )
    const link = figure?.querySelector('a')
    expect(link?.getAttribute('href')).toBe(kazakhLicense.qr?.url)
    expect(text(link)).toBe(kazakhLicense.qr?.url)
  })

  it("lists a receipt's attached documents in order and leaves out what it lacks", () => {
    const doc = render(kazakhReceipt)
    expect([...doc.querySelectorAll('ol li')].map(text)).toHaveLength(3)
    expect(doc.querySelector('.document-signature')).toBeNull()
    expect(doc.querySelector('svg')).toBeNull()
  })

  it('escapes names and drops their bidi controls', () => {
    const name = '\u202E<script>alert(1)</script> «Ақ»'
    const doc = render({ ...kazakhReceipt, meta: [{ label: 'Қызмет алушы', value: name }] })
    expect(String(doc.documentElement?.outerHTML)).not.toContain('<script>')
    expect(text(doc.querySelector('dd'))).toBe('<script>alert(1)</script> «Ақ»')
  })
})
