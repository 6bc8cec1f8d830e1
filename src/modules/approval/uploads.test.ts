import { describe, expect, it } from 'vitest'
import { readAttachments } from './uploads.ts'

const pdf = (name = 'акт.pdf') => new File(['%PDF-1.4\n%%EOF\n'], name, { type: 'application/pdf' })

describe('readAttachments()', () => {
  it('readAttachments() takes PDF, PNG and JPEG by their first bytes, whatever the browser says', async () => {
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])], 'a.png', {
      type: 'text/plain',
    })
    const r = await readAttachments({ attachments: [pdf(), png] })
    expect(r).toMatchObject({
      ok: true,
      files: [{ contentType: 'application/pdf' }, { contentType: 'image/png' }],
    })
  })

  it('readAttachments() refuses other content and more than five files', async () => {
    const exe = new File(['MZ\x90\x00'], 'a.pdf', { type: 'application/pdf' })
    expect(await readAttachments({ attachments: exe })).toEqual({
      ok: false,
      error: 'approval:errors.attachmentType',
    })
    const six = Array.from({ length: 6 }, () => pdf())
    expect(await readAttachments({ attachments: six })).toEqual({
      ok: false,
      error: 'approval:errors.attachmentCount',
    })
  })

  it('readAttachments() ignores an empty file input and keeps only the last segment of a name', async () => {
    const empty = new File([], '', { type: 'application/octet-stream' })
    expect(await readAttachments({ attachments: empty })).toEqual({ ok: true, files: [] })
    const r = await readAttachments({ attachments: pdf('C:\\Users\\a\\"акт".pdf') })
    expect(r.ok && r.files[0]!.filename).toBe('акт.pdf')
  })
})
