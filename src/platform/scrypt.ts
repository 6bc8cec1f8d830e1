/**
 * Password hashing with scrypt (OWASP: N = 2^17, r = 8, p = 1), through `node:crypto`, which
 * both Node and Deno provide and which runs off the main thread. Hashes record their
 * parameters (`scrypt$ln=17,r=8,p=1$<salt>$<hash>`), so raising the cost rehashes on login.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'
import type { PasswordHasher } from '../modules/identity/index.ts'

const KEY_LENGTH = 32

function derive(password: string, salt: Buffer, ln: number): Promise<Buffer> {
  const N = 2 ** ln
  return new Promise((resolve, reject) => {
    scrypt(
      password,
      salt,
      KEY_LENGTH,
      { N, r: 8, p: 1, maxmem: 256 * N * 8 + 1024 * 1024 },
      (err, key) => {
        if (err) reject(err)
        else resolve(key)
      },
    )
  })
}

/** A hasher with cost 2^`ln` (17 in production; tests use a small cost to stay fast). */
export function scryptHasher(ln = 17): PasswordHasher {
  return {
    async hash(password) {
      const salt = randomBytes(16)
      const key = await derive(password, salt, ln)
      return `scrypt$ln=${ln},r=8,p=1$${salt.toString('base64')}$${key.toString('base64')}`
    },
    async verify(password, stored) {
      const match = /^scrypt\$ln=(\d+),r=8,p=1\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/.exec(stored)
      if (!match) return { ok: false, needsRehash: false }
      const storedLn = Number(match[1])
      const expected = Buffer.from(match[3]!, 'base64')
      const key = await derive(password, Buffer.from(match[2]!, 'base64'), storedLn)
      const ok = key.length === expected.length && timingSafeEqual(key, expected)
      return { ok, needsRehash: ok && storedLn !== ln }
    },
  }
}
