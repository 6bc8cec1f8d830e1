import { describe, expect, it } from 'vitest'
import type { Regulation } from '../catalog/index.ts'
import { seedRegulations } from '../catalog/seeds.ts'
import { fromAlmaty, kazakhstanCalendar, toAlmaty } from '../sla/index.ts'
import { nextAlertAt, overallDue, raisedLevel, stepDue } from './deadlines.ts'
import { stepOf, subServiceOf } from './route.ts'

const regulation = (id: string) => (seedRegulations as Regulation[]).find((r) => r.id === id)!
const calendar = kazakhstanCalendar()
const zhambylHours = kazakhstanCalendar({
  hours: { start: '09:00', end: '19:00', lunch: ['13:00', '15:00'] },
})
const monday = fromAlmaty('2026-03-02 10:00')

describe('overallDue()', () => {
  it('chains the Aktobe grain issue norms: 30 min, 1+2+5+1 wd, 1 day, 30 min (9 March off)', () => {
    // 10:30 → Tue 10:30 → Thu 10:30 → Fri 13th 10:30 (Mon 9th off) → Mon 16th → Tue 17th → 11:00
    const due = overallDue(
      subServiceOf(regulation('aktobe-grain-license'), 'issue'),
      monday,
      calendar,
      null,
    )
    expect(toAlmaty(due)).toBe('2026-03-17 11:00')
  })

  it('counts the stated 15 working days of Zhambyl over 9 and 23–25 March', () => {
    const sub = subServiceOf(regulation('zhambyl-grain-license'), 'issue')
    expect(toAlmaty(overallDue(sub, monday, calendar, null))).toBe('2026-03-27 10:00')
  })

  it('ends the Aktobe 2019 draft at the close of its 4th working day after the check (day of acceptance not counted)', () => {
    // 10:15 → 11:15 → Tue 11:15; then 4 wd after Tue: Wed, Thu, Fri, (Mon 9th off) Tue 10th 18:30
    const sub = subServiceOf(regulation('aktobe-design-license'), 'issue')
    expect(toAlmaty(overallDue(sub, monday, calendar, null))).toBe('2026-03-10 18:30')
  })

  it('uses the re-issue class B norm of 2 working days', () => {
    const sub = subServiceOf(regulation('aktobe-design-license'), 'reissue')
    expect(toAlmaty(overallDue(sub, monday, calendar, 'B'))).toBe('2026-03-05 18:30')
    expect(toAlmaty(overallDue(sub, monday, calendar, 'A'))).toBe('2026-03-10 18:30')
  })
})

describe('stepDue()', () => {
  it('gives a step without a norm no deadline, and a 30-minute step its working minutes', () => {
    const sub = subServiceOf(regulation('zhambyl-grain-license'), 'issue')
    expect(stepDue(stepOf(sub, 'draft'), monday, calendar, null)).toBeNull()
    const lateFriday = fromAlmaty('2026-03-06 18:50')
    expect(toAlmaty(stepDue(stepOf(sub, 'register'), lateFriday, zhambylHours, null)!)).toBe(
      '2026-03-10 09:20',
    )
  })
})

describe('nextAlertAt() and raisedLevel()', () => {
  const start = monday
  const due = fromAlmaty('2026-03-02 10:40')
  it('schedules the nearing point at 25 % left, then the breach just after the deadline', () => {
    expect(toAlmaty(new Date(nextAlertAt([{ start, due, alert: 'none' }], calendar, 0.25)!))).toBe(
      '2026-03-02 10:30',
    )
    expect(nextAlertAt([{ start, due, alert: 'nearing' }], calendar, 0.25)).toBe(
      '2026-03-02T05:40:00.001Z',
    )
    expect(
      nextAlertAt(
        [{ start, due, alert: 'breached' }, { start, due: null, alert: 'none' }],
        calendar,
        0.25,
      ),
    ).toBeNull()
  })

  it('raises a level once: nearing, then breached, never again', () => {
    expect(
      raisedLevel({ start, due, alert: 'none' }, fromAlmaty('2026-03-02 10:20'), calendar, 0.25),
    ).toBeNull()
    expect(
      raisedLevel({ start, due, alert: 'none' }, fromAlmaty('2026-03-02 10:31'), calendar, 0.25),
    ).toBe('nearing')
    expect(
      raisedLevel({ start, due, alert: 'nearing' }, fromAlmaty('2026-03-02 10:35'), calendar, 0.25),
    ).toBeNull()
    expect(
      raisedLevel({ start, due, alert: 'none' }, fromAlmaty('2026-03-02 11:00'), calendar, 0.25),
    ).toBe('breached')
  })
})
