import { describe, expect, it } from 'vitest'
import {
  capQuery,
  matchesTerms,
  MAX_QUERY_LENGTH,
  normalizeForSearch,
  queryTerms,
} from './search.ts'

describe('normalizeForSearch()', () => {
  it('lower-cases Kazakh and Russian capitals, including the Kazakh letters', () => {
    expect(normalizeForSearch('ӘҒҚҢӨҰҮҺІ ЛИЦЕНЗИЯ')).toBe(normalizeForSearch('әғқңөұүһі лицензия'))
    expect(normalizeForSearch('ҚОЙМА')).toBe('койма')
  })

  it('folds Kazakh letters to the Russian ones typed in their place, and ё to е', () => {
    expect(normalizeForSearch('Ақтөбе')).toBe(normalizeForSearch('Актобе'))
    expect(normalizeForSearch('Ёлка')).toBe('елка')
  })

  it('composes decomposed letters (NFC) and collapses white space', () => {
    expect(normalizeForSearch('  е\u0308\t\nж ')).toBe('е ж')
    expect(normalizeForSearch('и\u0306')).toBe('й')
  })
})

describe('queryTerms()', () => {
  it('splits into words and keeps pattern characters as plain text', () => {
    expect(queryTerms(' Лицензия   100% ')).toEqual(['лицензия', '100%'])
    expect(queryTerms("' OR 1=1 --")).toEqual(["'", 'or', '1=1', '--'])
    expect(queryTerms('   ')).toEqual([])
  })

  it('uses only the first 200 characters, never splitting an emoji', () => {
    const long = '😀'.repeat(10_000)
    expect(Array.from(capQuery(long))).toHaveLength(MAX_QUERY_LENGTH)
    expect(capQuery(long)).toBe('😀'.repeat(200))
    expect(queryTerms(`${'а'.repeat(199)}қойма`)).toEqual([`${'а'.repeat(199)}к`])
  })
})

describe('matchesTerms()', () => {
  const text = normalizeForSearch('Астық қолхаттарын беру арқылы қойма қызметі')
  it('needs every word, in any order', () => {
    expect(matchesTerms(text, queryTerms('ҚОЙМА астық'))).toBe(true)
    expect(matchesTerms(text, queryTerms('қойма мақта'))).toBe(false)
  })
  it('treats % and _ as characters, not wildcards', () => {
    expect(matchesTerms(text, queryTerms('қой%'))).toBe(false)
    expect(matchesTerms(text, queryTerms('қо_ма'))).toBe(false)
    expect(matchesTerms(text, [])).toBe(true)
  })
})
