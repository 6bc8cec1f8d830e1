import { describe, expect, it } from 'vitest'
import { fromAlmaty, isoToDay, localDate, toAlmaty } from './time.ts'

describe('localDate()', () => {
  it('gives the Almaty date, five hours ahead of UTC', () => {
    expect(localDate(new Date('2026-03-01T18:59:59Z'))).toBe('2026-03-01')
    expect(localDate(new Date('2026-03-01T19:00:00Z'))).toBe('2026-03-02')
  })

  it('rejects an invalid Date', () => {
    expect(() => localDate(new Date('nonsense'))).toThrow(/Invalid date/)
  })
})

describe('toAlmaty()', () => {
  it('formats the Almaty date and time without seconds', () => {
    expect(toAlmaty(new Date('2026-03-02T05:00:59Z'))).toBe('2026-03-02 10:00')
    expect(toAlmaty(new Date('2026-12-31T19:30:00Z'))).toBe('2027-01-01 00:30')
  })
})

describe('fromAlmaty()', () => {
  it('reads an Almaty wall-clock time as UTC+5', () => {
    expect(fromAlmaty('2026-03-02 10:00').toISOString()).toBe('2026-03-02T05:00:00.000Z')
    expect(fromAlmaty('2026-01-01T03:15').toISOString()).toBe('2025-12-31T22:15:00.000Z')
  })

  it('is the inverse of toAlmaty()', () => {
    expect(toAlmaty(fromAlmaty('2026-07-06 23:59'))).toBe('2026-07-06 23:59')
  })

  it('rejects other shapes and dates that do not exist', () => {
    expect(() => fromAlmaty('2026-03-02 9:00')).toThrow(/Invalid Almaty time "2026-03-02 9:00"/)
    expect(() => fromAlmaty('2026-03-02 24:00')).toThrow(/Invalid Almaty time/)
    expect(() => fromAlmaty('2026-02-29 10:00')).toThrow(/Invalid ISO date "2026-02-29"/)
  })
})

describe('isoToDay()', () => {
  it('accepts leap days only in leap years', () => {
    expect(() => isoToDay('2028-02-29')).not.toThrow()
    expect(() => isoToDay('2027-02-29')).toThrow(/Invalid ISO date "2027-02-29"/)
  })

  it('rejects dates that are not YYYY-MM-DD', () => {
    for (const bad of ['2026-3-9', '2026-13-01', '2026-04-31', '26-03-09', '2026-03-09T00:00']) {
      expect(() => isoToDay(bad), bad).toThrow(/expected an existing date as YYYY-MM-DD/)
    }
  })
})
