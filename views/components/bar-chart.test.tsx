/// <reference lib="dom" />
import { describe, expect, it } from 'vitest'
import { parse } from '../../test/helpers/html.ts'
import {
  BarChart,
  type BarChartProps,
  formatShare,
  percentFormatter,
  placeLabels,
  SERIES_FILLS,
} from './bar-chart.tsx'

// Figures from the indicator tests: 45 satisfied, 9 partly, 6 not of 60 answers;
// Wilson 95 % for 45 of 60 is [0.627679, 0.842235].
const props: BarChartProps = {
  id: 'shares',
  lang: 'ru',
  title: 'Доли ответов',
  description: 'Описание <b>не разметка</b>',
  series: ['Удовлетворены', 'Частично удовлетворены', 'Не удовлетворены'],
  bars: [
    {
      label: 'Качество — 60 ответов',
      n: 60,
      values: [
        { share: 0.75, interval: { low: 0.627679, high: 0.842235 } },
        { share: 0.15, interval: { low: 0.080974, high: 0.261146 } },
        { share: 0.1, interval: { low: 0.046643, high: 0.201495 } },
      ],
    },
    {
      label: 'Доступность — 1200 ответов',
      n: 1200,
      values: [{ share: 0.96, interval: { low: 0.948, high: 0.97 } }, { share: 0.04 }, {
        share: 0,
      }],
    },
    {
      label: 'Пусто',
      n: 0,
      values: [{ share: null, interval: { low: 0, high: 1 } }, { share: null }, { share: null }],
    },
  ],
  table: {
    caption: 'Доли ответов (в скобках — интервал)',
    labelHeader: 'Показатель',
    countHeader: 'Ответов',
  },
  emptyText: 'Нет ответов',
}

function render(p: BarChartProps) {
  const html = String(<BarChart {...p} />)
  return { html, doc: parse(`<!doctype html><html><body>${html}</body></html>`) }
}

const texts = (root: Element) => [...root.querySelectorAll('text')].map((t) => t.textContent)
// ru-RU writes a no-break space before the percent sign; kk-KZ writes none.
const nb = (s: string) => s.replaceAll(' %', '\u00a0%')

describe('BarChart', () => {
  it('is an image named by its title and described by its description', () => {
    const { doc } = render(props)
    const svg = doc.querySelector('svg')!
    expect(svg.getAttribute('role')).toBe('img')
    expect(svg.getAttribute('aria-labelledby')).toBe('shares-title shares-desc')
    expect(doc.getElementById('shares-title')?.tagName.toLowerCase()).toBe('title')
    expect(doc.getElementById('shares-title')?.textContent).toBe('Доли ответов')
    expect(doc.getElementById('shares-desc')?.tagName.toLowerCase()).toBe('desc')
    expect(doc.getElementById('shares-desc')?.textContent).toBe('Описание <b>не разметка</b>')
  })

  it('escapes text and has no inline styles or scripts', () => {
    const { html } = render({
      ...props,
      bars: [{ ...props.bars[0]!, label: '<script>x()</script>' }],
    })
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;')
    expect(html).not.toMatch(/\sstyle=/)
    expect(html).not.toMatch(/\son[a-z]+=/)
  })

  it('draws one segment per non-zero share, coloured in series order, and a legend', () => {
    const { doc } = render(props)
    const segments = [...doc.querySelectorAll('rect[height="28"]')]
    // 3 + 2 (the 0 % share has no segment) + 1 dashed outline for the bar without answers.
    expect(segments).toHaveLength(6)
    expect(segments.slice(0, 5).map((r) => r.getAttribute('fill'))).toEqual([
      SERIES_FILLS[0],
      SERIES_FILLS[1],
      SERIES_FILLS[2],
      SERIES_FILLS[0],
      SERIES_FILLS[1],
    ])
    // 720 wide, 24 each side: the plot is 672; 0.75 · 672 = 504, 0.15 · 672 = 100.8.
    expect(segments[0]!.getAttribute('width')).toBe('504')
    expect(segments[1]!.getAttribute('x')).toBe('528')
    expect(segments[1]!.getAttribute('width')).toBe('100.8')
    expect(segments[5]!.getAttribute('stroke-dasharray')).toBe('4 3')
    expect(texts(doc.querySelector('svg')!)).toEqual(expect.arrayContaining([...props.series]))
  })

  it('prints every value, the labels and the axis in the language of the page', () => {
    const svg = render(props).doc.querySelector('svg')!
    const printed = texts(svg)
    for (const v of ['75 %', '15 %', '10 %', '96 %', '4 %', '0 %', '100 %']) {
      expect(printed).toContain(nb(v))
    }
    expect(printed).toContain('Нет ответов')
    expect(printed).toContain('Качество — 60 ответов')
    const kk = texts(render({ ...props, lang: 'kk' }).doc.querySelector('svg')!)
    expect(kk).toContain('75%')
  })

  it('draws the first series interval as a whisker on the scale', () => {
    const { doc } = render(props)
    const whiskers = [...doc.querySelectorAll('path[stroke-width="2"]')]
    // Only bars with a share get one; 24 + 0.627679 · 672 = 445.8, 24 + 0.842235 · 672 = 590.0.
    expect(whiskers).toHaveLength(2)
    expect(whiskers[0]!.getAttribute('d')).toBe('M445.8 117v14M445.8 124H590M590 117v14')
  })

  it('repeats the figures with their intervals in a table', () => {
    const { doc } = render(props)
    expect(doc.querySelector('caption')?.textContent?.trim()).toBe(props.table.caption)
    expect([...doc.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Показатель',
      ...props.series,
      'Ответов',
    ])
    const rows = [...doc.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent)
    )
    expect(rows[0]).toEqual([
      'Качество — 60 ответов',
      nb('75 % (62,8 %–84,2 %)'),
      nb('15 % (8,1 %–26,1 %)'),
      nb('10 % (4,7 %–20,1 %)'),
      '60',
    ])
    expect(rows[1]![4]).toBe('1\u00a0200')
    expect(rows[2]).toEqual(['Пусто', 'Нет ответов', 'Нет ответов', 'Нет ответов', '0'])
  })
})

describe('placeLabels()', () => {
  it('keeps wanted centres that do not collide', () => {
    expect(placeLabels([100, 300], ['75 %', '25 %'], { min: 0, max: 720 }).map((l) => l.x))
      .toEqual([100, 300])
  })

  it('pushes crowded labels apart and keeps them inside the bounds', () => {
    const placed = placeLabels([400, 690, 694], ['96 %', '2 %', '2 %'], { min: 24, max: 696 })
    const half = (t: string) => (t.length * 14 * 0.6) / 2 + 6
    for (let i = 1; i < placed.length; i++) {
      const gap = placed[i]!.x - placed[i - 1]!.x
      expect(gap).toBeGreaterThanOrEqual(half(placed[i]!.text) + half(placed[i - 1]!.text) - 0.1)
    }
    expect(placed.at(-1)!.x + half('2 %')).toBeLessThanOrEqual(696.1)
    expect(placeLabels([2], ['50 %'], { min: 24, max: 696 })[0]!.x).toBeGreaterThan(24)
  })
})

describe('formatShare()', () => {
  it('formats a share with its interval, without, and the empty text', () => {
    const pct = percentFormatter('kk')
    expect(formatShare(pct, { share: 0.75, interval: { low: 0.627679, high: 0.842235 } }, '—'))
      .toBe('75% (62,8%–84,2%)')
    expect(formatShare(pct, { share: 0.1234 }, '—')).toBe('12,3%')
    expect(formatShare(pct, { share: null }, 'Жауап жоқ')).toBe('Жауап жоқ')
    expect(formatShare(pct, undefined, '—')).toBe('—')
  })
})
