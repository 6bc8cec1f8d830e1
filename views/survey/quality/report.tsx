/** The printable report of a period and provider: the same figures, with what they cover. */
import type { T } from '../../../src/i18n.ts'
import type { Indicators } from '../../../src/modules/survey/index.ts'
import { SummaryList } from '../../components/summary-list.tsx'
import { Figures } from './_figures.tsx'

/** Props of ReportPage. */
export interface ReportPageProps {
  readonly t: T
  readonly lang: 'kk' | 'ru'
  readonly provider: string
  readonly service: string
  readonly generated: string
  readonly noSurveyService?: string | undefined
  readonly data: Indicators
}

/** Renders the report. */
export function ReportPage(p: ReportPageProps) {
  const { t, data } = p
  return (
    <>
      <h1 class='heading-l'>{t('survey:report.title')}</h1>
      <SummaryList
        rows={[
          { key: t('survey:report.period'), value: `${data.filter.from} — ${data.filter.to}` },
          { key: t('survey:report.provider'), value: p.provider },
          { key: t('survey:report.service'), value: p.service },
          { key: t('survey:quality.summary.answers'), value: String(data.n) },
          { key: t('survey:report.generated'), value: p.generated },
        ]}
      />
      <p class='no-print'>{t('survey:report.print')}</p>
      {p.noSurveyService
        ? <p class='inset'>{t('survey:quality.noSurvey', { name: p.noSurveyService })}</p>
        : null}
      {data.defaultWording > 0
        ? <p class='inset'>{t('survey:quality.defaultWording', { count: data.defaultWording })}</p>
        : null}
      <Figures t={p.t} lang={p.lang} data={data} />
    </>
  )
}
