/**
 * Line breaking by measured width. Words wrap at spaces; a word wider than the line (a long
 * name without spaces, a URL) is broken between characters, never between a letter and its
 * combining mark.
 */

/** The width of a string in points at the size being set. */
export type Measure = (text: string) => number

const GRAPHEMES = /\P{M}\p{M}*|\p{M}+/gu

/** Splits `text` into lines no wider than `width`; `\n` forces a break. */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  return text.split('\n').flatMap((paragraph) => wrapParagraph(paragraph, width, measure))
}

function wrapParagraph(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word
    if (measure(candidate) <= width) {
      line = candidate
      continue
    }
    if (line) lines.push(line)
    const pieces = measure(word) <= width ? [word] : breakWord(word, width, measure)
    line = pieces.pop() ?? ''
    lines.push(...pieces)
  }
  lines.push(line)
  return lines
}

function breakWord(word: string, width: number, measure: Measure): string[] {
  const pieces: string[] = []
  let piece = ''
  for (const g of word.match(GRAPHEMES) ?? []) {
    if (piece && measure(piece + g) > width) {
      pieces.push(piece)
      piece = g
    } else {
      piece += g
    }
  }
  pieces.push(piece)
  return pieces
}

/** Shortens one line to `width`, ending it with an ellipsis when something was cut. */
export function fitLine(text: string, width: number, measure: Measure): string {
  const line = text.replace(/\n/g, ' ')
  if (measure(line) <= width) return line
  const graphemes = line.match(GRAPHEMES) ?? []
  let lo = 0
  let hi = graphemes.length
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (measure(`${graphemes.slice(0, mid).join('').trimEnd()}…`) <= width) lo = mid
    else hi = mid - 1
  }
  return `${graphemes.slice(0, lo).join('').trimEnd()}…`
}
