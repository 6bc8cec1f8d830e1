/**
 * Worklist search by number, IIN/BIN or name, in Kazakh or Russian and in any case. Each case
 * stores its words normalized (the catalog's `normalizeForSearch`: NFC, Kazakh lower case,
 * Kazakh letters folded to the Russian ones typed in their place), one row per word. A query
 * word matches a stored word it begins: a range on an index, the same on SQLite and
 * PostgreSQL, so a search costs the same with ten thousand cases or a million.
 */
import { normalizeForSearch } from '../catalog/index.ts'

/** Query words beyond this many are ignored. */
export const MAX_QUERY_TERMS = 5
const MAX_TERM_LENGTH = 64
const SEPARATORS = /[\s«»"“”„'`’(),.;:!?/\\]+/u

/** The words of a text, normalized, without duplicates. */
export function wordsOf(text: string): string[] {
  const words = normalizeForSearch(text).split(SEPARATORS)
    .map((w) => w.replace(/^[-–—]+|[-–—]+$/g, '').slice(0, MAX_TERM_LENGTH))
    .filter((w) => w.length > 0)
  return [...new Set(words)]
}

/** What a case is found by. */
export interface Searchable {
  readonly number: string
  readonly idNumber: string | null
  readonly names: readonly string[]
}

/**
 * The stored words of a case: the whole number (`akt-2026-000042`), its sequence with and
 * without leading zeros (`000042`, `42`), the IIN/BIN, and every word of the names.
 */
export function termsOf(c: Searchable): string[] {
  const number = normalizeForSearch(c.number)
  const sequence = /(\d+)$/.exec(number)?.[1]
  const terms = [number, ...wordsOf(c.names.join(' '))]
  if (sequence) terms.push(sequence, String(Number(sequence)))
  if (c.idNumber) terms.push(c.idNumber)
  return [...new Set(terms.filter((t) => t.length > 0))]
}

/** The text kept on the case for checking further query words (all terms, space-separated). */
export function searchTextOf(c: Searchable): string {
  return ` ${termsOf(c).join(' ')} `
}

/** The words of a query, normalized; at most {@link MAX_QUERY_TERMS}. */
export function queryWords(query: string): string[] {
  return wordsOf(query.slice(0, 300)).slice(0, MAX_QUERY_TERMS)
}

/**
 * The half-open range of stored words that begin with `prefix`: [prefix, the prefix with its
 * last code point raised by one). Code-point order is what both databases compare in.
 */
export function prefixRange(prefix: string): [string, string] {
  const points = Array.from(prefix)
  const last = points.pop() ?? ''
  const next = String.fromCodePoint((last.codePointAt(0) ?? 0) + 1)
  return [prefix, points.join('') + next]
}

/** `LIKE` pattern for "a stored word begins with `word`" in {@link searchTextOf}; `\` escapes. */
export function likeWordPrefix(word: string): string {
  return `% ${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}
