/**
 * A monthly trend of one share (the satisfied share of a survey question) drawn on the server as
 * SVG: a line with a marker per month, the 95 % interval as a whisker, a gap where a month has no
 * answers, and the values printed above the markers (every second or third month when two years
 * would crowd them). The same figures, every month, follow in a table.
 */
import {
  type ChartShare,
  formatCount,
  formatShare,
  GRID,
  INK,
  percentFormatter,
  round,
  Whisker,
} from './bar-chart.tsx'
import { Table } from './table.tsx'

/** Props of LineChart; every string already translated. */
export interface LineChartProps {
  /** Unique on the page; the SVG's title and description get `<id>-title`, `<id>-desc`. */
  readonly id: string
  readonly lang: 'kk' | 'ru'
  readonly title: string
  readonly description: string
  /** One point per month in order; `label` is the month as the page writes it. */
  readonly points: ReadonlyArray<ChartShare & { readonly label: string; readonly n: number }>
  readonly table: {
    readonly caption: string
    readonly labelHeader: string
    readonly valueHeader: string
    readonly countHeader: string
  }
  /** Printed in the table for a month without answers (the chart leaves a gap). */
  readonly emptyText: string
}

/** The line's colour (GOV.UK blue, 5.2:1 on white). */
export const LINE = '#1d70b8'
const W = 720
const H = 300
const LEFT = 64
const TOP = 28
const PLOT_W = W - LEFT - 16
const PLOT_H = H - TOP - 44
const TICKS = [0, 0.25, 0.5, 0.75, 1]

/** Renders the chart and its table. */
export function LineChart(p: LineChartProps) {
  const pct = percentFormatter(p.lang)
  const gap = PLOT_W / Math.max(1, p.points.length)
  const x = (i: number) => round(LEFT + (i + 0.5) * gap)
  const y = (share: number) => round(TOP + (1 - share) * PLOT_H)
  const labelStep = step(p.points.map((pt) => pt.label), gap)
  const valueStep = step(p.points.map((pt) => (pt.share == null ? '' : pct(pt.share))), gap)
  return (
    <div class='chart'>
      <svg
        xmlns='http://www.w3.org/2000/svg'
        role='img'
        aria-labelledby={`${p.id}-title ${p.id}-desc`}
        viewBox={`0 0 ${W} ${H}`}
        width='100%'
        font-size='14'
      >
        <title id={`${p.id}-title`}>{p.title}</title>
        <desc id={`${p.id}-desc`}>{p.description}</desc>
        {TICKS.map((t) => (
          <g>
            <line x1={LEFT} x2={LEFT + PLOT_W} y1={y(t)} y2={y(t)} stroke={t === 0 ? INK : GRID} />
            <text x={LEFT - 8} y={y(t) + 5} text-anchor='end' fill={INK}>{pct(t)}</text>
          </g>
        ))}
        {p.points.map((pt, i) =>
          pt.share != null && pt.interval
            ? <Whisker x1={x(i)} y1={y(pt.interval.low)} x2={x(i)} y2={y(pt.interval.high)} />
            : null
        )}
        {p.points.some((pt) => pt.share != null) && (
          <path d={linePath(p.points, x, y)} fill='none' stroke={LINE} stroke-width='3' />
        )}
        {p.points.map((pt, i) => (
          <g>
            {pt.share != null && (
              <circle
                cx={x(i)}
                cy={y(pt.share)}
                r='5'
                fill={LINE}
                stroke='#ffffff'
                stroke-width='2'
              />
            )}
            {pt.share != null && i % valueStep === 0 && (
              <text
                x={x(i)}
                y={y(pt.interval ? pt.interval.high : pt.share) - 10}
                text-anchor='middle'
                fill={INK}
                stroke='#ffffff'
                stroke-width='4'
                paint-order='stroke'
              >
                {pct(pt.share)}
              </text>
            )}
            {i % labelStep === 0 && (
              <text x={x(i)} y={H - 16} text-anchor='middle' fill={INK}>{pt.label}</text>
            )}
          </g>
        ))}
      </svg>
      <Table
        caption={p.table.caption}
        head={[p.table.labelHeader, p.table.valueHeader, p.table.countHeader]}
        rows={p.points.map((pt) => [
          pt.label,
          formatShare(pct, pt, p.emptyText),
          formatCount(p.lang, pt.n),
        ])}
        numeric={[1, 2]}
      />
    </div>
  )
}

/** One `M … L …` run per stretch of months with answers; a month without answers is a gap. */
function linePath(
  points: LineChartProps['points'],
  x: (i: number) => number,
  y: (share: number) => number,
): string {
  let d = ''
  let drawing = false
  points.forEach((pt, i) => {
    if (pt.share == null) drawing = false
    else {
      d += `${drawing ? 'L' : 'M'}${x(i)} ${y(pt.share)}`
      drawing = true
    }
  })
  return d
}

/** Every how many points a text fits without touching its neighbour. */
function step(texts: readonly string[], gap: number): number {
  const widest = Math.max(0, ...texts.map((t) => t.length)) * 14 * 0.6 + 12
  return Math.max(1, Math.ceil(widest / gap))
}

/** `'2026-03'` as the page writes a month: "мар. 2026 г.", "2026 ж. нау.". */
export function monthLabel(lang: 'kk' | 'ru'): (month: string) => string {
  const format = new Intl.DateTimeFormat(lang === 'kk' ? 'kk-KZ' : 'ru-RU', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  })
  return (month) => format.format(new Date(`${month}-15T00:00:00Z`))
}
