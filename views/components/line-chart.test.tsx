/// <reference lib="dom" />
import { describe, expect, it } from 'vitest'
import { parse } from '../../test/helpers/html.ts'
import { LINE, LineChart, type LineChartProps } from './line-chart.tsx'

const months = ['қаң.', 'ақп.', 'нау.', 'сәу.', 'мам.', 'мау.']
// January 45 of 60 → 0.75 [0.627679, 0.842235]; March has no answers; June 10 of 10 → 1
// [0.722467, 1].
const props: LineChartProps = {
  id: 'trend',
  lang: 'kk',
  title: 'Сапа: қанағаттанғандар үлесі айлар бойынша',
  description: 'Тік кесінді 95 % сенімді интервалды көрсетеді',
  points: [
    { label: months[0]!, n: 60, share: 0.75, interval: { low: 0.627679, high: 0.842235 } },
    { label: months[1]!, n: 10, share: 0.1, interval: { low: 0.017876, high: 0.40415 } },
    { label: months[2]!, n: 0, share: null, interval: { low: 0, high: 1 } },
    { label: months[3]!, n: 41, share: 0.5 },
    { label: months[4]!, n: 1200, share: 0.9, interval: { low: 0.88, high: 0.92 } },
    { label: months[5]!, n: 10, share: 1, interval: { low: 0.722467, high: 1 } },
  ],
  table: { caption: 'Кесте', labelHeader: 'Ай', valueHeader: 'Үлесі', countHeader: 'Жауаптар' },
  emptyText: 'Жауап жоқ',
}

function render(p: LineChartProps) {
  const html = String(<LineChart {...p} />)
  return { html, doc: parse(`<!doctype html><html><body>${html}</body></html>`) }
}

const texts = (root: Element) => [...root.querySelectorAll('text')].map((t) => t.textContent)

describe('LineChart', () => {
  it('is an image named by its title and described by its description', () => {
    const { doc } = render(props)
    const svg = doc.querySelector('svg')!
    expect(svg.getAttribute('role')).toBe('img')
    expect(svg.getAttribute('aria-labelledby')).toBe('trend-title trend-desc')
    expect(doc.getElementById('trend-title')?.textContent).toBe(props.title)
    expect(doc.getElementById('trend-desc')?.textContent).toBe(props.description)
  })

  it('has no inline styles and escapes labels', () => {
    const points = props.points.map((pt, i) => (i === 0 ? { ...pt, label: '<img src=x>' } : pt))
    const { html } = render({ ...props, points })
    expect(html).not.toMatch(/\sstyle=/)
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img src=x&gt;')
  })

  it('marks every month with answers and breaks the line at a month without', () => {
    const { doc } = render(props)
    expect(doc.querySelectorAll('circle')).toHaveLength(5)
    const d = doc.querySelector(`path[stroke="${LINE}"]`)!.getAttribute('d')!
    // Plot 640 wide from x = 64, 6 months: centres at 64 + (i + 0.5) · 106.67; y = 28 + (1 − s) · 228.
    expect(d).toBe('M117.3 85L224 233.2M437.3 142L544 50.8L650.7 28')
  })

  it('draws a whisker for each month with an interval', () => {
    const { doc } = render(props)
    const whiskers = [...doc.querySelectorAll('path[stroke-width="2"]')]
    expect(whiskers).toHaveLength(4)
    // January: y(0.627679) = 28 + 0.372321 · 228 = 112.9, y(0.842235) = 64.0.
    expect(whiskers[0]!.getAttribute('d')).toBe('M110.3 112.9h14M117.3 112.9V64M110.3 64h14')
  })

  it('prints each value and month label when they fit', () => {
    const printed = texts(render(props).doc.querySelector('svg')!)
    for (const v of ['75%', '10%', '50%', '90%', '100%', ...months]) expect(printed).toContain(v)
  })

  it('thins out month labels and values when two years of months do not fit', () => {
    const points = Array.from({ length: 24 }, (_, i) => ({
      label: `2026 ж. ${months[i % 6]}`,
      n: 5,
      share: i / 23,
    }))
    const printed = texts(render({ ...props, points }).doc.querySelector('svg')!)
    const monthLabels = printed.filter((t) => t?.startsWith('2026'))
    // 640 / 24 = 26.7 per month; a 12-character label needs 12 · 8.4 + 12 = 112.8 → every 5th.
    expect(monthLabels).toHaveLength(5)
    // Values: "17,4%" needs 5 · 8.4 + 12 = 54 → every 3rd month, 8 values, and 5 axis ticks.
    expect(printed.filter((t) => t?.endsWith('%'))).toHaveLength(8 + 5)
  })

  it('repeats the figures with intervals in a table, with the empty text for a month without answers', () => {
    const { doc } = render(props)
    expect([...doc.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Ай',
      'Үлесі',
      'Жауаптар',
    ])
    const rows = [...doc.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent)
    )
    expect(rows).toEqual([
      ['қаң.', '75% (62,8%–84,2%)', '60'],
      ['ақп.', '10% (1,8%–40,4%)', '10'],
      ['нау.', 'Жауап жоқ', '0'],
      ['сәу.', '50%', '41'],
      ['мам.', '90% (88%–92%)', '1\u00a0200'],
      ['мау.', '100% (72,2%–100%)', '10'],
    ])
  })

  it('draws no line when no month has answers', () => {
    const points = props.points.map((pt) => ({ ...pt, share: null, n: 0 }))
    const { doc } = render({ ...props, points })
    expect(doc.querySelector(`path[stroke="${LINE}"]`)).toBeNull()
    expect(doc.querySelectorAll('circle')).toHaveLength(0)
  })
})
