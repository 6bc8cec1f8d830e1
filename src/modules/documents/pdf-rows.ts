/**
 * Rows of wrapped cells (the meta list, key–value blocks, tables). Cells advance line by line
 * in step, so a row taller than a page, such as a 2 000-character name, continues on the next.
 */
import type { RGB } from 'pdf-lib'
import { type Flow, INK, PAGE, type TextStyle } from './pdf-flow.ts'

/** One column: where it starts, how wide it is and how its text is set. */
export interface Column {
  readonly x: number
  readonly width: number
  readonly style: TextStyle
}

const PAD_X = 4
const PAD_Y = 4

/** Draws one row; `fill` shades it (table headings), `rule` underlines it. */
export function drawRow(
  flow: Flow,
  cells: readonly string[],
  columns: readonly Column[],
  options: { fill?: RGB; rule?: boolean } = {},
): void {
  const wrapped = columns.map((col, i) => flow.wrap(cells[i] ?? '', col.style, col.width - PAD_X))
  const size = Math.max(...columns.map((col) => col.style.size))
  const lh = flow.lineHeight({ face: 'regular', size })
  const count = Math.max(1, ...wrapped.map((lines) => lines.length))
  const height = count * lh + 2 * PAD_Y
  flow.keep(height)
  if (options.fill && height <= flow.room) {
    flow.page.drawRectangle({
      x: PAGE.left,
      y: flow.y - height,
      width: PAGE.right - PAGE.left,
      height,
      color: options.fill,
    })
  }
  flow.y -= PAD_Y
  for (let i = 0; i < count; i++) {
    flow.ensure(lh)
    // Smaller cells move down so that every cell of the line shares one baseline.
    columns.forEach((col, c) => {
      const top = flow.y - (size - col.style.size) * 1.02
      flow.drawLine(wrapped[c]?.[i] ?? '', col.style, col.x, top)
    })
    flow.y -= lh
  }
  flow.y -= PAD_Y
  if (options.rule) flow.rule()
}

/** A label column and a value column, as in a summary list. */
export function pairColumns(valueStyle: TextStyle): Column[] {
  const split = PAGE.left + (PAGE.right - PAGE.left) * 0.36
  return [
    {
      x: PAGE.left,
      width: split - PAGE.left - 8,
      style: { face: 'regular', size: 9.5, color: INK.muted },
    },
    { x: split, width: PAGE.right - split, style: valueStyle },
  ]
}

/**
 * Columns sized to their content, as browsers size an automatic table: narrow columns get
 * what they need, and the rest of the width is shared by need among the wide ones.
 */
export function tableColumns(
  flow: Flow,
  rows: ReadonlyArray<readonly string[]>,
  style: TextStyle,
): Column[] {
  const n = Math.max(1, ...rows.map((r) => r.length))
  const total = PAGE.right - PAGE.left
  const measure = flow.measure(style)
  const natural = Array.from(
    { length: n },
    (_, c) => Math.max(24, ...rows.map((r) => measure(r[c] ?? '') + 2 * PAD_X)),
  )
  const fair = total / n
  const narrow = natural.map((w) => Math.min(w, fair))
  const spare = total - narrow.reduce((a, b) => a + b, 0)
  const want = natural.map((w, c) => w - (narrow[c] ?? 0))
  const wanted = want.reduce((a, b) => a + b, 0)
  const widths = narrow.map((w, c) =>
    w + (wanted > 0 ? spare * (want[c] ?? 0) / wanted : spare / n)
  )
  let x = PAGE.left
  return widths.map((width) => {
    const col = { x, width, style }
    x += width
    return col
  })
}
