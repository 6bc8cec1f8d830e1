/**
 * @module documents
 * The database-free rendering core of issued documents and receipts: one translated
 * {@link DocumentModel} becomes a deterministic PDF ({@link renderPdf}) and the props of its
 * HTML twin ({@link htmlDocument}); {@link qrSvg} draws a verification QR code on its own.
 */
export type {
  Block,
  DocumentFonts,
  DocumentModel,
  ListBlock,
  Pair,
  PairsBlock,
  ParagraphBlock,
  QrInfo,
  Section,
  SignatureInfo,
  SmallBlock,
  TableBlock,
} from './types.ts'
export { renderPdf } from './pdf.ts'
export { type DrawnQr, type HtmlDocument, htmlDocument } from './html.ts'
export { type QrMatrix, qrMatrix, qrSvg } from './qr.ts'
export { cleanText } from './text.ts'
