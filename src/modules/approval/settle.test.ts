import { describe, expect, it } from 'vitest'
import { decidedOutcome } from './settle.ts'
import type { RequestRow } from './tables.ts'

function request(outcome: RequestRow['outcome'], withdrawn = false): RequestRow {
  return {
    id: crypto.randomUUID(),
    round_id: 'r',
    case_id: 'c',
    case_number: 'AKT-2026-000001',
    provider_id: 'p',
    organization_id: crypto.randomUUID(),
    authority_kind: null,
    authority_name_kk: 'a',
    authority_name_ru: 'a',
    snapshot: '{}',
    sent_at: '2026-03-02T05:00:00.000Z',
    due_at: '2026-03-10T05:00:00.000Z',
    answered_at: null,
    outcome,
    conclusion_id: null,
    withdrawn_at: withdrawn ? '2026-03-03T05:00:00.000Z' : null,
    withdraw_reason: withdrawn ? 'objection_elsewhere' : null,
    silence_at: null,
    previous_request_id: null,
    version: 1,
  }
}

describe('decidedOutcome()', () => {
  it('decidedOutcome() is consent only when every request consented or was deemed agreed', () => {
    expect(decidedOutcome([request('consent')])).toBe('consent')
    expect(decidedOutcome([request('consent'), request('deemed_agreed')])).toBe('consent')
    expect(decidedOutcome([request('consent'), request(null)])).toBeNull()
  })

  it('decidedOutcome() is objection as soon as any request objects, whoever is still waiting', () => {
    expect(decidedOutcome([request(null), request('objection')])).toBe('objection')
    expect(decidedOutcome([request('consent'), request('objection')])).toBe('objection')
  })

  it('decidedOutcome() leaves withdrawn requests out, and decides nothing without requests', () => {
    expect(decidedOutcome([request('consent'), request(null, true)])).toBe('consent')
    expect(decidedOutcome([request(null, true)])).toBeNull()
    expect(decidedOutcome([])).toBeNull()
  })
})
