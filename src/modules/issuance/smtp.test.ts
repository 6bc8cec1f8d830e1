import { createServer, type Server, Socket } from 'node:net'
import { Duplex } from 'node:stream'
import { afterEach, describe, expect, it } from 'vitest'
import { type SmtpConnect, SmtpError, smtpMailer } from './smtp.ts'

/** A tiny SMTP server: records the commands and the message; `refuse` answers RCPT with 550. */
function fakeServer(options: { refuse?: boolean; starttls?: boolean } = {}) {
  const commands: string[] = []
  let message = ''
  const server: Server = createServer((socket) => {
    let data = false
    let buffer = ''
    socket.write('220 mail.example.kz ESMTP\r\n')
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8')
      for (;;) {
        if (data) {
          const end = buffer.indexOf('\r\n.\r\n')
          if (end < 0) return
          message = buffer.slice(0, end + 2)
          buffer = buffer.slice(end + 5)
          data = false
          socket.write('250 2.0.0 queued\r\n')
          continue
        }
        const eol = buffer.indexOf('\r\n')
        if (eol < 0) return
        const line = buffer.slice(0, eol)
        buffer = buffer.slice(eol + 2)
        commands.push(line)
        const verb = line.split(/[ :]/)[0]!.toUpperCase()
        if (verb === 'EHLO') {
          socket.write(
            `250-mail.example.kz\r\n${options.starttls ? '250-STARTTLS\r\n' : ''}250 8BITMIME\r\n`,
          )
        } else if (verb === 'RCPT' && options.refuse) socket.write('550 5.1.1 no such user\r\n')
        else if (verb === 'DATA') {
          data = true
          socket.write('354 go ahead\r\n')
        } else if (verb === 'QUIT') socket.end('221 bye\r\n')
        else socket.write('250 ok\r\n')
      }
    })
  })
  return { server, commands, message: () => message }
}

function connectTo(server: Server): SmtpConnect {
  const { port } = server.address() as { port: number }
  return () =>
    new Promise((resolve, reject) => {
      const socket = new Socket()
      socket.once('error', reject)
      socket.connect(port, '127.0.0.1', () => {
        const web = Duplex.toWeb(socket) as unknown as {
          readable: ReadableStream<Uint8Array>
          writable: WritableStream<Uint8Array>
        }
        resolve({ ...web, close: () => Promise.resolve(void socket.destroy()) })
      })
    })
}

const servers: Server[] = []
afterEach(() => {
  for (const s of servers.splice(0)) s.close()
})

async function listening(options: Parameters<typeof fakeServer>[0] = {}) {
  const fake = fakeServer(options)
  servers.push(fake.server)
  await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve))
  return fake
}

const mail = { id: 'm1', to: 'astyk@example.kz', subject: 'Лицензия', text: 'Сәлем!\n.\nСоңы' }

describe('smtpMailer()', () => {
  it('sends one message: EHLO, MAIL, RCPT, DATA with dot-stuffing, QUIT', async () => {
    const fake = await listening()
    const mailer = smtpMailer({
      url: 'smtp://127.0.0.1:2525',
      from: 'noreply@e-licensing.kz',
      connect: connectTo(fake.server),
      domain: 'e-licensing.kz',
      now: () => new Date('2026-03-02T05:00:00Z'),
    })
    await mailer.send(mail)
    await new Promise((r) => setTimeout(r, 50))
    expect(fake.commands).toEqual([
      'EHLO e-licensing.kz',
      'MAIL FROM:<noreply@e-licensing.kz>',
      'RCPT TO:<astyk@example.kz>',
      'DATA',
      'QUIT',
    ])
    expect(fake.message()).toContain('Message-ID: <m1@e-licensing.kz>')
  })

  it('throws when the server refuses the recipient, so the outbox retries', async () => {
    const fake = await listening({ refuse: true })
    const mailer = smtpMailer({
      url: 'smtp://127.0.0.1:2525',
      from: 'noreply@e-licensing.kz',
      connect: connectTo(fake.server),
      domain: 'e-licensing.kz',
      now: () => new Date(),
    })
    await expect(mailer.send(mail)).rejects.toThrow(/SMTP RCPT: 550/)
  })

  it('never sends credentials over a connection without TLS', async () => {
    const fake = await listening({ starttls: true })
    const mailer = smtpMailer({
      url: 'smtp://user:secret@127.0.0.1:2525',
      from: 'noreply@e-licensing.kz',
      connect: connectTo(fake.server),
      domain: 'e-licensing.kz',
      now: () => new Date(),
    })
    await expect(mailer.send(mail)).rejects.toThrow(SmtpError)
    expect(fake.commands.some((c) => c.startsWith('AUTH'))).toBe(false)
  })

  it('refuses a recipient that is not a plain address before connecting', async () => {
    let connected = false
    const mailer = smtpMailer({
      url: 'smtp://127.0.0.1:2525',
      from: 'noreply@e-licensing.kz',
      connect: () => {
        connected = true
        throw new Error('should not connect')
      },
      domain: 'e-licensing.kz',
      now: () => new Date(),
    })
    await expect(mailer.send({ ...mail, to: 'a@x.kz>\r\nRCPT TO:<b@y.kz' })).rejects.toThrow(
      SmtpError,
    )
    expect(connected).toBe(false)
  })
})
