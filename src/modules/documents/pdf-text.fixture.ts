/**
 * Reads a PDF back for tests with pdf.js, the engine of Firefox's viewer: its text as a
 * reader would copy it, where each piece sits, and the document information.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { PAGE } from './pdf-flow.ts'

/** One drawn run of text: its page (from 1), position and width in points, and rotation. */
export interface TextRun {
  readonly page: number
  readonly text: string
  readonly x: number
  readonly y: number
  readonly width: number
  readonly rotated: boolean
}

/** Everything a test asks of a rendered PDF. */
export interface ReadPdf {
  readonly pages: number
  readonly runs: readonly TextRun[]
  readonly info: Record<string, unknown>
  /** All text, one run per line. */
  readonly text: string
  /** The body text (no running heads, no watermark) without any whitespace. */
  readonly body: string
}

/** `text` without whitespace, to compare with what a wrapped run of text must contain. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '')
}

/** Parses `bytes` (a copy: pdf.js takes ownership of its buffer). */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const task = getDocument({ data: bytes.slice(), verbosity: 0 })
  const doc = await task.promise
  const runs: TextRun[] = []
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent()
    for (const item of content.items) {
      if (!('str' in item) || !item.str) continue
      const [, b, , , x, y] = item.transform as number[]
      runs.push({
        page: n,
        text: item.str,
        x: x ?? 0,
        y: y ?? 0,
        width: item.width,
        rotated: b !== 0,
      })
    }
  }
  const { info } = await doc.getMetadata()
  const pages = doc.numPages
  await task.destroy()
  const inBody = (r: TextRun) => !r.rotated && r.y < PAGE.top && r.y > PAGE.bottom
  return {
    pages,
    runs,
    info: info as Record<string, unknown>,
    text: runs.map((r) => r.text).join('\n'),
    body: squash(runs.filter(inBody).map((r) => r.text).join('')),
  }
}
