/**
 * The CSV exports: every answer of a filter (streamed page by page in (day, id) order, so a
 * year of answers never sits in memory) and the indicators as a long table. Text cells go
 * through src/lib/csv.ts, which escapes anything a spreadsheet would read as a formula.
 */
import type { CsvCell } from '../../lib/csv.ts'
import type { T } from '../../i18n.ts'
import type { RegulationVersion } from '../catalog/index.ts'
import { type AnswerFilter, findAnswersPage } from './aggregate-repo.ts'
import type { SurveyDeps } from './deps.ts'
import type { Share } from './indicators.ts'
import type { Indicators } from './report.ts'
import type { AnswerRow } from './tables.ts'

/** What the answers export needs to name things. */
export interface ExportNames {
  readonly t: T
  readonly lang: 'kk' | 'ru'
  readonly versions: ReadonlyMap<string, RegulationVersion>
  readonly providers: ReadonlyMap<string, string>
}

const PAGE = 2000
const ANSWER_COLUMNS = [
  'date',
  'source',
  'serviceCode',
  'service',
  'version',
  'wording',
  'wordingBasis',
  'provider',
  'region',
  'channel',
  'q1',
  'q1Text',
  'q2',
  'q2Text',
  'comment',
  'appliedHow',
  'neededHelp',
  'assistiveTech',
  'connection',
  'lang',
] as const

/** The answers of a filter as CSV rows, header first. */
export async function* answerRows(
  deps: Pick<SurveyDeps, 'db'>,
  filter: AnswerFilter,
  names: ExportNames,
): AsyncGenerator<CsvCell[]> {
  yield ANSWER_COLUMNS.map((c) => names.t(`survey:csv.answers.${c}`))
  let after: { day: string; id: string } | undefined
  for (;;) {
    const rows = await findAnswersPage(deps.db.kysely, filter, after, PAGE)
    for (const row of rows) yield answerCells(row, names)
    if (rows.length < PAGE) return
    const last = rows.at(-1)!
    after = { day: last.answered_on, id: last.id }
  }
}

function answerCells(r: AnswerRow, n: ExportNames): CsvCell[] {
  const { t, lang } = n
  const version = n.versions.get(r.regulation_version_id)
  const text = (q: number) => version?.definition.survey?.answers[q - 1]?.[lang] ?? null
  const option = (field: string, value: string | null) =>
    value ? t(`survey:form.accessibility.${field}.options.${value}`) : null
  return [
    r.answered_on,
    t(`survey:sources.${r.source}`),
    version?.definition.code ?? null,
    version?.definition.name[lang] ?? r.regulation_id,
    version?.version ?? null,
    r.wording,
    t(`survey:csv.basis.${r.wording_basis}`),
    n.providers.get(r.provider_id) ?? r.provider_id,
    t(`regions.${r.region}`),
    r.channel === 'unknown' ? t('survey:channels.unknown') : t(`catalog:channels.${r.channel}`),
    r.q1,
    text(r.q1) ?? t(`survey:indicators.answers.${answerKey(r.q1)}`),
    r.q2,
    text(r.q2) ?? t(`survey:indicators.answers.${answerKey(r.q2)}`),
    r.comment,
    option('appliedHow', r.applied_how),
    option('neededHelp', r.needed_help),
    option('assistiveTech', r.assistive_tech),
    option('connection', r.connection),
    r.lang,
  ]
}

function answerKey(q: number): string {
  return ['notSatisfied', 'partly', 'satisfied'][q - 1] ?? 'notSatisfied'
}

/** The indicators as CSV rows: section, item, month, n, count, share, interval. */
export function* indicatorRows(data: Indicators, t: T, lang: 'kk' | 'ru'): Generator<CsvCell[]> {
  const c = (k: string) => t(`survey:csv.indicators.${k}`)
  yield [c('section'), c('item'), c('month'), c('n'), c('count'), c('share'), c('low'), c('high')]
  const survey = t('survey:csv.sections.survey')
  for (const key of ['quality', 'accessibility'] as const) {
    for (const a of ['satisfied', 'partly', 'notSatisfied'] as const) {
      const item = `${t(`survey:indicators.${key}`)}: ${t(`survey:indicators.answers.${a}`)}`
      yield shareCells(survey, item, '', data[key].n, data[key][a])
      for (const p of data.trend) {
        const q = key === 'quality' ? p.q1 : p.q2
        yield shareCells(t('survey:csv.sections.trend'), item, p.month, q.n, q[a])
      }
    }
  }
  yield* workflowRows(data.workflow, t, lang)
}

function* workflowRows(w: Indicators['workflow'], t: T, lang: 'kk' | 'ru'): Generator<CsvCell[]> {
  const section = (k: string) => t(`survey:csv.sections.${k}`)
  const onTime = t('survey:csv.onTime')
  if (w?.decided) yield shareCells(section('decided'), onTime, '', w.decided.n, w.decided.onTime)
  for (const m of w?.decidedByMonth ?? []) {
    yield shareCells(section('decided'), onTime, m.month, m.figures.n, m.figures.onTime)
  }
  for (const s of w?.steps ?? []) {
    yield shareCells(section('step'), s.label?.[lang] ?? s.key, '', s.figures.n, s.figures.onTime)
  }
  const refusals = (w?.refusals ?? []).reduce((sum, r) => sum + r.count, 0)
  for (const r of w?.refusals ?? []) {
    const label = r.label?.[lang] ?? r.ground
    yield [section('refusal'), label, '', refusals, r.count, round(r.count / refusals), null, null]
  }
  for (const a of w?.authorities ?? []) {
    yield shareCells(
      section('authority'),
      a.label?.[lang] ?? a.key,
      '',
      a.figures.n,
      a.figures.onTime,
    )
  }
}

function shareCells(section: string, item: string, month: string, n: number, s: Share): CsvCell[] {
  return [
    section,
    item,
    month,
    n,
    s.count,
    s.share === null ? null : round(s.share),
    round(s.interval.low),
    round(s.interval.high),
  ]
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000
}
