import { createServer, type Server } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { smtpMailer } from '../modules/issuance/index.ts'
import { connectSmtp } from './smtp.ts'

let server: Server | undefined
afterEach(() => server?.close())

/** A minimal SMTP server on a free port; resolves with the port and what it received. */
async function fakeSmtp() {
  const received: string[] = []
  server = createServer((socket) => {
    let buffer = ''
    let inData = false
    socket.write('220 test ESMTP\r\n')
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8')
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n')
          if (end < 0) return
          received.push(buffer.slice(0, end))
          buffer = buffer.slice(end + 5)
          inData = false
          socket.write('250 queued\r\n')
          continue
        }
        const eol = buffer.indexOf('\r\n')
        if (eol < 0) return
        const verb = buffer.slice(0, eol).split(/[ :]/)[0]!.toUpperCase()
        buffer = buffer.slice(eol + 2)
        if (verb === 'DATA') {
          inData = true
          socket.write('354 go ahead\r\n')
        } else if (verb === 'QUIT') socket.end('221 bye\r\n')
        else socket.write('250 ok\r\n')
      }
    })
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  return { port: (server!.address() as { port: number }).port, received }
}

describe('connectSmtp()', () => {
  it('carries a message with Kazakh text to an SMTP server over a real TCP connection', async () => {
    const fake = await fakeSmtp()
    const mailer = smtpMailer({
      url: `smtp://127.0.0.1:${fake.port}`,
      from: 'noreply@e-licensing.kz',
      connect: connectSmtp,
      domain: 'e-licensing.kz',
      now: () => new Date('2026-03-02T05:00:00Z'),
    })
    await mailer.send({
      id: 'x1',
      to: 'aliya@example.kz',
      subject: 'Лицензия дайын',
      text: 'Әлия, нәтиже дайын.',
    })
    expect(fake.received).toHaveLength(1)
    expect(fake.received[0]).toContain('Message-ID: <x1@e-licensing.kz>')
  })

  it('rejects when nothing listens, so the outbox keeps the message', async () => {
    await expect(connectSmtp({ host: '127.0.0.1', port: 1, tls: false })).rejects.toThrow()
  })
})
