import { describe, expect, it } from 'vitest'
import { createCalendar, isWorkingDay, type WorkingHours } from './calendar.ts'
import { fromAlmaty } from './time.ts'

const hours: WorkingHours = { start: '09:00', end: '18:30', lunch: ['13:00', '14:30'] }

describe('createCalendar()', () => {
  it('keeps the dates sorted and without duplicates', () => {
    const calendar = createCalendar({
      holidays: ['2026-05-07', '2026-05-01', '2026-05-07'],
      workingDays: ['2026-01-10'],
      hours,
    })
    expect(calendar.holidays).toEqual(['2026-05-01', '2026-05-07'])
    expect(calendar.workingDays).toEqual(['2026-01-10'])
    expect(calendar.hours).toEqual(hours)
  })

  it('returns a calendar that cannot be changed afterwards', () => {
    const input = { holidays: ['2026-05-01'], hours: { ...hours, lunch: null } }
    const calendar = createCalendar(input)
    input.holidays.push('2026-05-04')
    expect(isWorkingDay('2026-05-04', calendar)).toBe(true)
    expect(Object.isFrozen(calendar)).toBe(true)
    expect(Object.isFrozen(calendar.holidays)).toBe(true)
    expect(Object.isFrozen(calendar.hours)).toBe(true)
    expect(() => (calendar.holidays as string[]).push('2026-05-05')).toThrow(TypeError)
  })

  it('rejects a date that is not an existing ISO date', () => {
    expect(() => createCalendar({ holidays: ['2026-02-30'], hours })).toThrow(
      'Invalid ISO date "2026-02-30": expected an existing date as YYYY-MM-DD',
    )
    expect(() => createCalendar({ workingDays: ['10.01.2026'], hours })).toThrow(
      /Invalid ISO date "10.01.2026"/,
    )
  })

  it('rejects a date that is both a holiday and a working day', () => {
    expect(() => createCalendar({ holidays: ['2026-01-10'], workingDays: ['2026-01-10'], hours }))
      .toThrow('Invalid calendar: "2026-01-10" is both a holiday and a working day')
  })

  it('rejects times that are not HH:MM', () => {
    expect(() => createCalendar({ hours: { ...hours, start: '9:00' } })).toThrow(
      'Invalid working hours start "9:00": expected HH:MM',
    )
    expect(() => createCalendar({ hours: { ...hours, end: '24:00' } })).toThrow(/end "24:00"/)
  })

  it('rejects an end that is not after the start', () => {
    expect(() => createCalendar({ hours: { start: '18:00', end: '09:00', lunch: null } })).toThrow(
      'Invalid working hours: end "09:00" is not after start "18:00"',
    )
    expect(() => createCalendar({ hours: { start: '09:00', end: '09:00', lunch: null } })).toThrow(
      /is not after start/,
    )
  })

  it('rejects a lunch break that is not strictly inside the hours', () => {
    const lunches: [string, string][] = [
      ['08:00', '09:30'],
      ['18:00', '19:00'],
      ['14:30', '13:00'],
      ['09:00', '10:00'],
      ['13:00', '13:00'],
    ]
    for (const lunch of lunches) {
      expect(() => createCalendar({ hours: { ...hours, lunch } }), lunch.join('–')).toThrow(
        /Invalid working hours: lunch/,
      )
    }
  })
})

describe('isWorkingDay()', () => {
  const calendar = createCalendar({
    holidays: ['2026-01-05'],
    workingDays: ['2026-01-10'],
    hours,
  })

  it('counts Monday to Friday and not the weekend', () => {
    expect(isWorkingDay('2026-01-09', calendar)).toBe(true) // Friday
    expect(isWorkingDay('2026-01-11', calendar)).toBe(false) // Sunday
  })

  it('honours holidays on weekdays and working Saturdays', () => {
    expect(isWorkingDay('2026-01-05', calendar)).toBe(false) // Monday, off
    expect(isWorkingDay('2026-01-10', calendar)).toBe(true) // Saturday, working
  })

  it('takes the local date of an instant, not its UTC date', () => {
    // 2026-01-04T19:30Z is Monday 5 January 00:30 in Almaty, a day off; in UTC still Sunday.
    expect(isWorkingDay(new Date('2026-01-04T19:30:00Z'), calendar)).toBe(false)
    // Friday 9 January 23:59 Almaty.
    expect(isWorkingDay(fromAlmaty('2026-01-09 23:59'), calendar)).toBe(true)
  })
})
