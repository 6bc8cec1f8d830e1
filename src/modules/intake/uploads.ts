/**
 * What an uploaded file really is, read from its first bytes (never from its name or the type
 * the browser declared), and a display name that is safe to show and to send back in a
 * `Content-Disposition` header.
 */

/** The kinds of file the service accepts. */
export type AcceptedType = 'application/pdf' | 'image/jpeg' | 'image/png'

const SIGNATURES: ReadonlyArray<{ type: AcceptedType; bytes: readonly number[]; ext: string }> = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], ext: 'pdf' },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff], ext: 'jpg' },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], ext: 'png' },
]

/** The accepted type the bytes start with, or undefined. */
export function detectType(bytes: Uint8Array): AcceptedType | undefined {
  return SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b))?.type
}

/** The usual extension of an accepted type. */
export function extensionOf(type: AcceptedType): string {
  return SIGNATURES.find((s) => s.type === type)!.ext
}

const MAX_NAME = 120
// C0/C1 controls, bidi embeddings, overrides and isolates, zero-width and BOM characters.
// deno-lint-ignore no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu
const RESERVED = /[<>:"/\\|?*]/g

/**
 * A display name from what the browser sent: path parts, control and bidi characters removed,
 * letters of any script (Kazakh included) kept, at most 120 characters, and the extension
 * set to match the detected type ("scan.png" that is really a PDF becomes "scan.png.pdf").
 */
export function displayName(sent: string, type: AcceptedType): string {
  const base = sent.normalize('NFC').split(/[/\\]/).pop() ?? ''
  let name = base.replace(UNSAFE, '').replace(RESERVED, '_').replace(/\s+/g, ' ').trim()
  name = name.replace(/^\.+/, '')
  const ext = extensionOf(type)
  const current = /\.([^.]{1,5})$/.exec(name)?.[1]?.toLowerCase()
  const matches = current === ext || (ext === 'jpg' && current === 'jpeg')
  if (!matches) name = name ? `${name}.${ext}` : ''
  if (!name) name = `document.${ext}`
  if ([...name].length > MAX_NAME) {
    const suffix = `.${matches ? current : ext}`
    name = [...name].slice(0, MAX_NAME - suffix.length).join('').trimEnd() + suffix
  }
  return name
}

const FILE_EXTENSIONS = new Set([
  'pdf',
  'jpg',
  'jpeg',
  'png',
  'gif',
  'bmp',
  'tif',
  'tiff',
  'webp',
  'heic',
  'svg',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'odt',
  'rtf',
  'txt',
  'zip',
  'rar',
  '7z',
  'exe',
  'html',
  'htm',
])

/**
 * True when the name carries a file-type extension that contradicts the bytes ("scan.png"
 * holding a PDF): such a file is refused, since the sender is mistaken about what it is.
 */
export function nameContradicts(sent: string, type: AcceptedType): boolean {
  const ext = /\.([A-Za-z0-9]{1,5})\s*$/.exec(sent)?.[1]?.toLowerCase()
  if (!ext || !FILE_EXTENSIONS.has(ext)) return false
  return !(ext === extensionOf(type) || (ext === 'jpeg' && type === 'image/jpeg'))
}

/** `attachment; filename="…"; filename*=UTF-8''…` with an ASCII fallback (RFC 6266). */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(name)}`
}

function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
}
