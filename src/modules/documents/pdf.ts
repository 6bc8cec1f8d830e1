/**
 * Renders a {@link DocumentModel} as an A4 PDF with DejaVu Sans embedded as subsets.
 * The output is a pure function of the model and the fonts: metadata dates come from
 * `issuedAt`, names are fixed, and pdf-lib's generated names come from a seeded generator,
 * so a document re-rendered from its record is byte-identical.
 */
import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, type PDFFont } from 'pdf-lib'
import { drawMeta, drawSection, drawTitle } from './pdf-blocks.ts'
import { type Faces, Flow } from './pdf-flow.ts'
import { drawRunningHeads, drawWatermark } from './pdf-marks.ts'
import { placeQr } from './pdf-qr.ts'
import { drawSignature } from './pdf-signature.ts'
import { cleanModel, mapModelText, replaceMissing } from './text.ts'
import type { DocumentFonts, DocumentModel } from './types.ts'

/** Written into every PDF's Creator and Producer fields. */
export const PDF_CREATOR = 'e-licensing document renderer'
const PRODUCER = 'e-licensing document renderer (pdf-lib 1.17, DejaVu Sans 2.37)'
// Ligatures would merge "fi" into one glyph; without them width sums are exact and copied
// text stays letter for letter.
const FEATURES = { liga: false, clig: false }

/**
 * The PDF of a document. Never throws on the text of the model; throws a TypeError if
 * `issuedAt` is not a valid date, which would otherwise end up as garbage in the metadata.
 */
export async function renderPdf(
  model: DocumentModel,
  fonts: DocumentFonts,
): Promise<Uint8Array<ArrayBuffer>> {
  if (Number.isNaN(model.issuedAt.getTime())) {
    throw new TypeError(`Cannot render document "${model.title}": issuedAt is not a valid date`)
  }
  const doc = await PDFDocument.create({ updateMetadata: false })
  doc.registerFontkit(fontkit)
  const faces = await embedFaces(doc, fonts)
  const safe = drawable(cleanModel(model), faces)
  setMetadata(doc, safe)
  const flow = new Flow(doc, faces)
  drawTitle(flow, safe)
  drawMeta(flow, safe.meta)
  for (const section of safe.sections) drawSection(flow, section)
  if (safe.signature) drawSignature(flow, safe.signature)
  const paintQr = safe.qr ? placeQr(flow, safe.qr) : undefined
  drawRunningHeads(flow, safe)
  const demo = safe.signature?.demo?.label
  if (demo) { for (const page of flow.pages) drawWatermark(page, faces.bold, demo) }
  paintQr?.()
  // pdf-lib writes into a fresh ArrayBuffer; saying so lets callers pass the bytes straight
  // to Response, Blob or crypto.subtle.
  return await doc.save({ useObjectStreams: true }) as Uint8Array<ArrayBuffer>
}

async function embedFaces(doc: PDFDocument, fonts: DocumentFonts): Promise<Faces> {
  const options = (customName: string) => ({ subset: true, customName, features: FEATURES })
  return {
    regular: await doc.embedFont(fonts.regular, options('EDLREG+DejaVuSans')),
    bold: await doc.embedFont(fonts.bold, options('EDLBLD+DejaVuSans-Bold')),
  }
}

function drawable(model: DocumentModel, faces: Faces): DocumentModel {
  const sets = [faces.regular, faces.bold].map((f: PDFFont) => new Set(f.getCharacterSet()))
  const has = (cp: number) => sets.every((set) => set.has(cp))
  return mapModelText(model, (text) => replaceMissing(text, has))
}

function setMetadata(doc: PDFDocument, model: DocumentModel): void {
  doc.setTitle(model.title, { showInWindowTitleBar: true })
  if (model.subtitle) doc.setSubject(model.subtitle)
  doc.setLanguage(model.lang === 'kk' ? 'kk-KZ' : 'ru-KZ')
  doc.setCreator(PDF_CREATOR)
  doc.setProducer(PRODUCER)
  doc.setCreationDate(model.issuedAt)
  doc.setModificationDate(model.issuedAt)
}
