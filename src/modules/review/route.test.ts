import { describe, expect, it } from 'vitest'
import type { Regulation } from '../catalog/index.ts'
import { seedRegulations } from '../catalog/seeds.ts'
import {
  appointerOf,
  endStatusOf,
  mainPath,
  offeredOutcomes,
  reissueClassOf,
  signsDecision,
  statusOfKind,
  stepOf,
  subServiceOf,
} from './route.ts'

const regulation = (id: string) => (seedRegulations as Regulation[]).find((r) => r.id === id)!
const sub = (id: string, kind: string) => subServiceOf(regulation(id), kind)
const ids = (outcomes: ReadonlyArray<{ id: string }>) => outcomes.map((o) => o.id)

describe('offeredOutcomes()', () => {
  it('offers both a grant and a refusal to a draft without a decision', () => {
    expect(ids(offeredOutcomes(stepOf(sub('aktobe-grain-license', 'issue'), 'draft'), null)))
      .toEqual(['grant', 'refuse'])
  })

  it('offers only the refusal at finalize after a refusal draft, and both after a grant', () => {
    const finalize = stepOf(sub('aktobe-grain-license', 'issue'), 'finalize')
    expect(ids(offeredOutcomes(finalize, 'refuse'))).toEqual(['refuse'])
    expect(ids(offeredOutcomes(finalize, 'grant'))).toEqual(['grant', 'refuse'])
  })

  it('offers the notice of a refusal only when a refusal was signed, and the test notice otherwise', () => {
    const notify = stepOf(sub('aktobe-expert-attestation', 'attestation'), 'notify')
    expect(ids(offeredOutcomes(notify, null))).toEqual(['done'])
    expect(ids(offeredOutcomes(notify, 'refuse'))).toEqual(['refuse'])
  })

  it('keeps the neutral outcomes of a sign or approval step after a refusal', () => {
    const r = sub('aktobe-grain-license', 'issue')
    expect(ids(offeredOutcomes(stepOf(r, 'sign'), 'refuse'))).toEqual(['done'])
    expect(ids(offeredOutcomes(stepOf(r, 'approval'), 'refuse'))).toEqual(['consent', 'objection'])
  })

  it('offers only refusing after a failed test', () => {
    const draft = stepOf(sub('aktobe-expert-attestation', 'attestation'), 'draft')
    expect(ids(offeredOutcomes(draft, 'refuse'))).toEqual(['refuse'])
  })
})

describe('mainPath()', () => {
  it('follows the first outcome of every step to the end', () => {
    expect(mainPath(sub('east-kazakhstan-grain-license', 'issue')).map((s) => s.id)).toEqual([
      'register',
      'assign-deputy',
      'assign-department-head',
      'assign-executor',
      'check-completeness',
      'inspection',
      'issue-license',
      'sign-license',
      'deliver-license',
    ])
  })
})

describe('statusOfKind() and endStatusOf()', () => {
  it('maps step kinds to the statuses of the case-lifecycle contract', () => {
    expect(
      ['register', 'assign', 'inspection', 'test', 'approval', 'sign', 'issue', 'finalize'].map((
        k,
      ) => statusOfKind(k as never)),
    ).toEqual([
      'sent',
      'under_review',
      'inspection',
      'testing_scheduled',
      'on_approval',
      'on_signature',
      'on_signature',
      'under_review',
    ])
  })

  it('ends a grant as ready, a refusal as refused and a return as returned', () => {
    expect([endStatusOf('grant'), endStatusOf(null), endStatusOf('refuse'), endStatusOf('return')])
      .toEqual(['ready', 'ready', 'refused', 'returned'])
  })
})

describe('signsDecision()', () => {
  it("is true for the decision's signature and a signed refusal, not for a test schedule", () => {
    const r = sub('aktobe-expert-attestation', 'attestation')
    const done = (id: string) => stepOf(r, id).outcomes[0]!
    expect(signsDecision(r, stepOf(r, 'sign-schedule'), done('sign-schedule'), null)).toBe(false)
    expect(signsDecision(r, stepOf(r, 'sign-schedule'), done('sign-schedule'), 'refuse')).toBe(true)
    expect(signsDecision(r, stepOf(r, 'sign'), done('sign'), 'grant')).toBe(true)
    const z = sub('zhambyl-grain-license', 'issue')
    expect(signsDecision(z, stepOf(z, 'sign'), stepOf(z, 'sign').outcomes[0]!, 'grant')).toBe(true)
    expect(signsDecision(z, stepOf(z, 'draft'), stepOf(z, 'draft').outcomes[0]!, null)).toBe(false)
  })
})

describe('reissueClassOf() and appointerOf()', () => {
  it('takes class A when any reason is A, B when all are B, and none for unknown reasons', () => {
    const r = sub('aktobe-design-license', 'reissue')
    expect(reissueClassOf(r, ['spin-off', 'individual-name-change'])).toBe('A')
    expect(reissueClassOf(r, ['individual-name-change'])).toBe('B')
    expect(reissueClassOf(r, ['nope'])).toBeNull()
  })

  it('names the role that appoints each role of the East Kazakhstan chain', () => {
    const r = sub('east-kazakhstan-grain-license', 'issue')
    expect([
      appointerOf(r, 'deputy_head'),
      appointerOf(r, 'department_head'),
      appointerOf(r, 'executor'),
    ])
      .toEqual(['head', 'deputy_head', 'department_head'])
  })
})
