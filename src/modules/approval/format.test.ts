import { describe, expect, it } from 'vitest'
import { answeredLate, formatDateTime, requestState } from './format.ts'

const due = '2026-03-10T05:00:00.000Z'

describe('requestState()', () => {
  it('requestState() is waiting until the deadline and overdue after it', () => {
    const r = { outcome: null, withdrawn_at: null, due_at: due }
    expect(requestState(r, new Date('2026-03-10T04:59:00Z'))).toBe('waiting')
    expect(requestState(r, new Date('2026-03-10T05:01:00Z'))).toBe('overdue')
  })

  it('requestState() shows the verdict, or withdrawn before anything else', () => {
    const now = new Date('2026-04-01T00:00:00Z')
    expect(requestState({ outcome: 'consent', withdrawn_at: null, due_at: due }, now)).toBe(
      'consent',
    )
    expect(requestState({ outcome: 'deemed_agreed', withdrawn_at: null, due_at: due }, now))
      .toBe('deemed_agreed')
    expect(requestState({ outcome: null, withdrawn_at: due, due_at: due }, now)).toBe('withdrawn')
  })

  it('requestState() never calls a request without a norm overdue', () => {
    expect(requestState({ outcome: null, withdrawn_at: null, due_at: null }, new Date())).toBe(
      'waiting',
    )
  })
})

describe('formatDateTime() and answeredLate()', () => {
  it('formatDateTime() writes Almaty time the Kazakh way', () => {
    expect(formatDateTime(due)).toBe('10.03.2026 10:00')
  })

  it('answeredLate() is true only for an answer after the deadline', () => {
    expect(answeredLate({ answered_at: '2026-03-10T05:00:00.000Z', due_at: due })).toBe(false)
    expect(answeredLate({ answered_at: '2026-03-10T05:00:01.000Z', due_at: due })).toBe(true)
    expect(answeredLate({ answered_at: null, due_at: due })).toBe(false)
  })
})
