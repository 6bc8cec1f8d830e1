/** Marks on every page of a PDF: the running head and foot, and the demo watermark. */
import {
  concatTransformationMatrix,
  type PDFFont,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
} from 'pdf-lib'
import { type Flow, INK, PAGE, type TextStyle } from './pdf-flow.ts'
import type { DocumentModel } from './types.ts'
import { fitLine } from './wrap.ts'

const RUNNING: TextStyle = { face: 'regular', size: 7.5, color: INK.muted }

/**
 * A large diagonal label across a page of a demo-signed document. It is drawn last and
 * translucent, so no fill can hide it and the text under it stays readable.
 */
export function drawWatermark(page: PDFPage, font: PDFFont, label: string): void {
  // Direction cosines from the page's own sides: sqrt and division are exact in IEEE 754,
  // unlike sin and cos, whose last digits differ between JavaScript engines and would make
  // Node and Deno write different bytes.
  const diagonal = Math.sqrt(PAGE.width ** 2 + PAGE.height ** 2)
  const [cos, sin] = [PAGE.width / diagonal, PAGE.height / diagonal]
  const size = Math.min(64, (diagonal * 0.7) / Math.max(1, font.widthOfTextAtSize(label, 1)))
  const w = font.widthOfTextAtSize(label, size)
  const h = size * 0.7
  const x = PAGE.width / 2 - (w / 2) * cos + (h / 2) * sin
  const y = PAGE.height / 2 - (w / 2) * sin - (h / 2) * cos
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(cos, sin, -sin, cos, x, y))
  page.drawText(label, { x: 0, y: 0, size, font, color: INK.mark, opacity: 0.16 })
  page.pushOperators(popGraphicsState())
}

/** On every page: the title above a rule, and below it the footer and "page / pages". */
export function drawRunningHeads(flow: Flow, model: DocumentModel): void {
  const measure = flow.measure(RUNNING)
  const lh = flow.lineHeight(RUNNING)
  const total = flow.pages.length
  flow.pages.forEach((page, i) => {
    const number = `${i + 1} / ${total}`
    const numberWidth = measure(number)
    const head = fitLine(model.title, PAGE.right - PAGE.left, measure)
    flow.drawLine(head, RUNNING, PAGE.left, PAGE.height - 36, page)
    rule(page, PAGE.height - 50)
    rule(page, 62)
    flow.drawLine(number, RUNNING, PAGE.right - numberWidth, 56, page)
    footerLines(flow, model.footer ?? '', PAGE.right - PAGE.left - numberWidth - 16)
      .forEach((line, n) => flow.drawLine(line, RUNNING, PAGE.left, 56 - n * lh, page))
  })
}

function footerLines(flow: Flow, footer: string, width: number): string[] {
  const lines = flow.wrap(footer, RUNNING, width)
  if (lines.length <= 3) return lines
  return [...lines.slice(0, 2), fitLine(lines.slice(2).join(' '), width, flow.measure(RUNNING))]
}

function rule(page: PDFPage, y: number): void {
  page.drawLine({
    start: { x: PAGE.left, y },
    end: { x: PAGE.right, y },
    thickness: 0.5,
    color: INK.rule,
  })
}
