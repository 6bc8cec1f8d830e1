/** Reads SMTP replies ("250-first", "250 last") from a byte stream, with a time limit. */

const TIMEOUT_MS = 30_000

/** One reply: its code and the text of each line. */
export interface Reply {
  readonly code: number
  readonly lines: string[]
}

/** A reader of replies over one stream. */
export class Replies {
  #reader: ReadableStreamDefaultReader<Uint8Array>
  #decoder = new TextDecoder()
  #buffer = ''

  constructor(stream: ReadableStream<Uint8Array>) {
    this.#reader = stream.getReader()
  }

  /** The next complete reply; throws when the server closes or stays silent too long. */
  async next(): Promise<Reply> {
    const lines: string[] = []
    for (;;) {
      const line = await this.#line()
      const match = /^(\d{3})([ -]?)(.*)$/.exec(line)
      if (!match) throw new Error(`SMTP: unreadable reply "${line.slice(0, 80)}"`)
      lines.push(match[3] ?? '')
      if (match[2] !== '-') return { code: Number(match[1]), lines }
    }
  }

  /** Lets go of the stream (before a TLS upgrade replaces it). */
  release(): void {
    this.#reader.releaseLock()
  }

  async #line(): Promise<string> {
    for (;;) {
      const end = this.#buffer.indexOf('\r\n')
      if (end >= 0) {
        const line = this.#buffer.slice(0, end)
        this.#buffer = this.#buffer.slice(end + 2)
        return line
      }
      if (this.#buffer.length > 64 * 1024) throw new Error('SMTP: reply line too long')
      const chunk = await withTimeout(this.#reader.read())
      if (chunk.done) throw new Error('SMTP: the server closed the connection')
      this.#buffer += this.#decoder.decode(chunk.value, { stream: true })
    }
  }
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('SMTP: no reply in time')), TIMEOUT_MS)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}
