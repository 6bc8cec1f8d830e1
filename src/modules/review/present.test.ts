import { describe, expect, it } from 'vitest'
import { contentDisposition, fmtTime } from './present.ts'
import { sniffType } from './attachments.ts'

describe('contentDisposition()', () => {
  it('gives an ASCII fallback and the UTF-8 name, and cannot be broken by quotes or new lines', () => {
    expect(contentDisposition('attachment', 'Жарғы "1".pdf')).toBe(
      `attachment; filename="_____ _1_.pdf"; filename*=UTF-8''%D0%96%D0%B0%D1%80%D2%93%D1%8B%20%221%22.pdf`,
    )
    const evil = contentDisposition('inline', 'a\r\nSet-Cookie: x=1; b.pdf')
    expect(evil).not.toMatch(/[\r\n]/)
    expect(evil.startsWith('inline; filename="a__Set-Cookie: x=1_ b.pdf"')).toBe(true)
  })
})

describe('fmtTime()', () => {
  it('writes an instant in Almaty time as DD.MM.YYYY HH:MM, and a dash for none', () => {
    expect(fmtTime('2026-03-02T19:30:00Z')).toBe('03.03.2026 00:30')
    expect(fmtTime(null)).toBe('—')
  })
})

describe('sniffType()', () => {
  it('recognises PDF, PNG and JPEG by their first bytes only', () => {
    expect(sniffType(new TextEncoder().encode('%PDF-1.7'))).toBe('application/pdf')
    expect(sniffType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d]))).toBe('image/png')
    expect(sniffType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg')
    expect(sniffType(new TextEncoder().encode('<html>'))).toBeUndefined()
  })
})
