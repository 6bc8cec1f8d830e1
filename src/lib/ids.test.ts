import { describe, expect, it } from 'vitest'
import { hmacBase64Url, newId, newToken, sha256Hex, timingSafeEqual } from './ids.ts'

describe('newId()', () => {
  it('returns 128 random bits as 32 hex characters', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newId()))
    expect(ids.size).toBe(1000)
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/)
  })
})

describe('newToken()', () => {
  it('returns base64url without padding, 43 characters for 32 bytes', () => {
    expect(newToken()).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(newToken(16)).toMatch(/^[A-Za-z0-9_-]{22}$/)
  })
})

describe('sha256Hex()', () => {
  it('matches the published test vector for "abc"', async () => {
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
  })
  it('hashes Kazakh text as UTF-8', async () => {
    expect(await sha256Hex('Әә')).toBe(await sha256Hex(new TextEncoder().encode('Әә')))
  })
})

describe('hmacBase64Url()', () => {
  it('matches RFC 4231 test case 2', async () => {
    const mac = await hmacBase64Url('Jefe', 'what do ya want for nothing?')
    const hex = [...atob(mac.replaceAll('-', '+').replaceAll('_', '/'))]
      .map((ch) => ch.charCodeAt(0).toString(16).padStart(2, '0'))
      .join('')
    expect(hex).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843')
  })
})

describe('timingSafeEqual()', () => {
  it('tells equal from different strings, including different lengths', () => {
    expect(timingSafeEqual('abc', 'abc')).toBe(true)
    expect(timingSafeEqual('abc', 'abd')).toBe(false)
    expect(timingSafeEqual('abc', 'abcd')).toBe(false)
    expect(timingSafeEqual('', '')).toBe(true)
  })
})
