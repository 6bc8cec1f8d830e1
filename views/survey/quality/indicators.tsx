/**
 * The quality team's indicators page: a GET filter form (period, service, provider, region,
 * channel, source), notices about services without a survey, the figures, and the exports.
 */
import type { T } from '../../../src/i18n.ts'
import type { Indicators } from '../../../src/modules/survey/index.ts'
import { Button } from '../../components/button.tsx'
import { type ErrorItem, ErrorSummary } from '../../components/error-summary.tsx'
import type { FieldError } from '../../components/field.tsx'
import { Input } from '../../components/input.tsx'
import { Select } from '../../components/select.tsx'
import { Figures } from './_figures.tsx'
import { QualityNav, type QualityNavProps } from './_nav.tsx'

/** One select of the filter. */
export interface FilterSelect {
  readonly name: string
  readonly label: string
  readonly items: ReadonlyArray<{ value: string; text: string; selected?: boolean }>
}

/** Props of IndicatorsPage. */
export interface IndicatorsPageProps {
  readonly t: T
  readonly lang: 'kk' | 'ru'
  readonly nav: QualityNavProps
  readonly action: string
  readonly from: string
  readonly to: string
  readonly selects: readonly FilterSelect[]
  readonly errorList: readonly ErrorItem[]
  readonly fromError?: FieldError | undefined
  readonly toError?: FieldError | undefined
  /** The name of the chosen service when its regulation defines no survey. */
  readonly noSurveyService?: string | undefined
  readonly data: Indicators | undefined
  readonly exports: ReadonlyArray<{ readonly href: string; readonly text: string }>
}

/** Renders the page. */
export function IndicatorsPage(p: IndicatorsPageProps) {
  const { t, lang, data } = p
  return (
    <>
      <ErrorSummary titleText={t('form.errorSummaryTitle')} errorList={p.errorList} />
      <h1 class='heading-l'>{t('survey:quality.title')}</h1>
      <QualityNav {...p.nav} />
      <form method='get' action={p.action} class='no-print' novalidate>
        <fieldset class='fieldset'>
          <legend class='fieldset__legend'>{t('survey:quality.filters.legend')}</legend>
          <div class='filters filters--even'>
            <Input
              id='from'
              name='from'
              type='date'
              label={t('survey:quality.filters.from')}
              value={p.from}
              errorMessage={p.fromError}
            />
            <Input
              id='to'
              name='to'
              type='date'
              label={t('survey:quality.filters.to')}
              value={p.to}
              errorMessage={p.toError}
            />
            {p.selects.map((s) => (
              <Select id={s.name} name={s.name} label={s.label} items={s.items} />
            ))}
            <Button>{t('survey:quality.filters.submit')}</Button>
          </div>
        </fieldset>
      </form>
      {p.noSurveyService
        ? <p class='inset'>{t('survey:quality.noSurvey', { name: p.noSurveyService })}</p>
        : null}
      {data
        ? (
          <>
            <p class='lead'>
              {t('survey:quality.summary.period', { from: data.filter.from, to: data.filter.to })}
            </p>
            {data.defaultWording > 0
              ? (
                <p class='inset'>
                  {t('survey:quality.defaultWording', { count: data.defaultWording })}
                </p>
              )
              : null}
            <Figures t={t} lang={lang} data={data} />
            <section aria-labelledby='exports-title' class='no-print'>
              <h2 class='heading-m' id='exports-title'>{t('survey:quality.exports.title')}</h2>
              <ul>
                {p.exports.map((e) => (
                  <li>
                    <a href={e.href}>{e.text}</a>
                  </li>
                ))}
              </ul>
            </section>
          </>
        )
        : null}
    </>
  )
}
