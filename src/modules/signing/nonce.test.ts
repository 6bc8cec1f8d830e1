import { describe, expect, it } from 'vitest'
import { checkNonce, createNonce, loginChallenge, nonceMaxAgeMs } from './nonce.ts'

const now = new Date('2026-03-02T04:00:00Z')

describe('createNonce()', () => {
  it('makes 32 random bytes of URL-safe base64, unused', () => {
    const a = createNonce(now)
    expect(a.value).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(a).toMatchObject({ issuedAt: now, usedAt: null })
    expect(createNonce(now).value).not.toBe(a.value)
  })
})

describe('checkNonce()', () => {
  const fresh = { value: 'n', issuedAt: now, usedAt: null }

  it('accepts a fresh unused nonce', () => {
    expect(checkNonce(fresh, { now: new Date(now.getTime() + 1000) })).toEqual({ ok: true })
  })

  it('refuses an unknown, a replayed and an expired nonce', () => {
    expect(checkNonce(undefined, { now })).toEqual({ ok: false, code: 'nonce_unknown' })
    expect(checkNonce({ ...fresh, usedAt: now }, { now })).toEqual({
      ok: false,
      code: 'nonce_replayed',
    })
    const late = new Date(now.getTime() + nonceMaxAgeMs + 1)
    expect(checkNonce(fresh, { now: late })).toEqual({ ok: false, code: 'nonce_expired' })
  })
})

describe('loginChallenge()', () => {
  it('binds the purpose into the signed bytes', () => {
    expect(new TextDecoder().decode(loginChallenge('abc'))).toBe(
      '{"nonce":"abc","purpose":"eds-login"}',
    )
  })
})
