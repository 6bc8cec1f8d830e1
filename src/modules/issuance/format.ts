/** Dates and names as documents and pages write them, in Almaty time, from the locale files. */
import type { T } from '../../i18n.ts'
import { toAlmaty } from '../sla/index.ts'
import type { DocumentKind, LicenseStatus } from './tables.ts'

/** "2026 жылғы 2 наурыз" / "2 марта 2026 года". */
export function dateText(t: T, iso: string): string {
  const [date = ''] = toAlmaty(new Date(iso)).split(' ')
  const [year, month, day] = date.split('-')
  return t('issuance:date.long', {
    year,
    month: t(`issuance:date.months.m${month}`),
    day: Number(day),
  })
}

/** "02.03.2026, 10:42" in Almaty time. */
export function dateTimeText(iso: string): string {
  const [date = '', time = ''] = toAlmaty(new Date(iso)).split(' ')
  const [y, m, d] = date.split('-')
  return `${d}.${m}.${y}, ${time}`
}

/** "02.03.2026" in Almaty time. */
export function shortDate(iso: string): string {
  return dateTimeText(iso).split(',')[0] ?? ''
}

/** The title of a kind of document: "Лицензия", "Дубликат лицензии" … */
export function kindTitle(t: T, kind: DocumentKind): string {
  return t(`issuance:kinds.${kind}`)
}

/** The label of a registry status. */
export function statusLabel(t: T, status: LicenseStatus): string {
  return t(`issuance:statuses.${status}`)
}
