/**
 * Byte helpers over web-standard APIs only (`atob`, `btoa`, `TextDecoder`), so the module runs
 * unchanged on Node and Deno: hex, base64, PEM, comparison.
 */

/** True when both byte arrays hold the same bytes. */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0)
  return diff === 0
}

/** A fresh ArrayBuffer with the bytes, for APIs typed on `ArrayBuffer`. */
export function toBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer
}

/** Lower-case hex. */
export function toHex(bytes: Uint8Array): string {
  let out = ''
  for (const b of bytes) out += b.toString(16).padStart(2, '0')
  return out
}

/** Parses hex (any case, even length); throws on anything else. */
export function fromHex(hex: string): Uint8Array {
  if (!/^(?:[0-9a-fA-F]{2})*$/.test(hex)) throw new TypeError(`Invalid hex string "${hex}"`)
  const out = new Uint8Array(hex.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16)
  return out
}

/** Standard base64 (with padding). */
export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary)
}

/** Decodes standard or URL-safe base64, ignoring whitespace; throws on other characters. */
export function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/')
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) throw new TypeError('Invalid base64 text')
  const padded = clean.padEnd(Math.ceil(clean.length / 4) * 4, '=')
  const binary = atob(padded)
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
  return out
}

/** URL-safe base64 without padding (for tokens and blobs stored as text). */
export function toBase64Url(bytes: Uint8Array): string {
  return toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** PEM armour, e.g. `toPem(der, 'CERTIFICATE')`. */
export function toPem(der: Uint8Array, label: string): string {
  const body = toBase64(der).replace(/(.{64})/g, '$1\n').replace(/\n$/, '')
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`
}

/** Every PEM block in a text, in order. */
export function fromPem(text: string): Array<{ label: string; der: Uint8Array }> {
  const blocks: Array<{ label: string; der: Uint8Array }> = []
  const re = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g
  for (const m of text.matchAll(re)) blocks.push({ label: m[1] ?? '', der: fromBase64(m[2] ?? '') })
  return blocks
}

/** DER bytes from DER, PEM (text or bytes) or base64 text; throws when none fits. */
export function readBinary(input: Uint8Array | string): Uint8Array {
  const text = typeof input === 'string' ? input : pemText(input)
  if (text === null) return input as Uint8Array
  if (text.includes('-----BEGIN')) {
    const [first] = fromPem(text)
    if (!first) throw new TypeError('Unterminated PEM block')
    return first.der
  }
  return fromBase64(text)
}

function pemText(bytes: Uint8Array): string | null {
  const head = new TextDecoder().decode(bytes.subarray(0, 11))
  return head === '-----BEGIN ' ? new TextDecoder().decode(bytes) : null
}
