import { describe, expect, it } from 'vitest'
import { kazakhLicense } from './license.fixture.ts'
import { cleanModel, cleanText, mapModelText, PLACEHOLDER, replaceMissing } from './text.ts'

describe('cleanText()', () => {
  it('composes decomposed letters (NFC)', () => {
    expect(cleanText('и\u0306е\u0308')).toBe('йё')
  })

  it('removes bidi embeddings, overrides, isolates and marks', () => {
    const text =
      '\u202EАлиев\u202C \u2066X\u2069 \u200EY\u200F \u202A\u202B\u202D\u2067\u2068\u061C'
    expect(cleanText(text)).toBe('Алиев X Y')
  })

  it('removes zero-width characters, the BOM, soft hyphens and variation selectors', () => {
    expect(cleanText('\uFEFFҚа\u200Bза\u00ADқ\u200D😀\uFE0F')).toBe('Қазақ😀')
  })

  it('turns control characters into spaces and keeps one kind of line break', () => {
    expect(cleanText('А\u0000Б\tВ\r\nГ\rД\u2028Е\u0085Ж')).toBe('А Б В\nГ\nД\nЕ\nЖ')
  })

  it('collapses spaces and blank lines but keeps no-break spaces', () => {
    expect(cleanText('  №\u00A012   Ақ\u2003жол \n\n\n\n Соңы  ')).toBe('№\u00A012 Ақ жол\n\nСоңы')
  })

  it('replaces lone surrogates instead of failing', () => {
    expect(cleanText('а\uD800б')).toBe('а\uFFFDб')
  })

  it('keeps quotes and every Kazakh letter', () => {
    const text = '«Ә» "Ғ" \'Қ\' „Ң“ Өө Ұұ Үү Һһ Іі'
    expect(cleanText(text)).toBe(text)
  })
})

describe('replaceMissing()', () => {
  const has = (cp: number) => cp < 0x2000

  it('puts one placeholder for each run of missing characters', () => {
    expect(replaceMissing('Ақ 🦄🦄 жол 漢', has)).toBe(`Ақ ${PLACEHOLDER} жол ${PLACEHOLDER}`)
  })

  it('keeps line breaks even when the font has no glyph for them', () => {
    expect(replaceMissing('а\nб', (cp) => cp !== 10 && has(cp))).toBe('а\nб')
  })
})

describe('mapModelText()', () => {
  it('reaches every human-readable string and leaves lang and block types alone', () => {
    const marked = mapModelText(kazakhLicense, (s) => `⟨${s}⟩`)
    const strings: string[] = []
    JSON.stringify(marked, (key, value) => {
      if (typeof value === 'string' && key !== 'issuedAt') strings.push(`${key}=${value}`)
      return value
    })
    const unmarked = strings.filter((s) => !/=⟨[\s\S]*⟩$/.test(s))
    expect(unmarked.sort()).toEqual(['lang=kk', 'type=pairs', 'type=small', 'type=table'])
  })
})

describe('cleanModel()', () => {
  it('cleans the name in the meta list and in the signature alike', () => {
    const model = {
      ...kazakhLicense,
      meta: [{ label: 'Лицензиат', value: '\u202EЖШС  «Ақ»' }],
      signature: { lines: ['\u202EЖШС  «Ақ»'] },
    }
    const clean = cleanModel(model)
    expect(clean.meta[0]?.value).toBe('ЖШС «Ақ»')
    expect(clean.signature?.lines).toEqual(['ЖШС «Ақ»'])
    expect(clean.issuedAt).toBe(model.issuedAt)
  })
})
