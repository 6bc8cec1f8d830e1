/**
 * E-mail as the outbox sends it: a plain-text UTF-8 message (RFC 5322 with MIME, headers as
 * encoded words, the body in base64), and the `Mailer` port the SMTP client implements. The
 * Message-ID comes from the outbox row, so a message sent twice after a lost reply is one
 * message to the receiving servers.
 */

/** One message to send. */
export interface OutgoingMail {
  /** The outbox row's id: it makes the Message-ID. */
  readonly id: string
  readonly to: string
  readonly subject: string
  readonly text: string
}

/** Sends e-mail; throws when the message was not accepted. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<void>
}

const ADDRESS = /^[^\s@<>()",;:\\[\]]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/

/** True for a plain `local@domain` address (no display name, no comments). */
export function isMailAddress(value: string): boolean {
  return value.length <= 254 && ADDRESS.test(value)
}

/** The message text, lines ending in CRLF, ready for SMTP's DATA (before dot-stuffing). */
export function composeMessage(
  mail: OutgoingMail,
  options: { from: string; domain: string; date: Date },
): string {
  const headers = [
    `From: ${options.from}`,
    `To: ${mail.to}`,
    `Subject: ${encodedWords(mail.subject)}`,
    `Date: ${rfc5322Date(options.date)}`,
    `Message-ID: <${mail.id}@${options.domain}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
  ]
  const body = base64(new TextEncoder().encode(mail.text.replace(/\r?\n/g, '\r\n')))
  const lines = body.match(/.{1,76}/g) ?? []
  return `${headers.join('\r\n')}\r\n\r\n${lines.join('\r\n')}\r\n`
}

/** `=?UTF-8?B?…?=` words of at most 45 bytes each, never splitting a character. */
export function encodedWords(text: string): string {
  const clean = text.replace(/[\r\n]+/g, ' ')
  if (/^[\x20-\x7e]*$/.test(clean) && clean.length <= 900) return clean
  const words: string[] = []
  let chunk = ''
  for (const char of clean) {
    if (new TextEncoder().encode(chunk + char).length > 45) {
      words.push(chunk)
      chunk = ''
    }
    chunk += char
  }
  if (chunk) words.push(chunk)
  return words.map((w) => `=?UTF-8?B?${base64(new TextEncoder().encode(w))}?=`).join('\r\n ')
}

function base64(bytes: Uint8Array): string {
  let bin = ''
  for (const b of bytes) bin += String.fromCharCode(b)
  return btoa(bin)
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function rfc5322Date(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0')
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ` +
    `${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:` +
    `${two(d.getUTCSeconds())} +0000`
}
