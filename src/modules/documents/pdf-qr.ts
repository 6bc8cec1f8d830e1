/** The QR code of a PDF: vector modules at the left, its caption and URL beside it. */
import { type PDFPage, rgb } from 'pdf-lib'
import { type Flow, INK, PAGE, type TextStyle } from './pdf-flow.ts'
import { type QrMatrix, qrMatrix, qrPath, QUIET_ZONE } from './qr.ts'
import type { QrInfo } from './types.ts'

const CAPTION: TextStyle = { face: 'bold', size: 10 }
const URL_TEXT: TextStyle = { face: 'regular', size: 8, color: INK.muted }
/** About 34 mm: about 1 mm per module for a version-4 code. */
const SIDE = 96

/**
 * Lays out the QR code with its caption and, in small print, the URL it encodes. Returns
 * the painting of the code itself, to be called last so that nothing covers its modules.
 */
export function placeQr(flow: Flow, qr: QrInfo): () => void {
  const matrix = qrMatrix(qr.url)
  const quiet = QUIET_ZONE * SIDE / matrix.size
  const x = PAGE.left + Math.max(16, quiet) + SIDE
  const width = PAGE.right - x
  const textHeight = flow.wrap(qr.caption, CAPTION, width).length * flow.lineHeight(CAPTION) +
    4 + flow.wrap(qr.url, URL_TEXT, width).length * flow.lineHeight(URL_TEXT)
  flow.keep(quiet + Math.max(SIDE, textHeight) + quiet)
  flow.y -= quiet
  const [page, top] = [flow.page, flow.y]
  flow.text(qr.caption, CAPTION, { x, width })
  flow.y -= 4
  flow.text(qr.url, URL_TEXT, { x, width })
  flow.y = Math.min(flow.y, top - SIDE) - quiet
  return () => paintQr(page, matrix, top)
}

function paintQr(page: PDFPage, matrix: QrMatrix, top: number): void {
  const cell = SIDE / matrix.size
  const quiet = QUIET_ZONE * cell
  page.drawRectangle({
    x: PAGE.left - quiet,
    y: top - SIDE - quiet,
    width: SIDE + 2 * quiet,
    height: SIDE + 2 * quiet,
    color: rgb(1, 1, 1),
  })
  page.drawSvgPath(qrPath(matrix), { x: PAGE.left, y: top, scale: cell, color: rgb(0, 0, 0) })
}
