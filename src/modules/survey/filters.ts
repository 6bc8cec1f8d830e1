/**
 * The indicators filter from a query string: a period of Almaty dates (by default the last
 * twelve months to today), at most five years long, and optional dimensions. Invalid input
 * never fails the page: it is reported and the default period is shown instead.
 */
import type { FieldErrors } from '../../http/forms.ts'
import type { T } from '../../i18n.ts'
import type { AnswerFilter } from './aggregate-repo.ts'
import { filterQuery } from './schema.ts'
import { MAX_MONTHS } from './trend.ts'

/** The filter, the values to put back into the form, and any errors. */
export interface ParsedFilter {
  readonly filter: AnswerFilter
  readonly values: Readonly<Record<string, string>>
  readonly errors: FieldErrors
}

/** The longest period, in months. */
export const MAX_PERIOD_MONTHS = Math.min(60, MAX_MONTHS)

/** The default period: from the first day of the month eleven months back, to today. */
export function defaultPeriod(today: string): { from: string; to: string } {
  const [y, m] = today.split('-').map(Number) as [number, number]
  const index = y * 12 + (m - 1) - 11
  const from = `${String(Math.floor(index / 12)).padStart(4, '0')}-${
    String((index % 12) + 1).padStart(2, '0')
  }-01`
  return { from, to: today }
}

/** Parses the query of the indicators page, the exports and the report. */
export function parseFilter(query: Record<string, string>, today: string, t: T): ParsedFilter {
  const parsed = filterQuery.safeParse(query)
  const errors: Record<string, string> = {}
  const fallback = defaultPeriod(today)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'from')
      errors[field === 'to' ? 'to' : 'from'] ??= t('survey:quality.errors.date')
    }
    return { filter: fallback, values: { ...fallback }, errors }
  }
  const q = parsed.data
  const from = q.from || fallback.from
  const to = q.to || (q.from && q.from > fallback.to ? q.from : fallback.to)
  if (from > to || monthsBetween(from, to) >= MAX_PERIOD_MONTHS) {
    errors['from'] = t('survey:quality.errors.period')
    return { filter: fallback, values: { ...fallback }, errors }
  }
  const filter: AnswerFilter = {
    from,
    to,
    regulationId: q.service,
    providerId: q.provider,
    region: q.region,
    channel: q.channel,
    source: q.source,
  }
  const values = {
    from,
    to,
    service: q.service ?? '',
    provider: q.provider ?? '',
    region: q.region ?? '',
    channel: q.channel ?? '',
    source: q.source ?? '',
  }
  return { filter, values, errors }
}

function monthsBetween(from: string, to: string): number {
  const index = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7))
  return index(to) - index(from)
}

/** The filter as a query string (for the export and report links). */
export function filterQueryString(values: Readonly<Record<string, string>>): string {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(values)) if (v) params.set(k, v)
  return params.toString()
}
