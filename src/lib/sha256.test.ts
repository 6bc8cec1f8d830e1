import { createHash, createHmac, randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { toHex } from './ids.ts'
import { hmacSha256, sha256 } from './sha256.ts'

describe('sha256()', () => {
  it('matches the FIPS 180-4 vectors', () => {
    const hex = (s: string) => toHex(sha256(new TextEncoder().encode(s)))
    expect(hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))
      .toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1')
  })

  it('agrees with node:crypto for every length from 0 to 300 bytes', () => {
    for (let n = 0; n <= 300; n++) {
      const data = randomBytes(n)
      expect(toHex(sha256(new Uint8Array(data)))).toBe(
        createHash('sha256').update(data).digest('hex'),
      )
    }
  })
})

describe('hmacSha256()', () => {
  it('matches RFC 4231 test case 2 and node:crypto for long keys and Kazakh text', () => {
    expect(toHex(hmacSha256('Jefe', 'what do ya want for nothing?')))
      .toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843')
    const key = 'к'.repeat(100)
    const message = 'Әлия Қасымқызы: ө ұ ү һ і'
    expect(toHex(hmacSha256(key, message))).toBe(
      createHmac('sha256', key).update(message).digest('hex'),
    )
  })
})
