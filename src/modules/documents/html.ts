/**
 * What the HTML twin of a document needs: the same cleaned strings as the PDF, and the QR
 * code as path data, so the page draws it without generating markup from strings.
 */
import { qrMatrix, qrPath } from './qr.ts'
import { cleanModel } from './text.ts'
import type { DocumentModel, QrInfo } from './types.ts'

/** A QR code ready to draw: `size` modules per side, dark modules as SVG path data. */
export interface DrawnQr extends QrInfo {
  readonly size: number
  readonly path: string
}

/** The props of `DocumentPage` in views/documents/document.tsx. */
export type HtmlDocument = Omit<DocumentModel, 'qr'> & { readonly qr?: DrawnQr }

/** Cleans the model's text as the PDF does and computes its QR code. */
export function htmlDocument(model: DocumentModel): HtmlDocument {
  const { qr, ...rest } = cleanModel(model)
  if (!qr) return rest
  const matrix = qrMatrix(qr.url)
  return { ...rest, qr: { ...qr, size: matrix.size, path: qrPath(matrix) } }
}
