import { describe, expect, it } from 'vitest'
import { kazakhstanCalendar } from './holidays.ts'
import { deadlineState, extendByPause, nearingBreachAt, remainingShare } from './progress.ts'
import { fromAlmaty as at, toAlmaty as show } from './time.ts'
import { workingMinutesBetween } from './working-time.ts'

// Default hours 09:00–13:00 and 14:30–18:30, 480 working minutes a day. February 2026:
// Mon 9 … Fri 13, Sat 14, Sun 15, Mon 16. Thu 7 May 2026 is a holiday.
const kz = kazakhstanCalendar()

describe('extendByPause()', () => {
  it('moves the deadline by the working time of the pause', () => {
    // Pause Mon 16:00–18:30 (150) + Tue 09:00–11:00 (120) = 270 min.
    // Due Wed 15:00 + 270: Wed 15:00–18:30 (210), Thu 09:00–10:00 (60).
    const due = extendByPause(
      at('2026-02-11 15:00'),
      at('2026-02-09 16:00'),
      at('2026-02-10 11:00'),
      kz,
    )
    expect(show(due)).toBe('2026-02-12 10:00')
  })

  it('does not count a holiday inside the pause', () => {
    // Wed 18:00–18:30 (30) + Thu 7 May off + Fri 09:00–09:30 (30); due Fri 12:00 + 60 min.
    const due = extendByPause(
      at('2026-05-08 12:00'),
      at('2026-05-06 18:00'),
      at('2026-05-08 09:30'),
      kz,
    )
    expect(show(due)).toBe('2026-05-08 13:00')
  })

  it('leaves the deadline as it is after a pause with no working time', () => {
    const due = at('2026-02-16 18:30')
    expect(show(extendByPause(due, at('2026-02-14 10:00'), at('2026-02-15 18:00'), kz))).toBe(
      '2026-02-16 18:30',
    )
    expect(show(extendByPause(due, at('2026-02-16 13:00'), at('2026-02-16 14:30'), kz))).toBe(
      '2026-02-16 18:30',
    )
  })

  it('carries a deadline at closing time over to the next working day', () => {
    // One working hour paused; Fri 18:30 has no working time left that day.
    const due = extendByPause(
      at('2026-02-13 18:30'),
      at('2026-02-12 10:00'),
      at('2026-02-12 11:00'),
      kz,
    )
    expect(show(due)).toBe('2026-02-16 10:00')
  })

  it('leaves as much working time after the pause as was left before it', () => {
    const [due, from, to] = [at('2026-03-20 16:00'), at('2026-03-18 11:10'), at('2026-03-26 10:05')]
    const extended = extendByPause(due, from, to, kz)
    expect(workingMinutesBetween(to, extended, kz)).toBe(workingMinutesBetween(from, due, kz))
  })

  it('rejects a pause that ends before it starts', () => {
    expect(() =>
      extendByPause(at('2026-02-13 18:30'), at('2026-02-12 11:00'), at('2026-02-12 10:00'), kz)
    ).toThrow(/Invalid pause: it ends at "2026-02-12T05:00:00.000Z", before it starts/)
  })
})

describe('remainingShare()', () => {
  const [start, due] = [at('2026-02-09 09:00'), at('2026-02-09 18:30')]

  it('gives the share of working time left', () => {
    expect(remainingShare(at('2026-02-09 14:30'), start, due, kz)).toBe(0.5) // 240 of 480
    expect(remainingShare(at('2026-02-09 13:30'), start, due, kz)).toBe(0.5) // lunch
    expect(remainingShare(at('2026-02-09 16:30'), start, due, kz)).toBe(0.25) // 120 of 480
  })

  it('does not count the weekend', () => {
    // Fri 14:30–18:30 (240) + Mon 09:00–13:00 (240); on Saturday 240 of 480 are left.
    const share = remainingShare(
      at('2026-02-14 12:00'),
      at('2026-02-13 14:30'),
      at('2026-02-16 13:00'),
      kz,
    )
    expect(share).toBe(0.5)
  })

  it('stays within 0 and 1', () => {
    expect(remainingShare(at('2026-02-08 12:00'), start, due, kz)).toBe(1)
    expect(remainingShare(at('2026-02-10 12:00'), start, due, kz)).toBe(0)
  })

  it('treats a deadline without working time as all left until it passes', () => {
    const [from, to] = [at('2026-02-14 10:00'), at('2026-02-15 10:00')]
    expect(remainingShare(at('2026-02-14 12:00'), from, to, kz)).toBe(1)
    expect(remainingShare(at('2026-02-15 10:00'), from, to, kz)).toBe(0)
  })
})

describe('nearingBreachAt() and deadlineState()', () => {
  // Mon 09:00 to Fri 18:30 = 2400 working minutes.
  const [start, due] = [at('2026-02-09 09:00'), at('2026-02-13 18:30')]

  it('finds the instant when 25 % of the working time is left', () => {
    // 1800 consumed: Mon–Wed 1440, Thu 09:00–13:00 240, 14:30–16:30 120.
    expect(show(nearingBreachAt(start, due, kz))).toBe('2026-02-12 16:30')
    // 1200 consumed: Mon–Tue 960 and Wed 09:00–13:00 240.
    expect(show(nearingBreachAt(start, due, kz, { nearingShare: 0.5 }))).toBe('2026-02-11 13:00')
  })

  it('moves from on time to nearing to breached', () => {
    expect(deadlineState(at('2026-02-12 16:29'), start, due, kz)).toBe('onTime')
    expect(deadlineState(at('2026-02-12 16:30'), start, due, kz)).toBe('nearing')
    expect(deadlineState(at('2026-02-13 18:30'), start, due, kz)).toBe('nearing')
    expect(deadlineState(at('2026-02-13 18:31'), start, due, kz)).toBe('breached')
  })

  it('uses the configured share', () => {
    const options = { nearingShare: 0.5 }
    expect(deadlineState(at('2026-02-11 12:59'), start, due, kz, options)).toBe('onTime')
    expect(deadlineState(at('2026-02-11 13:30'), start, due, kz, options)).toBe('nearing')
  })

  it('rejects a share outside 0..1', () => {
    expect(() => nearingBreachAt(start, due, kz, { nearingShare: 1.5 })).toThrow(
      'Invalid nearingShare 1.5: expected a number from 0 to 1',
    )
  })
})
