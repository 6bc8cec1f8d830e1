import { describe, expect, it } from 'vitest'
import { fitLine, wrapText } from './wrap.ts'

// One point per character: widths are lengths, so expectations are easy to read.
function measure(text: string): number {
  return [...text].length
}

describe('wrapText()', () => {
  it('breaks between words and never exceeds the width', () => {
    const lines = wrapText('Ақтөбе облысының ауыл шаруашылығы басқармасы', 15, measure)
    expect(lines).toEqual(['Ақтөбе', 'облысының ауыл', 'шаруашылығы', 'басқармасы'])
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(15)
  })

  it('breaks a word longer than the line between characters', () => {
    expect(wrapText('ab ' + 'Ә'.repeat(25) + ' cd', 10, measure)).toEqual([
      'ab',
      'Ә'.repeat(10),
      'Ә'.repeat(10),
      'Ә'.repeat(5) + ' cd',
    ])
  })

  it('keeps a combining mark with its letter', () => {
    const word = 'и\u0306'.repeat(6)
    const lines = wrapText(word, 5, measure)
    expect(lines.join('')).toBe(word)
    for (const line of lines) expect(line.startsWith('\u0306')).toBe(false)
  })

  it('starts a new line at each line break', () => {
    expect(wrapText('бір\nекі үш', 20, measure)).toEqual(['бір', 'екі үш'])
  })

  it('puts one character per line when not even one fits', () => {
    expect(wrapText('абв', 0, measure)).toEqual(['а', 'б', 'в'])
  })

  it('returns one empty line for empty text', () => {
    expect(wrapText('', 10, measure)).toEqual([''])
  })
})

describe('fitLine()', () => {
  it('returns a line that fits unchanged', () => {
    expect(fitLine('Лицензия', 20, measure)).toBe('Лицензия')
  })

  it('cuts a long line and ends it with an ellipsis within the width', () => {
    const line = fitLine('Құжаттарды қабылдау туралы қолхат', 12, measure)
    expect(line).toBe('Құжаттарды…')
    expect(measure(line)).toBeLessThanOrEqual(12)
  })
})
