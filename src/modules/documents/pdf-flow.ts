/**
 * The running text flow of a PDF: A4 pages, a cursor moving down, a new page whenever the
 * next line does not fit. Everything drawn goes through here, so nothing overflows a page.
 */
import { type PDFDocument, type PDFFont, type PDFPage, type RGB, rgb } from 'pdf-lib'
import { type Measure, wrapText } from './wrap.ts'

/** A4 in points, and the frame the body text keeps to. */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  left: 56.7,
  right: 595.28 - 56.7,
  top: 841.89 - 68,
  bottom: 76,
} as const

/** Colours: body text, secondary text, rules, marks. */
export const INK = {
  text: rgb(0.04, 0.05, 0.05),
  muted: rgb(0.28, 0.31, 0.33),
  rule: rgb(0.69, 0.71, 0.71),
  shade: rgb(0.95, 0.95, 0.94),
  mark: rgb(0.7, 0.15, 0.12),
} as const

/** A font face, a size and a colour. */
export interface TextStyle {
  readonly face: 'regular' | 'bold'
  readonly size: number
  readonly color?: RGB
}

/** The two embedded faces. */
export interface Faces {
  readonly regular: PDFFont
  readonly bold: PDFFont
}

/** The cursor over the pages of one document. */
export class Flow {
  readonly pages: PDFPage[] = []
  page!: PDFPage
  y: number = PAGE.top
  readonly #widths = new Map<PDFFont, Map<string, number>>()

  constructor(readonly doc: PDFDocument, readonly faces: Faces) {
    this.newPage()
  }

  /** Starts a new page and puts the cursor at its top. */
  newPage(): void {
    this.page = this.doc.addPage([PAGE.width, PAGE.height])
    this.pages.push(this.page)
    this.y = PAGE.top
  }

  /** Space left on this page above the bottom margin. */
  get room(): number {
    return this.y - PAGE.bottom
  }

  /** Makes room for `height` points, breaking the page unless it is still empty. */
  ensure(height: number): void {
    if (height > this.room && this.y < PAGE.top) this.newPage()
  }

  /**
   * Keeps `height` points together by starting a new page if needed, but only for blocks up
   * to a third of a page: a taller one (a 2 000-character name) flows on from here instead
   * of leaving most of this page empty.
   */
  keep(height: number): void {
    if (height <= (PAGE.top - PAGE.bottom) / 3) this.ensure(height)
  }

  /** Width measurement for a style, summing cached per-character advances. */
  measure(style: TextStyle): Measure {
    const font = this.faces[style.face]
    let cache = this.#widths.get(font)
    if (!cache) this.#widths.set(font, cache = new Map())
    const widths = cache
    return (text) => {
      let total = 0
      for (const ch of text) {
        let w = widths.get(ch)
        if (w === undefined) widths.set(ch, w = font.widthOfTextAtSize(ch, 1))
        total += w
      }
      return total * style.size
    }
  }

  /** Wraps `text` to `width` in the given style. */
  wrap(text: string, style: TextStyle, width: number): string[] {
    return wrapText(text, width, this.measure(style))
  }

  /** The distance between baselines for a style. */
  lineHeight(style: TextStyle): number {
    return style.size * 1.38
  }

  /** Draws one line at `x` with its top at height `top` (on the current page by default). */
  drawLine(text: string, style: TextStyle, x: number, top: number, page = this.page): void {
    if (!text) return
    page.drawText(text, {
      x,
      y: top - style.size * 1.02,
      size: style.size,
      font: this.faces[style.face],
      color: style.color ?? INK.text,
    })
  }

  /** Draws wrapped text from the cursor down, breaking pages between lines. */
  text(text: string, style: TextStyle, options: { x?: number; width?: number } = {}): void {
    const x = options.x ?? PAGE.left
    const lh = this.lineHeight(style)
    for (const line of this.wrap(text, style, options.width ?? PAGE.right - x)) {
      this.ensure(lh)
      this.drawLine(line, style, x, this.y)
      this.y -= lh
    }
  }

  /** A horizontal rule across `x`…`x2` at the cursor. */
  rule(x = PAGE.left, x2: number = PAGE.right, thickness = 0.5): void {
    this.page.drawLine({
      start: { x, y: this.y },
      end: { x: x2, y: this.y },
      thickness,
      color: INK.rule,
    })
  }
}
