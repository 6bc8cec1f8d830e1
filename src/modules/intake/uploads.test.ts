import { describe, expect, it } from 'vitest'
import { contentDisposition, detectType, displayName, nameContradicts } from './uploads.ts'

const bytes = (...b: number[]) => new Uint8Array(b)

describe('detectType()', () => {
  it('recognises PDF, JPEG and PNG by their first bytes only', () => {
    expect(detectType(new TextEncoder().encode('%PDF-1.7\n'))).toBe('application/pdf')
    expect(detectType(bytes(0xff, 0xd8, 0xff, 0xdb))).toBe('image/jpeg')
    expect(detectType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png')
  })

  it('refuses anything else, including a truncated signature and an HTML file', () => {
    expect(detectType(bytes(0x89, 0x50, 0x4e, 0x47))).toBeUndefined()
    expect(detectType(new TextEncoder().encode('<html><script>'))).toBeUndefined()
    expect(detectType(new TextEncoder().encode(' %PDF-'))).toBeUndefined()
    expect(detectType(new Uint8Array())).toBeUndefined()
  })
})

describe('displayName()', () => {
  it('keeps Kazakh letters and strips path parts, controls and bidi overrides', () => {
    expect(displayName('C:\\Users\\me\\Қосымша өтініш.pdf', 'application/pdf')).toBe(
      'Қосымша өтініш.pdf',
    )
    expect(displayName('../../\u202egnp.exe\u0000.pdf', 'application/pdf')).toBe('gnp.exe.pdf')
    expect(displayName('a<b>:"c"|?*.png', 'image/png')).toBe('a_b___c____.png')
  })

  it('sets the extension the bytes call for and never answers an empty or hidden name', () => {
    expect(displayName('scan', 'image/jpeg')).toBe('scan.jpg')
    expect(displayName('photo.JPEG', 'image/jpeg')).toBe('photo.JPEG')
    expect(displayName('\u200f', 'application/pdf')).toBe('document.pdf')
    expect(displayName('.htaccess', 'application/pdf')).toBe('htaccess.pdf')
  })

  it('limits the name to 120 characters and keeps the extension', () => {
    const name = displayName(`${'ә'.repeat(300)}.pdf`, 'application/pdf')
    expect([...name].length).toBe(120)
    expect(name.endsWith('.pdf')).toBe(true)
  })
})

describe('nameContradicts()', () => {
  it('flags a PDF named as an image, not a name without a file-type extension', () => {
    expect(nameContradicts('photo.png', 'application/pdf')).toBe(true)
    expect(nameContradicts('letter.docx', 'application/pdf')).toBe(true)
    expect(nameContradicts('scan.jpeg', 'image/jpeg')).toBe(false)
    expect(nameContradicts('Иванов И.И', 'application/pdf')).toBe(false)
    expect(nameContradicts('scan', 'image/png')).toBe(false)
  })
})

describe('contentDisposition()', () => {
  it('sends an attachment with an ASCII fallback and the UTF-8 name', () => {
    expect(contentDisposition('Өтініш "1".pdf')).toBe(
      `attachment; filename="______ _1_.pdf"; filename*=UTF-8''%D3%A8%D1%82%D1%96%D0%BD%D1%96%D1%88%20%221%22.pdf`,
    )
  })
})
