import { describe, expect, it } from 'vitest'
import { openWithSecret, SealBrokenError, sealWithSecret } from './server-key.ts'

const secret = 'a-server-secret-of-at-least-32-characters'

describe('sealWithSecret()', () => {
  it('round-trips under the same secret, with a fresh IV each time', async () => {
    const bytes = new Uint8Array([1, 2, 3, 250])
    const a = await sealWithSecret(bytes, secret)
    const b = await sealWithSecret(bytes, secret)
    expect(a).toMatch(/^hkdf-aes256gcm\$[\w-]+\$[\w-]+$/)
    expect(a).not.toBe(b)
    expect(await openWithSecret(a, secret)).toEqual(bytes)
  })
})

describe('openWithSecret()', () => {
  it('throws SealBrokenError for another secret, a tampered blob and a foreign format', async () => {
    const sealed = await sealWithSecret(new Uint8Array([9, 9, 9]), secret)
    await expect(openWithSecret(sealed, `${secret}!`)).rejects.toThrow(SealBrokenError)
    // Change a character in the middle of the ciphertext: every bit there is significant
    // (the last base64 character has unused bits, so changing it may change nothing).
    const at = sealed.length - 10
    const tampered = sealed.slice(0, at) + (sealed[at] === 'A' ? 'B' : 'A') + sealed.slice(at + 1)
    await expect(openWithSecret(tampered, secret)).rejects.toThrow(SealBrokenError)
    await expect(openWithSecret('pbkdf2-sha256$1$a$b$c', secret)).rejects.toThrow(SealBrokenError)
  })
})
