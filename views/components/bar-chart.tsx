/**
 * Stacked horizontal bars of shares (satisfied, partly, not satisfied per survey question) drawn
 * on the server as SVG, with no script; the figures are repeated in a table for everyone who
 * does not read charts. Colour is never the only signal: the legend names each colour, every
 * share is printed under its segment and the segments keep the legend's order.
 */
import { Table } from './table.tsx'

/** A share (0..1, null without answers) and optionally its confidence interval. */
export interface ChartShare {
  readonly share: number | null
  readonly interval?: { readonly low: number; readonly high: number }
}

/** Props of BarChart; every string already translated. */
export interface BarChartProps {
  /** Unique on the page; the SVG's title and description get `<id>-title`, `<id>-desc`. */
  readonly id: string
  readonly lang: 'kk' | 'ru'
  readonly title: string
  readonly description: string
  /** The series in stacking order, left to right (at most four). */
  readonly series: readonly string[]
  /**
   * One bar per row; `values` follow `series`, and the first series' interval is drawn as a
   * whisker (it starts at 0, so its interval sits on the scale). Keep labels short: SVG text
   * does not wrap, and the table beside repeats everything.
   */
  readonly bars: ReadonlyArray<{
    readonly label: string
    readonly n: number
    readonly values: readonly ChartShare[]
  }>
  readonly table: {
    readonly caption: string
    readonly labelHeader: string
    readonly countHeader: string
  }
  /** Printed in place of the figures of a bar without answers. */
  readonly emptyText: string
}

/** Fills in series order; each has at least 3:1 contrast with white, and they differ in lightness. */
export const SERIES_FILLS = ['#00703c', '#b58105', '#6e1717', '#505a5f'] as const
/** Text, axis and whisker colour (GOV.UK text colour). */
export const INK = '#0b0c0c'
/** Gridlines and the outline of an empty bar (GOV.UK border colour). */
export const GRID = '#b1b4b6'

const W = 720
const LEFT = 24
const PLOT = W - 2 * LEFT
const ROW = 92
const TICKS = [0, 0.25, 0.5, 0.75, 1]

/** Renders the chart and its table. */
export function BarChart(p: BarChartProps) {
  const pct = percentFormatter(p.lang)
  const top = 12 + p.series.length * 24
  const axis = top + p.bars.length * ROW
  const x = (share: number) => round(LEFT + share * PLOT)
  return (
    <div class='chart'>
      <svg
        xmlns='http://www.w3.org/2000/svg'
        role='img'
        aria-labelledby={`${p.id}-title ${p.id}-desc`}
        viewBox={`0 0 ${W} ${axis + 30}`}
        width='100%'
        font-size='14'
      >
        <title id={`${p.id}-title`}>{p.title}</title>
        <desc id={`${p.id}-desc`}>{p.description}</desc>
        {p.series.map((label, i) => (
          <g>
            <rect x={LEFT} y={8 + i * 24} width='16' height='16' fill={fill(i)} />
            <text x={LEFT + 24} y={21 + i * 24} fill={INK}>{label}</text>
          </g>
        ))}
        <line x1={x(0)} x2={x(1)} y1={axis} y2={axis} stroke={INK} />
        {TICKS.map((t) => (
          <g>
            <line x1={x(t)} x2={x(t)} y1={axis} y2={axis + 6} stroke={INK} />
            <text x={x(t)} y={axis + 22} text-anchor='middle' fill={INK}>{pct(t)}</text>
          </g>
        ))}
        {p.bars.map((bar, i) => (
          <Bar bar={bar} y={top + i * ROW} x={x} pct={pct} empty={p.emptyText} />
        ))}
      </svg>
      <Table
        caption={p.table.caption}
        head={[p.table.labelHeader, ...p.series, p.table.countHeader]}
        rows={p.bars.map((bar) => [
          bar.label,
          ...p.series.map((_, i) => formatShare(pct, bar.values[i], p.emptyText)),
          formatCount(p.lang, bar.n),
        ])}
        numeric={p.series.map((_, i) => i + 1).concat(p.series.length + 1)}
      />
    </div>
  )
}

function Bar(props: {
  bar: BarChartProps['bars'][number]
  y: number
  x: (share: number) => number
  pct: (v: number) => string
  empty: string
}) {
  const { bar, y, x, pct } = props
  const barY = y + 26
  const segments = stack(bar.values)
  const labels = placeLabels(
    segments.map((s) => x(s.start + s.share / 2)),
    segments.map((s) => pct(s.share)),
    {
      min: x(0),
      max: x(1),
    },
  )
  const first = bar.values[0]
  return (
    <g>
      <text x={x(0)} y={y + 16} font-weight='bold' fill={INK}>{bar.label}</text>
      {segments.length === 0
        ? (
          <g>
            <rect
              x={x(0)}
              y={barY}
              width={PLOT}
              height='28'
              fill='#ffffff'
              stroke={GRID}
              stroke-dasharray='4 3'
            />
            <text x={x(0) + 8} y={barY + 19} fill={INK}>{props.empty}</text>
          </g>
        )
        : segments.map((s) => (
          <rect
            x={x(s.start)}
            y={barY}
            width={round(s.share * PLOT)}
            height='28'
            fill={fill(s.index)}
            stroke='#ffffff'
            stroke-width='2'
          />
        ))}
      {first?.share != null && first.interval && (
        <Whisker
          x1={x(first.interval.low)}
          y1={barY + 14}
          x2={x(first.interval.high)}
          y2={barY + 14}
        />
      )}
      {labels.map((l) => <text x={l.x} y={barY + 48} text-anchor='middle' fill={INK}>{l.text}
      </text>)}
    </g>
  )
}

/** The interval as a line with end caps, dark on a white halo so that it shows on every fill. */
export function Whisker(p: { x1: number; y1: number; x2: number; y2: number }) {
  const c = 7
  const d = p.y1 === p.y2
    ? `M${p.x1} ${p.y1 - c}v${2 * c}M${p.x1} ${p.y1}H${p.x2}M${p.x2} ${p.y1 - c}v${2 * c}`
    : `M${p.x1 - c} ${p.y1}h${2 * c}M${p.x1} ${p.y1}V${p.y2}M${p.x1 - c} ${p.y2}h${2 * c}`
  return (
    <g fill='none'>
      <path d={d} stroke='#ffffff' stroke-width='5' />
      <path d={d} stroke={INK} stroke-width='2' />
    </g>
  )
}

function stack(values: readonly ChartShare[]) {
  const segments: Array<{ index: number; start: number; share: number }> = []
  let start = 0
  values.forEach((v, index) => {
    // Floating-point shares may add up to a hair over 1; the bar must not overflow its track.
    const share = Math.min(v.share ?? 0, 1 - start)
    if (share > 0) segments.push({ index, start, share })
    start += share
  })
  return segments
}

/**
 * Centres for labels that must not overlap: each wanted centre is pushed right past its left
 * neighbour, then pulled back left from the right edge. Widths are estimated from the number of
 * characters, which is close enough for short percentages.
 */
export function placeLabels(
  centres: readonly number[],
  texts: readonly string[],
  bounds: { min: number; max: number },
): Array<{ x: number; text: string }> {
  const half = texts.map((t) => (t.length * 14 * 0.6) / 2 + 6)
  const xs = centres.map((c, i) => Math.max(c, bounds.min + half[i]!))
  for (let i = 1; i < xs.length; i++) xs[i] = Math.max(xs[i]!, xs[i - 1]! + half[i - 1]! + half[i]!)
  for (let i = xs.length - 1; i >= 0; i--) {
    const limit = i === xs.length - 1 ? bounds.max - half[i]! : xs[i + 1]! - half[i + 1]! - half[i]!
    xs[i] = Math.min(xs[i]!, limit)
  }
  return xs.map((x, i) => ({ x: round(x), text: texts[i]! }))
}

/** Formats a share as a percentage the way the page's language writes it. */
export function percentFormatter(lang: 'kk' | 'ru'): (value: number) => string {
  const format = new Intl.NumberFormat(lang === 'kk' ? 'kk-KZ' : 'ru-RU', {
    style: 'percent',
    maximumFractionDigits: 1,
  })
  return (value) => format.format(value)
}

/** "75 % (62,8 %–84,2 %)", or the empty text when there is no share. */
export function formatShare(
  pct: (value: number) => string,
  value: ChartShare | undefined,
  emptyText: string,
): string {
  if (value?.share == null) return emptyText
  const { interval } = value
  return interval
    ? `${pct(value.share)} (${pct(interval.low)}–${pct(interval.high)})`
    : pct(value.share)
}

/** A count with the language's digit grouping (1 000 with a no-break space). */
export function formatCount(lang: 'kk' | 'ru', n: number): string {
  return new Intl.NumberFormat(lang === 'kk' ? 'kk-KZ' : 'ru-RU').format(n)
}

function fill(index: number): string {
  return SERIES_FILLS[index % SERIES_FILLS.length]!
}

/** Coordinates to a tenth of a unit keep the markup short. */
export function round(value: number): number {
  return Math.round(value * 10) / 10
}
