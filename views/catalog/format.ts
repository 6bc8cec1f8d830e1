/** Formatting shared by the catalog pages: texts in the page language, norms, dates, money. */
import type { Norm, Text } from '../../src/modules/catalog/index.ts'
import type { Lang, T } from '../../src/i18n.ts'

/** The text in the page's language. */
export function inLang(lang: Lang, text: Text): string {
  return text[lang]
}

/** "30 минут", "1 жұмыс күні", "5 рабочих дней" (plural forms from the locales). */
export function formatNorm(t: T, norm: Norm): string {
  return t(`catalog:norm.${norm.unit}`, { count: norm.amount })
}

/** `2014-05-27` → `27.05.2014`, as dates are written in Kazakhstan. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-')
  return `${d}.${m}.${y}`
}

/** An amount of tenge with grouped thousands: `43 250 ₸`. */
export function formatTenge(lang: Lang, amount: number): string {
  return `${new Intl.NumberFormat(lang === 'kk' ? 'kk-KZ' : 'ru-RU').format(amount)}\u00a0₸`
}

/** A list of labels joined for reading: "a, b, c". */
export function joinLabels(labels: readonly string[]): string {
  return labels.join(', ')
}

/** The text with its first letter in upper case (labels are lower case to sit mid-sentence). */
export function sentence(lang: Lang, text: string): string {
  return text.replace(/\p{L}/u, (c) => c.toLocaleUpperCase(lang))
}
