/**
 * The figures of the indicators page and the printable report: answers by source, the shares
 * chart of both indicators, the monthly trends, and the workflow's timeliness, refusals and
 * interested-authority figures, each chart with its table beside it.
 */
import type { T } from '../../../src/i18n.ts'
import type { Indicators } from '../../../src/modules/survey/index.ts'
import { BarChart, formatCount } from '../../components/bar-chart.tsx'
import { LineChart, monthLabel } from '../../components/line-chart.tsx'
import { Table } from '../../components/table.tsx'
import { WorkflowFigures } from './_workflow.tsx'

/** Props of Figures. */
export interface FiguresProps {
  readonly t: T
  readonly lang: 'kk' | 'ru'
  readonly data: Indicators
}

const ANSWERS = ['satisfied', 'partly', 'notSatisfied'] as const
const INDICATORS = [['quality', 'quality'], ['accessibility', 'accessibility']] as const

/** Renders the figures. */
export function Figures({ t, lang, data }: FiguresProps) {
  return (
    <>
      <Table
        caption={t('survey:quality.bySource.caption')}
        head={[t('survey:quality.bySource.source'), t('survey:quality.bySource.count')]}
        rows={[
          ...Object.entries(data.bySource).map(([s, n]) => [
            t(`survey:sources.${s}`),
            formatCount(lang, n),
          ]),
          [t('survey:quality.workflow.total'), formatCount(lang, data.n)],
        ]}
        numeric={[1]}
      />
      <BarChart
        id='shares'
        lang={lang}
        title={t('survey:indicators.charts.shares.title')}
        description={t('survey:indicators.charts.shares.description')}
        series={ANSWERS.map((a) => t(`survey:indicators.answers.${a}`))}
        bars={INDICATORS.map(([key]) => ({
          label: t('survey:indicators.withCount', {
            indicator: t(`survey:indicators.${key}`),
            count: data[key].n,
          }),
          n: data[key].n,
          values: ANSWERS.map((a) => data[key][a]),
        }))}
        table={{
          caption: t('survey:indicators.charts.shares.caption'),
          labelHeader: t('survey:indicators.columns.indicator'),
          countHeader: t('survey:indicators.columns.answers'),
        }}
        emptyText={t('survey:indicators.noAnswers')}
      />
      {INDICATORS.map(([key]) => <Trend t={t} lang={lang} data={data} indicator={key} />)}
      <WorkflowFigures t={t} lang={lang} workflow={data.workflow} />
    </>
  )
}

function Trend(p: FiguresProps & { indicator: 'quality' | 'accessibility' }) {
  const { t, lang } = p
  const month = monthLabel(lang)
  const q = p.indicator === 'quality' ? 'q1' : 'q2'
  const title = t('survey:indicators.charts.trend.title', {
    indicator: t(`survey:indicators.${p.indicator}`),
  })
  return (
    <LineChart
      id={`trend-${p.indicator}`}
      lang={lang}
      title={title}
      description={t('survey:indicators.charts.trend.description')}
      points={p.data.trend.map((pt) => ({
        label: month(pt.month),
        n: pt[q].n,
        ...pt[q].satisfied,
      }))}
      table={{
        caption: title,
        labelHeader: t('survey:indicators.columns.month'),
        valueHeader: t('survey:indicators.columns.satisfiedShare'),
        countHeader: t('survey:indicators.columns.answers'),
      }}
      emptyText={t('survey:indicators.noAnswers')}
    />
  )
}
