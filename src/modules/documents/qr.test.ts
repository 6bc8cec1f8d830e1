import { describe, expect, it } from 'vitest'
import { SAMPLE_URL } from './license.fixture.ts'
import { QR_MAX_BYTES, type QrMatrix, qrMatrix, qrPath, qrSvg, QUIET_ZONE } from './qr.ts'

function darkCount(matrix: QrMatrix): number {
  return matrix.modules.flat().filter(Boolean).length
}

/** The modules a path paints, as "row,col" keys, read back from its `M x y h n` runs. */
function painted(path: string, offset: number): Set<string> {
  const cells = new Set<string>()
  for (const [, x, y, n] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let i = 0; i < Number(n); i++) cells.add(`${Number(y) - offset},${Number(x) - offset + i}`)
  }
  return cells
}

function darkCells(matrix: QrMatrix): Set<string> {
  const cells = new Set<string>()
  matrix.modules.forEach((row, r) => row.forEach((dark, c) => dark && cells.add(`${r},${c}`)))
  return cells
}

describe('qrMatrix()', () => {
  it('encodes a verification URL as version 4 (33 × 33) at level M', () => {
    const m = qrMatrix(SAMPLE_URL)
    expect(SAMPLE_URL.length).toBe(55)
    expect(m).toMatchObject({ version: 4, size: 33 })
    expect(m.modules).toHaveLength(33)
    for (const row of m.modules) expect(row).toHaveLength(33)
  })

  it('draws the three finder patterns', () => {
    const m = qrMatrix(SAMPLE_URL)
    const ring = (r0: number, c0: number) =>
      [0, 1, 2, 3, 4, 5, 6].map((i) => [m.modules[r0]?.[c0 + i], m.modules[r0 + 1]?.[c0 + i]])
    for (const [r0, c0] of [[0, 0], [0, 26], [26, 0]] as const) {
      expect(ring(r0, c0)).toEqual([
        [true, true],
        [true, false],
        [true, false],
        [true, false],
        [true, false],
        [true, false],
        [true, true],
      ])
      expect(m.modules[r0 + 3]?.slice(c0, c0 + 7)).toEqual([
        true,
        false,
        true,
        true,
        true,
        false,
        true,
      ])
    }
  })

  it('encodes text as UTF-8, two bytes per Cyrillic letter', () => {
    // Level M holds 62 bytes in version 4 and 84 in version 5.
    expect(qrMatrix('Қ'.repeat(31)).version).toBe(4)
    expect(qrMatrix('Қ'.repeat(32)).version).toBe(5)
  })

  it('rejects text longer than a version-40 code holds', () => {
    expect(qrMatrix('a'.repeat(QR_MAX_BYTES)).version).toBe(40)
    expect(() => qrMatrix('a'.repeat(QR_MAX_BYTES + 1))).toThrow(RangeError)
  })

  it('is deterministic', () => {
    expect(qrMatrix(SAMPLE_URL)).toEqual(qrMatrix(SAMPLE_URL))
  })
})

describe('qrPath()', () => {
  it('paints exactly the dark modules', () => {
    const m = qrMatrix(SAMPLE_URL)
    expect(painted(qrPath(m), 0)).toEqual(darkCells(m))
    expect(painted(qrPath(m, 4), 4)).toEqual(darkCells(m))
  })
})

describe('qrSvg()', () => {
  const svg = qrSvg(SAMPLE_URL, { label: 'Тексеру <script>"&\'' })

  it('is an image named by its title, with a four-module quiet zone', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img"/)
    expect(svg).toContain('viewBox="0 0 41 41"')
    expect(svg).toContain('shape-rendering="crispEdges"')
    expect(svg).toContain('<title>Тексеру &#60;script&#62;&#34;&#38;&#39;</title>')
  })

  it('has as many dark modules as the matrix', () => {
    const path = /<path fill="#000" d="([^"]+)"/.exec(svg)?.[1] ?? ''
    const cells = painted(path, QUIET_ZONE)
    expect(cells.size).toBe(darkCount(qrMatrix(SAMPLE_URL)))
    expect(cells).toEqual(darkCells(qrMatrix(SAMPLE_URL)))
  })
})
