/** The signature block of a PDF: its lines in a box, the demo label first in red. */
import type { PDFPage } from 'pdf-lib'
import { type Flow, INK, PAGE, type TextStyle } from './pdf-flow.ts'
import type { SignatureInfo } from './types.ts'

const SIGN: TextStyle = { face: 'regular', size: 9.5 }
const SIGN_DEMO: TextStyle = { face: 'bold', size: 9.5, color: INK.mark }
const PAD = 8

/** Draws the box; if its lines must continue overleaf, each page gets its part of the box. */
export function drawSignature(flow: Flow, signature: SignatureInfo): void {
  const lines = signatureLines(flow, signature, PAGE.right - PAGE.left - 2 * PAD)
  const lh = flow.lineHeight(SIGN)
  flow.y -= 6
  flow.keep(lines.length * lh + 2 * PAD)
  let top = flow.y
  flow.y -= PAD
  for (const line of lines) {
    if (lh + PAD > flow.room) {
      box(flow.page, top, flow.y)
      flow.newPage()
      top = flow.y
      flow.y -= PAD
    }
    flow.drawLine(line.text, line.style, PAGE.left + PAD, flow.y)
    flow.y -= lh
  }
  flow.y -= PAD
  box(flow.page, top, flow.y)
  flow.y -= 14
}

function signatureLines(flow: Flow, signature: SignatureInfo, width: number) {
  const demo = signature.demo ? flow.wrap(signature.demo.label, SIGN_DEMO, width) : []
  const lines = signature.lines.flatMap((line) => flow.wrap(line, SIGN, width))
  return [
    ...demo.map((text) => ({ text, style: SIGN_DEMO })),
    ...lines.map((text) => ({ text, style: SIGN })),
  ]
}

function box(page: PDFPage, top: number, bottom: number): void {
  page.drawRectangle({
    x: PAGE.left,
    y: bottom,
    width: PAGE.right - PAGE.left,
    height: top - bottom,
    borderColor: INK.text,
    borderWidth: 1,
  })
}
