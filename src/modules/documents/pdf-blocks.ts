/** The body of a PDF document: title and stamp, the meta list, and each section's blocks. */
import { type Flow, INK, PAGE, type TextStyle } from './pdf-flow.ts'
import { drawRow, pairColumns, tableColumns } from './pdf-rows.ts'
import type { Block, DocumentModel, ListBlock, Pair, Section } from './types.ts'

const TITLE: TextStyle = { face: 'bold', size: 16 }
const SUBTITLE: TextStyle = { face: 'regular', size: 11, color: INK.muted }
const HEADING: TextStyle = { face: 'bold', size: 12 }
const BODY: TextStyle = { face: 'regular', size: 10.5 }
const CELL: TextStyle = { face: 'regular', size: 9.5 }
const CELL_HEAD: TextStyle = { face: 'bold', size: 9.5 }
const SMALL: TextStyle = { face: 'regular', size: 8, color: INK.muted }
const STAMP: TextStyle = { face: 'bold', size: 10, color: INK.mark }

/** Title, subtitle and the stamp beside them. */
export function drawTitle(flow: Flow, model: DocumentModel): void {
  const stamp = model.stamp ? drawStamp(flow, model.stamp.label) : undefined
  const width = PAGE.right - PAGE.left - (stamp ? stamp.width + 16 : 0)
  flow.text(model.title, TITLE, { width })
  if (model.subtitle) {
    flow.y -= 2
    flow.text(model.subtitle, SUBTITLE, { width })
  }
  if (stamp && flow.page === stamp.page) flow.y = Math.min(flow.y, stamp.bottom)
  flow.y -= 10
}

function drawStamp(flow: Flow, label: string) {
  const measure = flow.measure(STAMP)
  const lines = flow.wrap(label, STAMP, Math.min(150, measure(label)))
  const width = Math.max(...lines.map(measure)) + 16
  const lh = flow.lineHeight(STAMP)
  const height = lines.length * lh + 10
  const x = PAGE.right - width
  const top = flow.y
  flow.page.drawRectangle({
    x,
    y: top - height,
    width,
    height,
    borderColor: INK.mark,
    borderWidth: 1.5,
  })
  lines.forEach((line, i) => flow.drawLine(line, STAMP, x + 8, top - 5 - i * lh))
  return { width, bottom: top - height, page: flow.page }
}

/** Key–value rows: the meta list (values in bold) or a `pairs` block. */
export function drawPairs(flow: Flow, rows: readonly Pair[], valueStyle: TextStyle = BODY): void {
  const columns = pairColumns(valueStyle)
  flow.rule()
  for (const row of rows) drawRow(flow, [row.label, row.value], columns, { rule: true })
  flow.y -= 10
}

/** The meta list: provider, number, date, licensee, IIN/BIN. */
export function drawMeta(flow: Flow, meta: readonly Pair[]): void {
  if (meta.length) drawPairs(flow, meta, { face: 'bold', size: 10 })
}

/** A section: its heading kept with the first lines of its content, then its blocks. */
export function drawSection(flow: Flow, section: Section): void {
  if (section.heading) {
    const lines = flow.wrap(section.heading, HEADING, PAGE.right - PAGE.left)
    flow.keep(lines.length * flow.lineHeight(HEADING) + 6 + 3 * flow.lineHeight(BODY))
    flow.y -= 6
    flow.text(section.heading, HEADING)
    flow.y -= 4
  }
  for (const block of section.blocks) drawBlock(flow, block)
}

function drawBlock(flow: Flow, block: Block): void {
  switch (block.type) {
    case 'paragraph':
      flow.text(block.text, BODY)
      flow.y -= 6
      return
    case 'small':
      flow.text(block.text, SMALL)
      flow.y -= 6
      return
    case 'pairs':
      return drawPairs(flow, block.rows)
    case 'list':
      return drawList(flow, block)
    case 'table': {
      flow.keep(flow.lineHeight(CELL_HEAD) * 3 + 16)
      flow.text(block.caption, CELL_HEAD)
      flow.y -= 2
      const columns = tableColumns(flow, [block.head, ...block.rows], CELL)
      const head = columns.map((c) => ({ ...c, style: CELL_HEAD }))
      drawRow(flow, block.head, head, { fill: INK.shade, rule: true })
      for (const row of block.rows) drawRow(flow, row, columns, { rule: true })
      flow.y -= 10
    }
  }
}

function drawList(flow: Flow, block: ListBlock): void {
  const indent = block.ordered ? 22 : 14
  const lh = flow.lineHeight(BODY)
  block.items.forEach((item, i) => {
    flow.ensure(lh)
    flow.drawLine(block.ordered ? `${i + 1}.` : '•', BODY, PAGE.left + 2, flow.y)
    flow.text(item, BODY, { x: PAGE.left + indent })
    flow.y -= 2
  })
  flow.y -= 6
}
