import { describe, expect, it } from 'vitest'
import { createCalendar } from './calendar.ts'
import { dueAt, type Norm } from './due.ts'
import { defaultHours, kazakhstanCalendar } from './holidays.ts'
import { fromAlmaty as at, toAlmaty as show } from './time.ts'

// Default hours 09:00–13:00 and 14:30–18:30. February 2026: Mon 9 … Fri 13, Sat 14, Sun 15,
// Mon 16. Days off from the 2026 seed: Mon 9 March (8 March is a Sunday), Mon 23 – Wed 25 March
// (Nauryz), Thu 7 May, Mon 31 August (30 August is a Sunday).
const kz = kazakhstanCalendar()
const zhambyl = kazakhstanCalendar({
  hours: { start: '09:00', end: '19:00', lunch: ['13:00', '15:00'] },
})
// A decree moves the day off from Saturday 10 January to Monday 5 January.
const transfer = createCalendar({
  holidays: ['2026-01-05'],
  workingDays: ['2026-01-10'],
  hours: defaultHours,
})

function due(start: string, amount: number, unit: Norm['unit'], calendar = kz): string {
  return show(dueAt(at(start), { amount, unit }, calendar))
}

describe('dueAt() with minutes and hours', () => {
  it('skips the lunch break', () => {
    expect(due('2026-02-09 12:50', 30, 'minute')).toBe('2026-02-09 14:50')
    expect(due('2026-02-09 13:20', 1, 'hour')).toBe('2026-02-09 15:30') // starts 14:30
  })

  it('skips the Zhambyl lunch break of 13:00–15:00 and counts to 19:00', () => {
    expect(due('2026-02-09 12:00', 2, 'hour', zhambyl)).toBe('2026-02-09 16:00') // 1 h + 1 h
    expect(due('2026-02-09 18:30', 1, 'hour', zhambyl)).toBe('2026-02-10 09:30') // 30 + 30 min
  })

  it('skips the night and the weekend', () => {
    // Fri 18:20–18:30 = 10 min, Mon 09:00–09:50 = 50 min.
    expect(due('2026-02-13 18:20', 1, 'hour')).toBe('2026-02-16 09:50')
  })

  it('skips a Monday that is off because 8 March falls on a Sunday', () => {
    expect(due('2026-03-06 18:20', 1, 'hour')).toBe('2026-03-10 09:50')
  })

  it('skips a holiday that falls on a weekday', () => {
    // Wed 18:00–18:30 = 30 min, Thu 7 May off, Fri 09:00–09:30 = 30 min.
    expect(due('2026-05-06 18:00', 1, 'hour')).toBe('2026-05-08 09:30')
    // Wed 8 h + Fri 8 h = 960 min, ending at Friday's closing time.
    expect(due('2026-05-06 09:00', 960, 'minute')).toBe('2026-05-08 18:30')
  })

  it('begins counting at the next working instant', () => {
    expect(due('2026-02-09 07:45', 30, 'minute')).toBe('2026-02-09 09:30') // before 09:00
    expect(due('2026-02-09 19:40', 1, 'hour')).toBe('2026-02-10 10:00') // after closing
    expect(due('2026-02-15 11:00', 1, 'hour')).toBe('2026-02-16 10:00') // on a Sunday
  })

  it('counts across several days', () => {
    // Mon 10–13 + 14:30–18:30 = 7 h; Tue 8 h (15); Wed 09–13 = 4 h (19) and 14:30–15:30 (20).
    expect(due('2026-02-09 10:00', 20, 'hour')).toBe('2026-02-11 15:30')
  })

  it('counts a transferred working Saturday', () => {
    expect(due('2026-01-09 18:00', 1, 'hour', transfer)).toBe('2026-01-10 09:30')
    expect(due('2026-01-02 18:00', 1, 'hour', transfer)).toBe('2026-01-06 09:30') // Mon 5 off
  })
})

describe('dueAt() with working days', () => {
  it('keeps the time of day and skips the weekend', () => {
    expect(due('2026-02-09 10:00', 2, 'workingDay')).toBe('2026-02-11 10:00')
    expect(due('2026-02-13 17:00', 1, 'workingDay')).toBe('2026-02-16 17:00')
  })

  it('skips a holiday that falls on a weekday', () => {
    expect(due('2026-05-06 10:00', 1, 'workingDay')).toBe('2026-05-08 10:00')
  })

  it('skips the days a weekend holiday moved to', () => {
    // Sat 7, Sun 8 March, Mon 9 March off.
    expect(due('2026-03-06 10:00', 1, 'workingDay')).toBe('2026-03-10 10:00')
    // Sat 29, Sun 30 August, Mon 31 August off.
    expect(due('2026-08-28 12:00', 1, 'workingDay')).toBe('2026-09-01 12:00')
    // Nauryz: Mon 23 (holiday), Tue 24 and Wed 25 (moved from Sat 21 and Sun 22) off.
    expect(due('2026-03-20 11:00', 1, 'workingDay')).toBe('2026-03-26 11:00')
  })

  it('counts a transferred working Saturday', () => {
    expect(due('2026-01-09 10:00', 1, 'workingDay', transfer)).toBe('2026-01-10 10:00')
    // Fri 2 → Tue 6 (1), … Fri 9 (4), Sat 10 (5).
    expect(due('2026-01-02 10:00', 5, 'workingDay', transfer)).toBe('2026-01-10 10:00')
  })

  it('first moves a start outside working time to the next working instant', () => {
    expect(due('2026-02-09 07:45', 1, 'workingDay')).toBe('2026-02-10 09:00')
    expect(due('2026-02-09 13:20', 1, 'workingDay')).toBe('2026-02-10 14:30') // during lunch
    expect(due('2026-02-09 19:40', 1, 'workingDay')).toBe('2026-02-11 09:00') // Tue 09:00 + 1
    expect(due('2026-02-15 11:00', 2, 'workingDay')).toBe('2026-02-18 09:00') // Mon 09:00 + 2
    expect(due('2026-02-14 11:00', 0, 'workingDay')).toBe('2026-02-16 09:00')
  })
})

describe('dueAt() rejects invalid input', () => {
  const start = at('2026-02-09 10:00')

  it('rejects an unknown unit', () => {
    const norm = { amount: 1, unit: 'week' } as unknown as Norm
    expect(() => dueAt(start, norm, kz)).toThrow(
      'Invalid norm unit "week": expected minute, hour, workingDay, calendarDay',
    )
  })

  it('rejects negative, non-finite and fractional day amounts', () => {
    expect(() => dueAt(start, { amount: -1, unit: 'minute' }, kz)).toThrow(
      'Invalid norm amount -1 for unit "minute": expected a number ≥ 0',
    )
    expect(() => dueAt(start, { amount: NaN, unit: 'hour' }, kz)).toThrow(/amount NaN/)
    expect(() => dueAt(start, { amount: 1.5, unit: 'workingDay' }, kz)).toThrow(
      'Invalid norm amount 1.5 for unit "workingDay": expected a whole number ≥ 0',
    )
    expect(() => dueAt(start, { amount: 0.5, unit: 'calendarDay' }, kz)).toThrow(/whole number/)
  })

  it('rejects an invalid start', () => {
    expect(() => dueAt(new Date(NaN), { amount: 1, unit: 'hour' }, kz)).toThrow(
      'Invalid start "Invalid Date": expected a valid Date',
    )
  })

  it('rejects excluding the acceptance day outside working-day norms of at least 1', () => {
    const options = { excludeAcceptanceDay: true }
    expect(() => dueAt(start, { amount: 4, unit: 'hour' }, kz, options)).toThrow(
      /Cannot exclude the acceptance day from 4 hour/,
    )
    expect(() => dueAt(start, { amount: 0, unit: 'workingDay' }, kz, options)).toThrow(
      /Cannot exclude the acceptance day from 0 workingDay/,
    )
  })

  it('accepts half an hour as an hour norm', () => {
    expect(show(dueAt(start, { amount: 0.5, unit: 'hour' }, kz))).toBe('2026-02-09 10:30')
  })
})
