import { describe, expect, it } from 'vitest'
import { composeMessage, encodedWords, isMailAddress } from './mail.ts'

const mail = {
  id: 'abc123',
  to: 'astyk@example.kz',
  subject: 'Лицензия № AKT-LIC-2026-0000042 — «ШАҺАР» қоймасы',
  text: 'Құрметті клиент!\n.starts with a dot\nСоңы',
}

function decodeWords(header: string): string {
  return header.split(/\r\n /).map((w) => {
    const m = /^=\?UTF-8\?B\?(.*)\?=$/.exec(w)
    return m ? new TextDecoder().decode(Uint8Array.from(atob(m[1]!), (c) => c.charCodeAt(0))) : w
  }).join('')
}

describe('composeMessage()', () => {
  it('writes UTF-8 headers as encoded words and the body in base64, with a stable Message-ID', () => {
    const text = composeMessage(mail, {
      from: 'noreply@e-licensing.kz',
      domain: 'e-licensing.kz',
      date: new Date('2026-03-02T05:00:00Z'),
    })
    const [head = '', body = ''] = text.split('\r\n\r\n')
    expect(head).toContain('Message-ID: <abc123@e-licensing.kz>')
    expect(head).toContain('Date: Mon, 2 Mar 2026 05:00:00 +0000')
    const subject = /Subject: (.*(?:\r\n .*)*)/.exec(head)![1]!
    expect(decodeWords(subject)).toBe(mail.subject)
    expect(subject.split('\r\n ').every((w) => w.length <= 76)).toBe(true)
    const decoded = new TextDecoder().decode(
      Uint8Array.from(atob(body.replace(/\r\n/g, '')), (c) => c.charCodeAt(0)),
    )
    expect(decoded).toBe(mail.text.replace(/\n/g, '\r\n'))
  })

  it('keeps a header on one line whatever the subject holds', () => {
    expect(encodedWords('Line one\r\nBcc: evil@example.com')).toBe('Line one Bcc: evil@example.com')
  })
})

describe('isMailAddress()', () => {
  it('accepts plain addresses and refuses anything that could bend an SMTP command', () => {
    expect(isMailAddress('a.b@example.kz')).toBe(true)
    for (const bad of ['a b@x.kz', 'a@x.kz>\r\nRCPT TO:<b@y.kz', '<a@x.kz>', 'a@', '@x.kz']) {
      expect(isMailAddress(bad)).toBe(false)
    }
  })
})
