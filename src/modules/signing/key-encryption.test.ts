import { describe, expect, it } from 'vitest'
import { toHex } from './bytes.ts'
import {
  decryptPrivateKey,
  encryptPrivateKey,
  minIterations,
  WrongPasswordError,
} from './key-encryption.ts'

const pkcs8 = crypto.getRandomValues(new Uint8Array(138))

describe('encryptPrivateKey()', () => {
  it('round-trips with the right password, NFC-normalised', async () => {
    const blob = await encryptPrivateKey(pkcs8, 'Құпия сөз 1')
    expect(blob).toMatch(new RegExp(`^pbkdf2-sha256\\$${minIterations}\\$`))
    expect(toHex(await decryptPrivateKey(blob, 'Құпия сөз 1'.normalize('NFD')))).toBe(toHex(pkcs8))
  })

  it('uses a fresh salt and IV every time', async () => {
    const [a, b] = [await encryptPrivateKey(pkcs8, 'p'), await encryptPrivateKey(pkcs8, 'p')]
    expect(a.split('$').slice(2, 4)).not.toEqual(b.split('$').slice(2, 4))
  })

  it('refuses fewer than 310 000 iterations', async () => {
    await expect(encryptPrivateKey(pkcs8, 'p', { iterations: 1000 })).rejects.toThrow(RangeError)
  })
})

describe('decryptPrivateKey()', () => {
  it('throws WrongPasswordError for a wrong password and for a tampered blob', async () => {
    const blob = await encryptPrivateKey(pkcs8, 'right')
    await expect(decryptPrivateKey(blob, 'wrong')).rejects.toBeInstanceOf(WrongPasswordError)
    // A character well inside the ciphertext: the last base64 character has unused bits.
    const at = blob.length - 10
    const tampered = blob.slice(0, at) + (blob[at] === 'A' ? 'B' : 'A') + blob.slice(at + 1)
    await expect(decryptPrivateKey(tampered, 'right')).rejects.toBeInstanceOf(WrongPasswordError)
  })

  it('throws a TypeError for something that is not a blob', async () => {
    await expect(decryptPrivateKey('hello', 'p')).rejects.toThrow(TypeError)
    await expect(decryptPrivateKey('pbkdf2-sha256$10$AA$AA$AA', 'p')).rejects.toThrow(TypeError)
  })
})
