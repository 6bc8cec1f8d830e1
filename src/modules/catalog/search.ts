/**
 * Catalog search in Kazakh and Russian. SQLite's LIKE folds case for ASCII only, so the
 * catalog searches in memory over normalized text: NFC, lower case (Kazakh rules, which treat
 * Russian letters the same way), `ё` as `е`, and each Kazakh-only letter folded to the Russian
 * letter people type in its place on a keyboard without it (`қ` → `к`, `ө` → `о`, …), so
 * «Актобе» finds «Ақтөбе». The query is plain text, never a pattern: `%`, `_` and quotes are
 * characters like any other. Every word of the query must occur.
 */
import type { Regulation } from './definition.ts'

/** Only this many characters of a query are used; the rest is ignored, not an error. */
export const MAX_QUERY_LENGTH = 200

const FOLD: Readonly<Record<string, string>> = {
  'ә': 'а',
  'ғ': 'г',
  'қ': 'к',
  'ң': 'н',
  'ө': 'о',
  'ұ': 'у',
  'ү': 'у',
  'һ': 'х',
  'і': 'и',
  'ё': 'е',
}
const FOLDABLE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g')

/** Text in the form search compares: NFC, lower case, folded letters, single spaces. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('kk').replace(FOLDABLE, (c) => FOLD[c] ?? c)
    .replace(/\s+/gu, ' ').trim()
}

/** The first {@link MAX_QUERY_LENGTH} characters (whole code points) of a query. */
export function capQuery(query: string): string {
  const chars = Array.from(query)
  return chars.length > MAX_QUERY_LENGTH ? chars.slice(0, MAX_QUERY_LENGTH).join('') : query
}

/** The words of a query, normalized; empty for a blank query. */
export function queryTerms(query: string): string[] {
  const text = normalizeForSearch(capQuery(query))
  return text ? text.split(' ') : []
}

/** True when every term occurs in the normalized text. */
export function matchesTerms(text: string, terms: readonly string[]): boolean {
  return terms.every((term) => text.includes(term))
}

/** The normalized text a regulation is found by: code, names and provider in both languages. */
export function searchableText(r: Regulation): string {
  return normalizeForSearch(
    [r.code, r.name.kk, r.name.ru, r.provider.name.kk, r.provider.name.ru].join(' \n '),
  )
}
