import { describe, expect, it } from 'vitest'
import { BOM, csvLines, csvRow, csvStream, escapeFormula, toCsv } from './csv.ts'

// A reader written from RFC 4180 §2, independent of the writer, to check what a spreadsheet gets.
function parseCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++
      else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === separator) row.push(cell), (cell = '')
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++
    } else cell += ch
  }
  expect(quoted, 'unterminated quote').toBe(false)
  expect(cell + row.join(''), 'text after the last CRLF').toBe('')
  return rows
}

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array[]> {
  const out: Uint8Array[] = []
  for await (const c of chunks) out.push(c)
  return out
}

const decode = (parts: Uint8Array[]) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(
    new Uint8Array(
      parts.flatMap((p) => [...p]),
    ),
  )

describe('escapeFormula()', () => {
  it('puts an apostrophe before text a spreadsheet would evaluate', () => {
    expect(escapeFormula('=1+2')).toBe("'=1+2")
    expect(escapeFormula('+7 777 123 45 67')).toBe("'+7 777 123 45 67")
    expect(escapeFormula('-5')).toBe("'-5")
    expect(escapeFormula('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(escapeFormula('\t=x')).toBe("'\t=x")
    expect(escapeFormula('\r=x')).toBe("'\r=x")
    expect(escapeFormula('\0=x')).toBe("'\0=x")
  })

  it('leaves other text alone, including those characters later in the text', () => {
    for (const s of ['', 'Әлия Қасымқызы', 'a=b', '5-3', "'=already", ' =1', 'e-mail@x.kz']) {
      expect(escapeFormula(s)).toBe(s)
    }
  })
})

describe('toCsv()', () => {
  it('starts with the UTF-8 byte order mark and ends every record with CRLF', () => {
    const csv = toCsv([['a', 'b'], ['c', 'd']])
    expect(csv).toBe(`${BOM}a,b\r\nc,d\r\n`)
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(toCsv([['a']], { bom: false })).toBe('a\r\n')
    expect(toCsv([])).toBe(BOM)
  })

  it('escapes formula cells and quotes the ones that need it', () => {
    const csv = toCsv(
      [['=1+2', '+7 777', '-5', '@SUM(A1)', '\t=x', '=HYPERLINK("http://x","y")']],
      {
        bom: false,
      },
    )
    expect(csv).toBe(`'=1+2,'+7 777,'-5,'@SUM(A1),'\t=x,"'=HYPERLINK(""http://x"",""y"")"\r\n`)
  })

  it('quotes separators, quotes and line breaks (RFC 4180) and reads back the same text', () => {
    const cells = ['say "hi"', 'a,b', 'line 1\nline 2', 'cr\r\nlf', 'a;b', '', 'Ғ Ә Қ Ң Ө Ұ Ү Һ І']
    const csv = toCsv([cells], { bom: false })
    expect(csv).toBe('"say ""hi""","a,b","line 1\nline 2","cr\r\nlf",a;b,,Ғ Ә Қ Ң Ө Ұ Ү Һ І\r\n')
    expect(parseCsv(csv)).toEqual([cells])
  })

  it('writes numbers as numbers, never escaped, and null as an empty cell', () => {
    expect(toCsv([[-5, 0.75, 0, 1200, null, '-5']], { bom: false })).toBe("-5,0.75,0,1200,,'-5\r\n")
  })

  it('uses the semicolon and a decimal comma for Excel set to Kazakh or Russian', () => {
    const csv = toCsv([['Сапа', 0.75, -1.5, 'a;b', '1,5']], { bom: false, separator: ';' })
    expect(csv).toBe('Сапа;0,75;-1,5;"a;b";1,5\r\n')
    expect(parseCsv(csv, ';')).toEqual([['Сапа', '0,75', '-1,5', 'a;b', '1,5']])
    // A decimal comma with the comma separator must be quoted, or the number splits in two.
    expect(toCsv([[0.5, 2]], { bom: false, decimal: ',' })).toBe('"0,5",2\r\n')
  })

  it('rejects a number that is not finite', () => {
    expect(() => toCsv([[Number.NaN]])).toThrow('Invalid CSV number NaN')
    expect(() => csvRow([Number.POSITIVE_INFINITY])).toThrow(RangeError)
  })

  it('keeps a 100 000-character comment with HTML in one cell, intact', () => {
    const comment = '-<script>alert("x")</script>,\n'.repeat(3334).slice(0, 100_000)
    expect(comment).toHaveLength(100_000)
    const rows = parseCsv(toCsv([['id-1', comment, 3]], { bom: false }))
    expect(rows).toHaveLength(1)
    expect(rows[0]).toEqual(['id-1', `'${comment}`, '3'])
  })
})

describe('csvLines()', () => {
  const rows: Array<Array<string | number | null>> = [
    ['Өтініш', 'Пікір', 'Баға'],
    ['A-1', '=cmd|"/c calc"!A1', 3],
    ['A-2', 'Жақсы, рақмет', 2],
    ['A-3', null, 1],
  ]

  it('yields the same bytes as toCsv(), BOM first, from sync and async sources', async () => {
    const expected = new TextEncoder().encode(toCsv(rows, { separator: ';' }))
    for (
      const source of [
        rows,
        (async function* () {
          yield* rows
        })(),
      ]
    ) {
      const chunks = await collect(csvLines(source, { separator: ';', chunkSize: 10 }))
      expect(chunks.length).toBeGreaterThan(2)
      expect([...chunks[0]!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      expect(new Uint8Array(chunks.flatMap((c) => [...c]))).toEqual(expected)
    }
    expect(decode(await collect(csvLines(rows, { bom: false })))).toBe(toCsv(rows, { bom: false }))
  })

  it('reads rows only as chunks are taken, so a million rows never sit in memory', async () => {
    let produced = 0
    function* million() {
      for (let i = 0; i < 1_000_000; i++) {
        produced++
        yield [`Ө-${i}`, i, 'Қанағаттанамын']
      }
    }
    const chunks = csvLines(million(), { chunkSize: 64 * 1024 })
    const first = await chunks.next()
    expect(first.done).toBe(false)
    expect(first.value!.byteLength).toBeGreaterThan(64 * 1024)
    // One chunk holds about 2 400 of these 27-character rows.
    expect(produced).toBeLessThan(5_000)
    let bytes = first.value!.byteLength
    let last = first.value!
    for await (const c of chunks) (bytes += c.byteLength), (last = c)
    expect(produced).toBe(1_000_000)
    expect(new TextDecoder().decode(last).endsWith('Ө-999999,999999,Қанағаттанамын\r\n')).toBe(true)
    expect(bytes).toBeGreaterThan(27_000_000)
  }, 30_000)
})

describe('csvStream()', () => {
  it('serves the CSV as a Response body', async () => {
    const text = await new Response(csvStream([['Ә', 1], ['@x', 2]])).text()
    // Response.text() strips a leading BOM, as browsers do; the bytes themselves keep it.
    expect(text).toBe("Ә,1\r\n'@x,2\r\n")
    const bytes = new Uint8Array(await new Response(csvStream([['a']])).arrayBuffer())
    expect([...bytes]).toEqual([0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a])
  })

  it('closes the source when the reader gives up', async () => {
    let closed = false
    function* endless() {
      try {
        for (let i = 0;; i++) yield [i]
      } finally {
        closed = true
      }
    }
    const reader = csvStream(endless(), { chunkSize: 100 }).getReader()
    await reader.read()
    await reader.cancel()
    expect(closed).toBe(true)
  })
})
