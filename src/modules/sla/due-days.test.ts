import { describe, expect, it } from 'vitest'
import { dueAt, type Norm, sumNorms } from './due.ts'
import { kazakhstanCalendar } from './holidays.ts'
import { fromAlmaty as at, toAlmaty as show } from './time.ts'

// Default hours end at 18:30. 2026: Mon 9 Feb … Fri 13, Sat 14, Sun 15, Mon 16; Nauryz days off
// Mon 23 – Wed 25 March; Thu 7 May off; Sat 9 May moved to Mon 11 May; Wed 16 December off.
const kz = kazakhstanCalendar()
const zhambyl = kazakhstanCalendar({
  hours: { start: '09:00', end: '19:00', lunch: ['13:00', '15:00'] },
})
const excluded = { excludeAcceptanceDay: true }

function dueExcluding(start: string, days: number, calendar = kz): string {
  return show(dueAt(at(start), { amount: days, unit: 'workingDay' }, calendar, excluded))
}

describe('dueAt() without the day of acceptance', () => {
  it('ends at closing time of the Nth working day after the acceptance date', () => {
    // Tue (1), Wed (2), Thu (3), Fri (4).
    expect(dueExcluding('2026-02-09 10:00', 4)).toBe('2026-02-13 18:30')
    expect(dueExcluding('2026-02-09 10:00', 2, zhambyl)).toBe('2026-02-11 19:00')
  })

  it('starts counting on Monday for documents accepted at the weekend', () => {
    expect(dueExcluding('2026-02-14 11:00', 1)).toBe('2026-02-16 18:30') // Saturday
    expect(dueExcluding('2026-02-14 11:00', 2)).toBe('2026-02-17 18:30')
    expect(dueExcluding('2026-02-15 11:00', 1)).toBe('2026-02-16 18:30') // Sunday
  })

  it('takes the local date of acceptance, whatever the hour', () => {
    expect(dueExcluding('2026-02-09 19:40', 1)).toBe('2026-02-10 18:30')
    expect(dueExcluding('2026-02-10 00:30', 1)).toBe('2026-02-11 18:30') // 2026-02-09T19:30Z
    expect(dueExcluding('2026-05-07 10:00', 1)).toBe('2026-05-08 18:30') // accepted on a holiday
  })

  it('skips holidays and their moved days', () => {
    // Fri 20 (1), Mon 23 – Wed 25 off, Thu 26 (2), Fri 27 (3), Mon 30 (4).
    expect(dueExcluding('2026-03-19 09:30', 4)).toBe('2026-03-30 18:30')
  })

  it('reads the rule from the norm unless the options say otherwise', () => {
    const norm: Norm = { amount: 4, unit: 'workingDay', excludeAcceptanceDay: true }
    expect(show(dueAt(at('2026-02-09 10:00'), norm, kz))).toBe('2026-02-13 18:30')
    const counted = dueAt(at('2026-02-09 10:00'), norm, kz, { excludeAcceptanceDay: false })
    expect(show(counted)).toBe('2026-02-13 10:00')
  })
})

describe('dueAt() with calendar days', () => {
  function due(start: string, days: number): string {
    return show(dueAt(at(start), { amount: days, unit: 'calendarDay' }, kz))
  }

  it('adds whole days when the last day is a working day', () => {
    expect(due('2026-02-09 10:00', 3)).toBe('2026-02-12 10:00')
    expect(due('2026-02-14 10:00', 2)).toBe('2026-02-16 10:00') // started on a Saturday
    expect(due('2026-02-09 20:00', 1)).toBe('2026-02-10 20:00') // office hours do not matter
  })

  it('ends on the next working day when the last day is a holiday', () => {
    // Sat 9 May is Victory Day; Sun 10; Mon 11 is its moved day off; Tue 12.
    expect(due('2026-05-08 10:00', 1)).toBe('2026-05-12 10:00')
    // Wed 16 December is Independence Day.
    expect(due('2026-12-14 15:00', 2)).toBe('2026-12-17 15:00')
  })

  it('ends on the next working day when the last day is a weekend', () => {
    expect(due('2026-02-12 11:00', 2)).toBe('2026-02-16 11:00')
  })
})

describe('sumNorms()', () => {
  // Aktobe grain license, issue [000 L88-129]: office, management, executor, interested
  // authority, executor, management signing ("1 day"), office.
  const aktobeIssue: Norm[] = [
    { amount: 30, unit: 'minute' },
    { amount: 1, unit: 'workingDay' },
    { amount: 2, unit: 'workingDay' },
    { amount: 5, unit: 'workingDay' },
    { amount: 1, unit: 'workingDay' },
    { amount: 1, unit: 'calendarDay' },
    { amount: 30, unit: 'minute' },
  ]

  it('chains the Aktobe grain-license issue route over 9 March', () => {
    // Mon 2 Mar 10:00 → 10:30 → Tue 3 → Thu 5 → 5 wd: Fri 6, (Mon 9 off) Tue 10, Wed 11, Thu 12,
    // Fri 13 → 1 wd: Mon 16 → 1 day: Tue 17 10:30 → 30 min: Tue 17 11:00.
    expect(show(sumNorms(at('2026-03-02 10:00'), aktobeIssue, kz))).toBe('2026-03-17 11:00')
  })

  it('chains the Aktobe grain-license issue route over Nauryz', () => {
    // Mon 16 Mar 10:00 → 10:30 → Tue 17 → Thu 19 → 5 wd: Fri 20, (Mon 23 – Wed 25 off) Thu 26,
    // Fri 27, Mon 30, Tue 31 → 1 wd: Wed 1 Apr → 1 day: Thu 2 Apr 10:30 → 30 min: 11:00.
    expect(show(sumNorms(at('2026-03-16 10:00'), aktobeIssue, kz))).toBe('2026-04-02 11:00')
  })

  it('honours a norm that excludes the day of acceptance', () => {
    // Aktobe 2019 design license [001 L129-168]: 15 min, 1 h, 1 wd, 4 wd without acceptance day.
    // Mon 10:00 → 10:15 → 11:15 → Tue 11:15 → Wed (1), Thu (2), Fri (3), Mon 16 (4) at 18:30.
    const norms: Norm[] = [
      { amount: 15, unit: 'minute' },
      { amount: 1, unit: 'hour' },
      { amount: 1, unit: 'workingDay' },
      { amount: 4, unit: 'workingDay', excludeAcceptanceDay: true },
    ]
    expect(show(sumNorms(at('2026-02-09 10:00'), norms, kz))).toBe('2026-02-16 18:30')
  })

  it('returns the start for an empty chain', () => {
    expect(show(sumNorms(at('2026-02-14 10:00'), [], kz))).toBe('2026-02-14 10:00')
  })
})
