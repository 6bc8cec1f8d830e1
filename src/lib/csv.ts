/**
 * CSV for spreadsheets: RFC 4180 quoting, CRLF line ends, a UTF-8 byte order mark so Excel
 * reads Kazakh letters, and formula-injection escaping (OWASP "CSV Injection"; ASVS 5.0 V1.2.10):
 * a text cell that starts with `=`, `+`, `-`, `@`, TAB, CR or NUL gets a leading apostrophe,
 * which spreadsheets take as "this is text" and do not evaluate. Numbers are passed as numbers
 * and written as they are, so `-5` stays a number while the text `'-5` stays text.
 */

/** One cell: text (escaped if it looks like a formula), a finite number, or empty. */
export type CsvCell = string | number | null

/** Options of the CSV writers. */
export interface CsvOptions {
  /** Start with the UTF-8 byte order mark (default true): Excel needs it for non-Latin text. */
  readonly bom?: boolean
  /** `','` (default) or `';'`, which Excel expects where the decimal separator is a comma. */
  readonly separator?: ',' | ';'
  /** Decimal mark of numbers; default `','` with the `';'` separator, otherwise `'.'`. */
  readonly decimal?: '.' | ','
}

/** The UTF-8 byte order mark as a character. */
export const BOM = '\uFEFF'

const FORMULA_START = /^[=+\-@\t\r\0]/

/** A whole CSV document as a string (for small exports; stream big ones with csvStream()). */
export function toCsv(rows: Iterable<readonly CsvCell[]>, options: CsvOptions = {}): string {
  let out = options.bom === false ? '' : BOM
  for (const row of rows) out += csvRow(row, options)
  return out
}

/** One record with its CRLF line end. */
export function csvRow(cells: readonly CsvCell[], options: CsvOptions = {}): string {
  const separator = options.separator ?? ','
  const decimal = options.decimal ?? (separator === ';' ? ',' : '.')
  return cells.map((cell) => csvCell(cell, separator, decimal)).join(separator) + '\r\n'
}

function csvCell(cell: CsvCell, separator: string, decimal: string): string {
  if (cell === null) return ''
  const text = typeof cell === 'number' ? formatNumber(cell, decimal) : escapeFormula(cell)
  const needsQuotes = text.includes(separator) || /["\r\n]/.test(text)
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text
}

function formatNumber(value: number, decimal: string): string {
  if (!Number.isFinite(value)) throw new RangeError(`Invalid CSV number ${value}: not finite`)
  return decimal === ',' ? String(value).replace('.', ',') : String(value)
}

/** The text with an apostrophe in front if a spreadsheet would read it as a formula. */
export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/**
 * The CSV as encoded UTF-8 chunks of about `chunkSize` characters, pulled row by row from
 * `rows` (a database cursor, say), so a million-row export never sits in memory.
 */
export async function* csvLines(
  rows: Iterable<readonly CsvCell[]> | AsyncIterable<readonly CsvCell[]>,
  options: CsvOptions & { readonly chunkSize?: number } = {},
): AsyncGenerator<Uint8Array, void, undefined> {
  const encoder = new TextEncoder()
  const chunkSize = options.chunkSize ?? 64 * 1024
  let buffer = options.bom === false ? '' : BOM
  for await (const row of rows) {
    buffer += csvRow(row, options)
    if (buffer.length >= chunkSize) {
      yield encoder.encode(buffer)
      buffer = ''
    }
  }
  if (buffer) yield encoder.encode(buffer)
}

/** csvLines() as a ReadableStream for a Response body; the client's pace drives the reads. */
export function csvStream(
  rows: Iterable<readonly CsvCell[]> | AsyncIterable<readonly CsvCell[]>,
  options: CsvOptions & { readonly chunkSize?: number } = {},
): ReadableStream<Uint8Array> {
  const chunks = csvLines(rows, options)
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next()
      if (next.done) controller.close()
      else controller.enqueue(next.value)
    },
    async cancel() {
      // Lets the source (a cursor or a transaction) close when the download is abandoned.
      await chunks.return()
    },
  }, { highWaterMark: 0 })
}
