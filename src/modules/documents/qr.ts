/**
 * QR codes for verification links, as a module matrix and as crisp SVG. The same path data
 * draws the code in the PDF and in the HTML page, so both scan the same.
 */
import qrcode from 'qrcode-generator'
import { cleanText } from './text.ts'

/** The encoded symbol: version 1–40, `size` = 17 + 4 × version modules per side. */
export interface QrMatrix {
  readonly version: number
  readonly size: number
  /** `modules[row][col]` is true for a dark module. */
  readonly modules: ReadonlyArray<readonly boolean[]>
}

/** Modules of light margin around the symbol, as ISO/IEC 18004 requires. */
export const QUIET_ZONE = 4

/** Level M holds at most this many bytes (version 40). */
export const QR_MAX_BYTES = 2331

/**
 * Encodes `text` as UTF-8 bytes with error correction level M and the smallest version.
 * Throws a RangeError for text over {@link QR_MAX_BYTES} bytes; verification URLs are short.
 */
export function qrMatrix(text: string): QrMatrix {
  const bytes = new TextEncoder().encode(text)
  if (bytes.length > QR_MAX_BYTES) {
    throw new RangeError(`Cannot encode ${bytes.length} bytes as a QR code: level M holds 2331`)
  }
  const qr = qrcode(0, 'M')
  // The library turns each UTF-16 unit into one byte (Latin-1); handing it UTF-8 bytes one
  // per unit keeps any URL readable by every scanner.
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  qr.addData(binary, 'Byte')
  qr.make()
  const size = qr.getModuleCount()
  const modules = Array.from(
    { length: size },
    (_, row) => Array.from({ length: size }, (_, col) => qr.isDark(row, col)),
  )
  return { version: (size - 17) / 4, size, modules }
}

/**
 * SVG path data with one rectangle per horizontal run of dark modules, one unit per module,
 * shifted right and down by `offset` units.
 */
export function qrPath(matrix: QrMatrix, offset = 0): string {
  const parts: string[] = []
  matrix.modules.forEach((row, y) => {
    let x = 0
    while (x < row.length) {
      if (!row[x]) {
        x++
        continue
      }
      const start = x
      while (row[x]) x++
      parts.push(`M${start + offset} ${y + offset}h${x - start}v1h-${x - start}z`)
    }
  })
  return parts.join('')
}

/** A standalone SVG image of the code with a quiet zone; `label` becomes its `<title>`. */
export function qrSvg(text: string, options: { label: string }): string {
  const matrix = qrMatrix(text)
  const side = matrix.size + 2 * QUIET_ZONE
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" role="img" ` +
    `shape-rendering="crispEdges"><title>${escapeXml(cleanText(options.label))}</title>` +
    `<rect width="${side}" height="${side}" fill="#fff"/>` +
    `<path fill="#000" d="${qrPath(matrix, QUIET_ZONE)}"/></svg>`
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
