/**
 * The quality team's indicators (`/:lang/quality`), its CSV exports and the printable report.
 * Every figure comes from one GROUP BY over the answers plus the workflow statistics.
 */
import { type Context, Hono } from 'hono'
import { IndicatorsPage } from '../../../views/survey/quality/indicators.tsx'
import { ReportPage } from '../../../views/survey/quality/report.tsx'
import type { AccessRules } from '../../http/access.ts'
import type { AppEnv } from '../../http/env.ts'
import { fieldError } from '../../http/forms.ts'
import { csvStream } from '../../lib/csv.ts'
import { listAllRegulations } from '../catalog/index.ts'
import { toAlmaty } from '../sla/index.ts'
import { answerDay } from './answers.ts'
import type { SurveyDeps } from './deps.ts'
import { answerRows, indicatorRows } from './exports.ts'
import { filterQueryString, type ParsedFilter, parseFilter } from './filters.ts'
import { summaryOf } from './form-props.ts'
import { serviceName } from './names.ts'
import { qualityNav } from './quality-nav.ts'
import { buildIndicators } from './report.ts'
import { channels, regions, sources } from './schema.ts'

const QUALITY = ['quality_analyst'] as const

/** Who may use the indicators, exports and report. */
export const access: AccessRules = {
  'GET /:lang/quality': QUALITY,
  'GET /:lang/quality/answers.csv': QUALITY,
  'GET /:lang/quality/indicators.csv': QUALITY,
  'GET /:lang/quality/report': QUALITY,
}

type C = Context<AppEnv>

/** The indicators routes, mounted at `/quality`. */
export function indicatorRoutes(deps: SurveyDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  app.get('/', async (c) => {
    const { t, lang } = c.var
    const parsed = parse(deps, c)
    const options = await filterOptions(deps, c, parsed)
    const hasErrors = Object.keys(parsed.errors).length > 0
    const data = hasErrors ? undefined : await buildIndicators(deps, parsed.filter)
    const qs = filterQueryString(parsed.values)
    if (hasErrors) c.status(422)
    return c.render(
      <IndicatorsPage
        t={t}
        lang={lang}
        nav={qualityNav(c, 'indicators')}
        action={`/${lang}/quality`}
        from={parsed.values['from'] ?? ''}
        to={parsed.values['to'] ?? ''}
        selects={options.selects}
        errorList={summaryOf(parsed.errors)}
        fromError={fieldError(parsed.errors, 'from', t)}
        toError={fieldError(parsed.errors, 'to', t)}
        noSurveyService={options.noSurveyService}
        data={data}
        exports={[
          { href: `/${lang}/quality/answers.csv?${qs}`, text: t('survey:quality.exports.answers') },
          {
            href: `/${lang}/quality/indicators.csv?${qs}`,
            text: t('survey:quality.exports.indicators'),
          },
          { href: `/${lang}/quality/report?${qs}`, text: t('survey:quality.exports.report') },
        ]}
      />,
      { title: t('survey:quality.title'), hasErrors },
    )
  })

  app.get('/answers.csv', async (c) => {
    const { t, lang } = c.var
    const { filter } = parse(deps, c)
    const versions = new Map((await listAllRegulations(deps)).flat().map((v) => [v.id, v]))
    const providers = new Map((await deps.providers()).map((p) => [p.id, p.name[lang]]))
    return csvResponse(
      'answers',
      filter,
      csvStream(answerRows(deps, filter, { t, lang, versions, providers })),
    )
  })

  app.get('/indicators.csv', async (c) => {
    const { t, lang } = c.var
    const { filter } = parse(deps, c)
    const data = await buildIndicators(deps, filter)
    return csvResponse('indicators', filter, csvStream(indicatorRows(data, t, lang)))
  })

  app.get('/report', async (c) => {
    const { t, lang } = c.var
    const parsed = parse(deps, c)
    const options = await filterOptions(deps, c, parsed)
    const data = await buildIndicators(deps, parsed.filter)
    return c.render(
      <ReportPage
        t={t}
        lang={lang}
        provider={options.providerName ?? t('survey:report.allProviders')}
        service={options.serviceName ?? t('survey:report.allServices')}
        generated={toAlmaty(deps.clock.now())}
        noSurveyService={options.noSurveyService}
        data={data}
      />,
      { title: t('survey:report.title') },
    )
  })

  return app
}

function parse(deps: SurveyDeps, c: C): ParsedFilter {
  return parseFilter(c.req.query(), answerDay(deps.clock.now()), c.var.t)
}

function csvResponse(
  kind: string,
  filter: { from: string; to: string },
  body: ReadableStream<Uint8Array>,
): Response {
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition':
        `attachment; filename="survey-${kind}-${filter.from}-${filter.to}.csv"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}

async function filterOptions(deps: SurveyDeps, c: C, parsed: ParsedFilter) {
  const { t, lang } = c.var
  const all = t('survey:quality.filters.all')
  const v = parsed.values
  const services = (await listAllRegulations(deps)).map((versions) => versions.at(-1)!)
  const providers = await deps.providers()
  const chosen = services.find((s) => s.regulationId === v['service'])
  const label = (s: (typeof services)[number]) => {
    const name = serviceName(s.definition, lang)
    return s.definition.survey ? name : t('survey:quality.filters.noSurvey', { name })
  }
  const select = (name: string, items: Array<{ value: string; text: string }>) => ({
    name,
    label: t(`survey:quality.filters.${name}`),
    items: [{ value: '', text: all }, ...items].map((i) => ({
      ...i,
      selected: i.value === (v[name] ?? ''),
    })),
  })
  return {
    selects: [
      select('service', services.map((s) => ({ value: s.regulationId, text: label(s) }))),
      select('provider', providers.map((p) => ({ value: p.id, text: p.name[lang] }))),
      select('region', regions.map((r) => ({ value: r, text: t(`regions.${r}`) }))),
      select(
        'channel',
        channels.map((ch) => ({
          value: ch,
          text: ch === 'unknown' ? t('survey:channels.unknown') : t(`catalog:channels.${ch}`),
        })),
      ),
      select('source', sources.map((s) => ({ value: s, text: t(`survey:sources.${s}`) }))),
    ],
    noSurveyService: chosen && !chosen.definition.survey ? chosen.definition.name[lang] : undefined,
    serviceName: chosen ? serviceName(chosen.definition, lang) : undefined,
    providerName: providers.find((p) => p.id === v['provider'])?.name[lang],
  }
}
