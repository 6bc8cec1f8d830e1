/**
 * TCP and TLS connections for the SMTP mailer, through `node:net`/`node:tls` (Deno provides
 * both), as web streams the core's SMTP client reads and writes.
 */
import { connect as tcpConnect, type Socket } from 'node:net'
import { Duplex } from 'node:stream'
import { connect as tlsConnect } from 'node:tls'
import type { SmtpConnect, SmtpConnection } from '../modules/issuance/index.ts'

const TIMEOUT_MS = 30_000

/** Opens a connection to an SMTP server, TLS from the start when asked. */
export const connectSmtp: SmtpConnect = ({ host, port, tls }) =>
  new Promise((resolve, reject) => {
    const socket: Socket = tls
      ? tlsConnect({ host, port, servername: host })
      : tcpConnect({ host, port })
    socket.setTimeout(TIMEOUT_MS, () => socket.destroy(new Error(`SMTP ${host}:${port} timed out`)))
    socket.once('error', reject)
    socket.once(tls ? 'secureConnect' : 'connect', () => {
      socket.off('error', reject)
      resolve(wrap(socket, host))
    })
  })

function wrap(socket: Socket, host: string): SmtpConnection {
  const { readable, writable } = Duplex.toWeb(socket) as unknown as {
    readable: ReadableStream<Uint8Array>
    writable: WritableStream<Uint8Array>
  }
  return {
    readable,
    writable,
    close: () => {
      socket.destroy()
      return Promise.resolve()
    },
    startTls: () =>
      new Promise((resolve, reject) => {
        const secured = tlsConnect({ socket, servername: host })
        secured.once('error', reject)
        secured.once('secureConnect', () => resolve(wrap(secured, host)))
      }),
  }
}
