import { describe, expect, it } from 'vitest'
import kk from '../../../locales/kk/sla.json' with { type: 'json' }
import ru from '../../../locales/ru/sla.json' with { type: 'json' }
import { isWorkingDay } from './calendar.ts'
import { computeKazakhstanDaysOff, type DayOff } from './holiday-rules.ts'
import { defaultHours, kazakhstanCalendar, kazakhstanDaysOff } from './holidays.ts'
import { isoToDay, weekdayOf } from './time.ts'

function year(rows: readonly DayOff[], prefix: string): DayOff[] {
  return rows.filter((row) => row.date.startsWith(prefix))
}

function withoutStatus(rows: readonly DayOff[]): Omit<DayOff, 'status'>[] {
  return rows.map(({ date, kind, holiday }) => ({ date, kind, holiday }))
}

describe('kazakhstanDaysOff', () => {
  it('holds exactly the published weekday days off of 2026', () => {
    const rows = year(kazakhstanDaysOff, '2026-')
    expect(rows.map((row) => row.date)).toEqual([
      ...['2026-01-01', '2026-01-02', '2026-01-07'],
      ...['2026-03-09', '2026-03-23', '2026-03-24', '2026-03-25'],
      ...['2026-05-01', '2026-05-07', '2026-05-11', '2026-05-27'],
      ...['2026-07-06', '2026-08-31', '2026-10-26', '2026-12-16'],
    ])
    expect(rows.every((row) => row.status === 'published')).toBe(true)
  })

  it('names the holiday each 2026 day off comes from', () => {
    const rows = year(kazakhstanDaysOff, '2026-')
    const moved = rows.filter((row) => row.kind === 'moved').map((row) => [row.date, row.holiday])
    expect(moved).toEqual([
      ['2026-03-09', 'womensDay'],
      ['2026-03-24', 'nauryz'],
      ['2026-03-25', 'nauryz'],
      ['2026-05-11', 'victoryDay'],
      ['2026-08-31', 'constitutionDay'],
      ['2026-10-26', 'republicDay'],
    ])
    expect(rows.find((row) => row.date === '2026-05-27')?.holiday).toBe('kurbanAit')
  })

  it('matches the rules for 2025 and 2027, marked computed for an administrator', () => {
    expect(year(kazakhstanDaysOff, '2025-')).toEqual(computeKazakhstanDaysOff(2025, '2025-06-06'))
    expect(year(kazakhstanDaysOff, '2027-')).toEqual(computeKazakhstanDaysOff(2027, '2027-05-16'))
  })

  it('lists only weekdays, sorted and without duplicates', () => {
    const days = kazakhstanDaysOff.map((row) => isoToDay(row.date))
    expect(days.every((day) => weekdayOf(day) >= 1 && weekdayOf(day) <= 5)).toBe(true)
    expect(days.every((day, i) => i === 0 || day > (days[i - 1] as number))).toBe(true)
  })

  it('has a Kazakh and a Russian name for every holiday', () => {
    for (const { holiday } of kazakhstanDaysOff) {
      expect(kk.holidays[holiday], holiday).toMatch(/\S/)
      expect(ru.holidays[holiday], holiday).toMatch(/\S/)
    }
  })
})

describe('computeKazakhstanDaysOff()', () => {
  it('reproduces the published 2026 calendar from the rules', () => {
    const rules = computeKazakhstanDaysOff(2026, '2026-05-27')
    expect(withoutStatus(rules)).toEqual(withoutStatus(year(kazakhstanDaysOff, '2026-')))
    expect(rules.every((row) => row.status === 'computed')).toBe(true)
  })

  it('moves a weekend Nauryz day past the other Nauryz days', () => {
    // 2027: 21 March is a Sunday, 22 and 23 are holidays anyway, so it moves to Wednesday 24.
    const march = year(computeKazakhstanDaysOff(2027, '2027-05-16'), '2027-03-2')
    expect(march.map((row) => [row.date, row.kind])).toEqual([
      ['2027-03-22', 'holiday'],
      ['2027-03-23', 'holiday'],
      ['2027-03-24', 'moved'],
    ])
  })

  it('does not move 7 January or Kurban Ait off a weekend', () => {
    // 7 January 2029 is a Sunday; Kurban Ait 2027 begins on Sunday 16 May.
    const rows = [
      ...computeKazakhstanDaysOff(2029, '2029-04-24'),
      ...computeKazakhstanDaysOff(2027, '2027-05-16'),
    ]
    expect(rows.filter((row) => row.holiday === 'orthodoxChristmas').map((row) => row.date))
      .toEqual(['2027-01-07'])
    expect(rows.filter((row) => row.holiday === 'kurbanAit').map((row) => row.date)).toEqual([
      '2029-04-24',
    ])
  })

  it('rejects a Kurban Ait date of another year and a year before UTC+5', () => {
    expect(() => computeKazakhstanDaysOff(2026, '2027-05-16')).toThrow(
      'Invalid Kurban Ait date "2027-05-16": expected a date in 2026',
    )
    expect(() => computeKazakhstanDaysOff(2023, '2023-06-28')).toThrow(/Invalid year 2023/)
  })
})

describe('kazakhstanCalendar()', () => {
  it('builds the seeded calendar with the default hours', () => {
    const calendar = kazakhstanCalendar()
    expect(calendar.hours).toEqual(defaultHours)
    expect(isWorkingDay('2026-03-09', calendar)).toBe(false)
    expect(isWorkingDay('2026-03-10', calendar)).toBe(true)
    expect(isWorkingDay('2027-05-03', calendar)).toBe(false)
  })

  it('adds extra dates and the provider hours', () => {
    const hours = { start: '09:00', end: '19:00', lunch: ['13:00', '15:00'] as const }
    const calendar = kazakhstanCalendar({
      holidays: ['2026-01-05', '2026-01-01'],
      workingDays: ['2026-01-10'],
      hours,
    })
    expect(isWorkingDay('2026-01-05', calendar)).toBe(false)
    expect(isWorkingDay('2026-01-10', calendar)).toBe(true)
    expect(calendar.hours).toEqual(hours)
  })
})

describe('locales/{kk,ru}/sla.json', () => {
  it('have the same keys in both languages', () => {
    for (const group of ['dayKinds', 'holidays', 'statuses'] as const) {
      expect(Object.keys(kk[group]), group).toEqual(Object.keys(ru[group]))
      expect(Object.keys(kk[group]), group).toEqual(Object.keys(kk[group]).sort())
    }
  })
})
