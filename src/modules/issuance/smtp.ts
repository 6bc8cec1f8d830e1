/**
 * A small SMTP client (RFC 5321) over a socket the platform opens: EHLO, STARTTLS when the
 * server offers it and the platform can upgrade, AUTH PLAIN only over TLS, one message per
 * connection. `smtp://user:pass@host:587` or `smtps://…:465` (TLS from the start).
 */
import { composeMessage, isMailAddress, type Mailer, type OutgoingMail } from './mail.ts'
import { Replies } from './smtp-replies.ts'

/** A connected socket as web streams. */
export interface SmtpConnection {
  readonly readable: ReadableStream<Uint8Array>
  readonly writable: WritableStream<Uint8Array>
  close(): Promise<void>
  /** Upgrades this connection to TLS (STARTTLS); absent when the platform cannot. */
  startTls?(host: string): Promise<SmtpConnection>
}

/** Opens a TCP connection (TLS from the start when `tls`); a platform capability. */
export type SmtpConnect = (target: { host: string; port: number; tls: boolean }) => Promise<
  SmtpConnection
>

/** Options of the SMTP mailer. */
export interface SmtpOptions {
  readonly url: string
  /** The envelope and `From:` address. */
  readonly from: string
  readonly connect: SmtpConnect
  /** The domain for EHLO and Message-IDs (the service's host name). */
  readonly domain: string
  readonly now: () => Date
}

/** Thrown when the server refuses a command or the exchange cannot go on. */
export class SmtpError extends Error {
  override name = 'SmtpError'
}

/** A `Mailer` that sends each message over its own SMTP connection. */
export function smtpMailer(options: SmtpOptions): Mailer {
  const url = new URL(options.url)
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new TypeError(`SMTP_URL must start with smtp:// or smtps://, not "${url.protocol}"`)
  }
  const target = {
    host: url.hostname,
    port: Number(url.port || (url.protocol === 'smtps:' ? 465 : 587)),
    tls: url.protocol === 'smtps:',
  }
  const user = decodeURIComponent(url.username)
  const password = decodeURIComponent(url.password)
  return {
    async send(mail) {
      if (!isMailAddress(mail.to)) throw new SmtpError(`Not an e-mail address: "${mail.to}"`)
      const conn = await options.connect(target)
      const session = new Session(conn, target.tls)
      try {
        await session.open(options.domain, target.host)
        if (user) await session.auth(user, password)
        await session.deliver(options, mail)
      } finally {
        await session.close()
      }
    },
  }
}

class Session {
  replies: Replies
  writer: WritableStreamDefaultWriter<Uint8Array>

  constructor(public conn: SmtpConnection, public secure: boolean) {
    this.replies = new Replies(conn.readable)
    this.writer = conn.writable.getWriter()
  }

  async open(domain: string, host: string): Promise<void> {
    await this.expect(undefined, [220])
    let caps = await this.expect(`EHLO ${domain}`, [250])
    if (!this.secure && caps.some((l) => /^STARTTLS\b/i.test(l)) && this.conn.startTls) {
      await this.expect('STARTTLS', [220])
      this.replies.release()
      this.writer.releaseLock()
      this.conn = await this.conn.startTls(host)
      this.replies = new Replies(this.conn.readable)
      this.writer = this.conn.writable.getWriter()
      this.secure = true
      caps = await this.expect(`EHLO ${domain}`, [250])
    }
  }

  async auth(user: string, password: string): Promise<void> {
    if (!this.secure) throw new SmtpError('Refusing to send SMTP credentials without TLS')
    const token = btoa(String.fromCharCode(...new TextEncoder().encode(`\0${user}\0${password}`)))
    await this.expect(`AUTH PLAIN ${token}`, [235])
  }

  async deliver(options: SmtpOptions, mail: OutgoingMail): Promise<void> {
    await this.expect(`MAIL FROM:<${options.from}>`, [250])
    await this.expect(`RCPT TO:<${mail.to}>`, [250, 251])
    await this.expect('DATA', [354])
    const message = composeMessage(mail, {
      from: options.from,
      domain: options.domain,
      date: options.now(),
    })
    // A line starting with "." is doubled so the server does not read it as the end.
    const stuffed = message.replace(/(^|\r\n)\./g, '$1..')
    await this.expect(`${stuffed}.`, [250])
  }

  async close(): Promise<void> {
    try {
      await this.write('QUIT')
    } catch {
      // The message is accepted or refused already; a failed goodbye changes nothing.
    }
    await this.conn.close().catch(() => {})
  }

  async expect(command: string | undefined, codes: number[]): Promise<string[]> {
    if (command !== undefined) await this.write(command)
    const reply = await this.replies.next()
    if (!codes.includes(reply.code)) {
      const what = command?.split(' ')[0]?.slice(0, 12) ?? 'greeting'
      throw new SmtpError(`SMTP ${what}: ${reply.code} ${reply.lines.join(' ').slice(0, 200)}`)
    }
    return reply.lines
  }

  async write(line: string): Promise<void> {
    await this.writer.write(new TextEncoder().encode(`${line}\r\n`))
  }
}
