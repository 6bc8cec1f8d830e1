import { describe, expect, it } from 'vitest'
import { qrMatrix, qrPath } from '../../src/modules/documents/qr.ts'
import { parse } from '../../test/helpers/html.ts'
import { QrCode } from './qr-code.tsx'

const URL = 'https://e-licensing.aktobe.kz/ru/verify/KZ24LAA00012345'
const matrix = qrMatrix(URL)

function render(label: string) {
  const html = String(<QrCode size={matrix.size} path={qrPath(matrix)} label={label} />)
  return { html, svg: parse(`<div>${html}</div>`).querySelector('svg') }
}

describe('QrCode', () => {
  it('is an image named by its label', () => {
    const { svg } = render('Лицензияның түпнұсқалығын тексеру')
    expect(svg?.getAttribute('role')).toBe('img')
    expect(svg?.querySelector('title')?.textContent).toBe('Лицензияның түпнұсқалығын тексеру')
  })

  it('draws the encoder path on white with a four-module quiet zone', () => {
    const { svg } = render('QR')
    expect(svg?.getAttribute('viewBox')).toBe('-4 -4 41 41')
    expect(svg?.getAttribute('shape-rendering')).toBe('crispEdges')
    expect(svg?.querySelector('rect')?.getAttribute('fill')).toBe('#fff')
    expect(svg?.querySelector('path')?.getAttribute('d')).toBe(qrPath(matrix))
  })

  it('paints as many dark modules as the matrix has', () => {
    const d = render('QR').svg?.querySelector('path')?.getAttribute('d') ?? ''
    const modules = [...d.matchAll(/h(\d+)v1/g)].reduce((n, m) => n + Number(m[1]), 0)
    expect(modules).toBe(matrix.modules.flat().filter(Boolean).length)
  })

  it('escapes its label', () => {
    const label = '</title><script>alert(1)</script> "«Ақ»"'
    const { html, svg } = render(label)
    expect(html).not.toContain('<script>')
    expect(svg?.querySelector('title')?.textContent).toBe(label)
  })
})
