import { describe, expect, it } from 'vitest'
import { likeWordPrefix, prefixRange, queryWords, searchTextOf, termsOf } from './search.ts'

const applicant = {
  number: 'AKT-2026-000042',
  idNumber: '050140000656',
  names: ['«Ақтөбе Астық» ЖШС', 'ТОО «Актобе Астык»'],
}

describe('termsOf()', () => {
  it('keeps the whole number, its sequence with and without zeros, the BIN and each name word', () => {
    expect(termsOf(applicant)).toEqual([
      'akt-2026-000042',
      'актобе',
      'астык',
      'жшс',
      'тоо',
      '000042',
      '42',
      '050140000656',
    ])
  })
})

describe('queryWords()', () => {
  it('folds case and Kazakh letters, so Russian and Kazakh spellings meet', () => {
    expect(queryWords('  АҚТӨБЕ   астық ')).toEqual(['актобе', 'астык'])
    expect(queryWords('Актобе')).toEqual(['актобе'])
  })

  it('drops quotes and keeps at most five words', () => {
    expect(queryWords('«a» b c d e f g')).toEqual(['a', 'b', 'c', 'd', 'e'])
  })
})

describe('prefixRange()', () => {
  it('covers exactly the words that begin with the prefix', () => {
    const [from, to] = prefixRange('акт')
    const inRange = (w: string) => w >= from && w < to
    expect(['акт', 'актобе', 'акта'].every(inRange)).toBe(true)
    expect(['ак', 'акс', 'акф', 'аку'].some(inRange)).toBe(false)
  })
})

describe('likeWordPrefix()', () => {
  it('matches a word start in the search text and escapes LIKE wildcards', () => {
    expect(searchTextOf(applicant)).toContain(' астык ')
    expect(likeWordPrefix('ас')).toBe('% ас%')
    expect(likeWordPrefix('50%_\\')).toBe('% 50\\%\\_\\\\%')
  })
})
