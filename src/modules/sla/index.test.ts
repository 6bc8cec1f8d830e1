import { describe, expect, it } from 'vitest'
import {
  createCalendar,
  defaultHours,
  dueAt,
  fromAlmaty,
  kazakhstanCalendar,
  toAlmaty,
} from './index.ts'

describe('sla public index', () => {
  it('computes the example of its module documentation', () => {
    const due = dueAt(
      fromAlmaty('2026-03-06 10:00'),
      { amount: 1, unit: 'workingDay' },
      kazakhstanCalendar(),
    )
    expect(toAlmaty(due)).toBe('2026-03-10 10:00')
  })

  it('lets anyone build a calendar from ISO dates and check a deadline by hand', () => {
    // Tue 9 June 2026 off by this calendar: Mon 8 June 10:00 + 1 working day is Wed 10 June.
    const calendar = createCalendar({
      holidays: ['2026-06-09'],
      workingDays: [],
      hours: defaultHours,
    })
    const due = dueAt(fromAlmaty('2026-06-08 10:00'), { amount: 1, unit: 'workingDay' }, calendar)
    expect(toAlmaty(due)).toBe('2026-06-10 10:00')
  })
})
