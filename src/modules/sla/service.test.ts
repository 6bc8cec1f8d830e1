import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dialects, testDb } from '../../../test/helpers/db.ts'
import type { Db } from '../../db/connect.ts'
import { fixedClock } from '../../lib/clock.ts'
import { dueAt, fromAlmaty, isWorkingDay, kazakhstanDaysOff, toAlmaty } from './index.ts'
import {
  addCalendarDay,
  confirmCalendarDay,
  listCalendarDays,
  loadCalendar,
  removeCalendarDay,
  syncCalendar,
} from './service.ts'

describe.each(dialects)('$name: the calendar table', ({ name }) => {
  let db: Db
  const clock = fixedClock('2026-03-02T05:00:00Z')
  const editor = { accountId: 'admin-1' }
  beforeEach(async () => {
    db = await testDb(name)
  })
  afterEach(() => db.close())

  it('syncCalendar() seeds every day off once and never brings back a removed one', async () => {
    expect(await syncCalendar({ db, clock })).toBe(kazakhstanDaysOff.length)
    expect(await removeCalendarDay({ db, clock }, editor, '2026-03-09')).toBe(true)
    expect(await syncCalendar({ db, clock })).toBe(0)
    const calendar = await loadCalendar({ db })
    expect(isWorkingDay('2026-03-09', calendar)).toBe(true)
    expect(isWorkingDay('2026-03-23', calendar)).toBe(false)
  })

  it("loadCalendar() counts working days with the table and the provider's hours", async () => {
    await syncCalendar({ db, clock })
    const zhambyl = await loadCalendar({ db }, {
      start: '09:00',
      end: '19:00',
      lunch: ['13:00', '15:00'],
    })
    const due = dueAt(fromAlmaty('2026-03-06 18:50'), { amount: 30, unit: 'minute' }, zhambyl)
    expect(toAlmaty(due)).toBe('2026-03-10 09:20')
  })

  it('addCalendarDay() refuses a weekend day off, a working weekday and a date already listed', async () => {
    await syncCalendar({ db, clock })
    const day = (date: string, kind: 'decree' | 'workday') => ({
      date,
      kind,
      holiday: null,
      note: 'Қаулы',
    })
    expect(await addCalendarDay({ db, clock }, editor, day('2026-04-04', 'decree'))).toEqual({
      ok: false,
      error: 'weekendOff',
    })
    expect(await addCalendarDay({ db, clock }, editor, day('2026-04-06', 'workday'))).toEqual({
      ok: false,
      error: 'weekdayWorking',
    })
    expect(await addCalendarDay({ db, clock }, { ...editor }, { ...day('2026-03-09', 'decree') }))
      .toEqual({ ok: false, error: 'exists' })
    expect(await addCalendarDay({ db, clock }, editor, day('2026-04-04', 'workday'))).toEqual({
      ok: true,
    })
    expect(isWorkingDay('2026-04-04', await loadCalendar({ db }))).toBe(true)
  })

  it('confirmCalendarDay() confirms a computed day once; a removed day cannot be confirmed', async () => {
    await syncCalendar({ db, clock })
    expect(await confirmCalendarDay({ db, clock }, editor, '2025-03-21')).toBe(true)
    expect(await confirmCalendarDay({ db, clock }, editor, '2025-03-21')).toBe(false)
    await removeCalendarDay({ db, clock }, editor, '2025-03-24')
    expect(await confirmCalendarDay({ db, clock }, editor, '2025-03-24')).toBe(false)
    const rows = await listCalendarDays({ db }, 2025)
    expect(rows.find((r) => r.date === '2025-03-24')?.removed_by).toBe('admin-1')
  })
})
