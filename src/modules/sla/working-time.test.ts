import { describe, expect, it } from 'vitest'
import { createCalendar } from './calendar.ts'
import { defaultHours, kazakhstanCalendar } from './holidays.ts'
import { fromAlmaty as at, toAlmaty as show } from './time.ts'
import { addWorkingMinutes, nextWorkingInstant, workingMinutesBetween } from './working-time.ts'

// Default hours 09:00–13:00 and 14:30–18:30: 8 working hours a day.
// February 2026: Mon 9, Fri 13, Sat 14, Sun 15, Mon 16. May 2026: Thu 7 is a holiday.
const kz = kazakhstanCalendar()
const zhambyl = kazakhstanCalendar({
  hours: { start: '09:00', end: '19:00', lunch: ['13:00', '15:00'] },
})

describe('nextWorkingInstant()', () => {
  it('keeps an instant inside working time', () => {
    expect(show(nextWorkingInstant(at('2026-02-09 09:00'), kz))).toBe('2026-02-09 09:00')
    expect(show(nextWorkingInstant(at('2026-02-09 14:30'), kz))).toBe('2026-02-09 14:30')
    expect(show(nextWorkingInstant(at('2026-02-09 18:29'), kz))).toBe('2026-02-09 18:29')
  })

  it('moves a start before 09:00 to 09:00 and one in lunch to its end', () => {
    expect(show(nextWorkingInstant(at('2026-02-09 07:45'), kz))).toBe('2026-02-09 09:00')
    expect(show(nextWorkingInstant(at('2026-02-09 13:00'), kz))).toBe('2026-02-09 14:30')
    expect(show(nextWorkingInstant(at('2026-02-09 13:10'), zhambyl))).toBe('2026-02-09 15:00')
  })

  it('moves closing time, the night and the weekend to the next working morning', () => {
    expect(show(nextWorkingInstant(at('2026-02-09 18:30'), kz))).toBe('2026-02-10 09:00')
    expect(show(nextWorkingInstant(at('2026-02-13 20:00'), kz))).toBe('2026-02-16 09:00')
    expect(show(nextWorkingInstant(at('2026-02-15 11:00'), kz))).toBe('2026-02-16 09:00')
  })

  it('skips a holiday on a weekday', () => {
    // Wed 6 May after hours; Thu 7 May is Defender of the Fatherland Day.
    expect(show(nextWorkingInstant(at('2026-05-06 19:00'), kz))).toBe('2026-05-08 09:00')
  })
})

describe('addWorkingMinutes()', () => {
  it('skips the lunch break', () => {
    // 12:50 → 13:00 is 10 min, the other 20 after 14:30.
    expect(show(addWorkingMinutes(at('2026-02-09 12:50'), 30, kz))).toBe('2026-02-09 14:50')
    // Zhambyl lunch is 13:00–15:00: 20 min after 15:00.
    expect(show(addWorkingMinutes(at('2026-02-09 12:50'), 30, zhambyl))).toBe('2026-02-09 15:20')
  })

  it('stops at the end of a period when the time runs out exactly there', () => {
    expect(show(addWorkingMinutes(at('2026-02-09 09:00'), 240, kz))).toBe('2026-02-09 13:00')
    // Mon 09:00 + 40 h = five full 8-hour days: Friday 18:30, not Monday 09:00.
    expect(show(addWorkingMinutes(at('2026-02-09 09:00'), 2400, kz))).toBe('2026-02-13 18:30')
  })

  it('counts fractions of a minute', () => {
    expect(addWorkingMinutes(at('2026-02-09 10:00'), 0.5, kz).toISOString()).toBe(
      '2026-02-09T05:00:30.000Z',
    )
  })

  it('rejects a negative or non-finite amount', () => {
    expect(() => addWorkingMinutes(at('2026-02-09 10:00'), -1, kz)).toThrow(
      'Invalid working minutes -1: expected a finite number ≥ 0',
    )
    expect(() => addWorkingMinutes(at('2026-02-09 10:00'), Infinity, kz)).toThrow(RangeError)
  })
})

describe('workingMinutesBetween()', () => {
  it('counts only working time across lunch, nights and the weekend', () => {
    // Fri 17:00–18:30 = 90, Mon 09:00–10:00 = 60.
    expect(workingMinutesBetween(at('2026-02-13 17:00'), at('2026-02-16 10:00'), kz)).toBe(150)
    // 12:00–13:00 = 60, 14:30–15:00 = 30.
    expect(workingMinutesBetween(at('2026-02-09 12:00'), at('2026-02-09 15:00'), kz)).toBe(90)
  })

  it('is negative when the end comes first', () => {
    expect(workingMinutesBetween(at('2026-02-16 10:00'), at('2026-02-13 17:00'), kz)).toBe(-150)
  })

  it('counts nothing on a holiday or a weekend', () => {
    expect(workingMinutesBetween(at('2026-05-07 00:00'), at('2026-05-08 00:00'), kz)).toBe(0)
    expect(workingMinutesBetween(at('2026-02-14 00:00'), at('2026-02-16 00:00'), kz)).toBe(0)
  })

  it('counts a working Saturday of a custom calendar', () => {
    const calendar = createCalendar({
      holidays: ['2026-01-05'],
      workingDays: ['2026-01-10'],
      hours: defaultHours,
    })
    // Mon 5 Jan off, Sat 10 Jan working: Mon–Sun holds Tue–Fri and Sat, 5 × 480 minutes.
    expect(workingMinutesBetween(at('2026-01-05 00:00'), at('2026-01-12 00:00'), calendar)).toBe(
      2400,
    )
  })

  it('agrees with addWorkingMinutes()', () => {
    const start = at('2026-03-19 16:47')
    const end = addWorkingMinutes(start, 1234, kz)
    expect(workingMinutesBetween(start, end, kz)).toBe(1234)
  })
})
