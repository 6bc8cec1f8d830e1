import { describe, expect, it } from 'vitest'
import { fixedClock } from '../../lib/clock.ts'
import { safeReturnPath } from './request-input.ts'
import { createSignatureRequest, type SignatureRequestInput } from './requests.ts'

const valid: SignatureRequestInput = {
  purpose: 'decision',
  entity: { type: 'case', id: 'c1' },
  document: { decision: 'grant' },
  signer: { accountId: 'a1', expected: { kind: 'any' } },
  returnPath: '/cases/c1/decision',
}
// The input is checked before the database is touched.
const deps = { db: undefined as never, clock: fixedClock('2026-03-02T05:00:00Z') }

describe('safeReturnPath()', () => {
  it('takes a same-site path without the language, and nothing else', () => {
    expect(safeReturnPath('/cases/c1/decision?step=2')).toBe(true)
    for (
      const bad of [
        '//evil.example',
        '/\\evil',
        'https://evil.example',
        'cases',
        '/kk/cases',
        '/ru',
      ]
    ) {
      expect(safeReturnPath(bad), bad).toBe(false)
    }
  })
})

describe('createSignatureRequest()', () => {
  it('refuses a malformed request as a programming error', async () => {
    const cases: Array<Partial<SignatureRequestInput>> = [
      { purpose: 'login' as never },
      { entity: { type: '', id: 'c1' } },
      { returnPath: '//evil.example' },
      { signer: { accountId: 'a1', expected: { kind: 'individual', iin: '123' } } },
      { document: { when: new Date() } },
    ]
    for (const c of cases) {
      await expect(createSignatureRequest(deps, { ...valid, ...c })).rejects.toThrow(TypeError)
    }
  })
})
