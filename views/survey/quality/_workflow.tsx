/**
 * The workflow's figures: cases decided within the overall deadline, each step within its
 * norm, refusals by ground, interested authorities' answers on time. A part whose data is not
 * connected says so instead of showing an empty table.
 */
import type { T } from '../../../src/i18n.ts'
import type { Indicators } from '../../../src/modules/survey/index.ts'
import { formatCount, formatShare, percentFormatter } from '../../components/bar-chart.tsx'
import { LineChart, monthLabel } from '../../components/line-chart.tsx'
import { Table } from '../../components/table.tsx'

type Figures = NonNullable<Indicators['workflow']>
type Timeliness = NonNullable<Figures['decided']>

/** Props of WorkflowFigures. */
export interface WorkflowFiguresProps {
  readonly t: T
  readonly lang: 'kk' | 'ru'
  readonly workflow: Indicators['workflow']
}

/** Renders the section. */
export function WorkflowFigures({ t, lang, workflow: w }: WorkflowFiguresProps) {
  const pct = percentFormatter(lang)
  const none = t('survey:quality.workflow.none')
  const missing = <p>{t('survey:quality.workflow.notConnected')}</p>
  const head = (first: string) => [
    first,
    t('survey:quality.workflow.onTime'),
    t('survey:quality.workflow.late'),
    t('survey:quality.workflow.total'),
  ]
  const row = (label: string, f: Timeliness) => [
    label,
    formatShare(pct, f.onTime, none),
    formatCount(lang, f.late.count),
    formatCount(lang, f.n),
  ]
  const refusalTotal = (w?.refusals ?? []).reduce((s, r) => s + r.count, 0)
  return (
    <section aria-labelledby='workflow-title'>
      <h2 class='heading-m' id='workflow-title'>{t('survey:quality.workflow.title')}</h2>
      {w?.decided
        ? (
          <Table
            caption={t('survey:quality.workflow.decidedCaption')}
            head={head(t('survey:indicators.columns.indicator'))}
            rows={[row(t('survey:quality.workflow.decided'), w.decided)]}
            numeric={[1, 2, 3]}
          />
        )
        : missing}
      {w?.decidedByMonth ? <DecidedTrend t={t} lang={lang} months={w.decidedByMonth} /> : null}
      {w?.steps
        ? (
          <Table
            caption={t('survey:quality.workflow.steps')}
            head={head(t('survey:quality.workflow.step'))}
            rows={w.steps.length
              ? w.steps.map((s) => row(s.label?.[lang] ?? s.key, s.figures))
              : [[none, '', '', '']]}
            numeric={[1, 2, 3]}
          />
        )
        : null}
      {w?.refusals
        ? (
          <Table
            caption={t('survey:quality.workflow.refusals')}
            head={[
              t('survey:quality.workflow.ground'),
              t('survey:quality.workflow.count'),
              t('survey:quality.workflow.share'),
            ]}
            rows={w.refusals.length
              ? w.refusals.map((r) => [
                r.label?.[lang] ?? r.ground,
                formatCount(lang, r.count),
                pct(r.count / refusalTotal),
              ])
              : [[none, '', '']]}
            numeric={[1, 2]}
          />
        )
        : null}
      {w?.authorities
        ? (
          <Table
            caption={t('survey:quality.workflow.authorities')}
            head={head(t('survey:quality.workflow.authority'))}
            rows={w.authorities.length
              ? w.authorities.map((a) => row(a.label?.[lang] ?? a.key, a.figures))
              : [[none, '', '', '']]}
            numeric={[1, 2, 3]}
          />
        )
        : null}
      {w?.authorities ? <p class='hint'>{t('survey:quality.workflow.authoritiesScope')}</p> : null}
    </section>
  )
}

/** The share of cases decided within the overall deadline, month by month. */
function DecidedTrend(
  p: { t: T; lang: 'kk' | 'ru'; months: NonNullable<Figures['decidedByMonth']> },
) {
  const { t, lang } = p
  const month = monthLabel(lang)
  const title = t('survey:quality.workflow.trend.title')
  return (
    <LineChart
      id='trend-decided'
      lang={lang}
      title={title}
      description={t('survey:quality.workflow.trend.description')}
      points={p.months.map((m) => ({
        label: month(m.month),
        n: m.figures.n,
        ...m.figures.onTime,
      }))}
      table={{
        caption: title,
        labelHeader: t('survey:indicators.columns.month'),
        valueHeader: t('survey:quality.workflow.onTime'),
        countHeader: t('survey:quality.workflow.total'),
      }}
      emptyText={t('survey:quality.workflow.none')}
    />
  )
}
