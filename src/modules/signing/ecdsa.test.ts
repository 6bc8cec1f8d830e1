import { describe, expect, it } from 'vitest'
import { toHex } from './bytes.ts'
import { ecdsaDerToRaw, ecdsaRawToDer } from './ecdsa.ts'

describe('ecdsaRawToDer() and ecdsaDerToRaw()', () => {
  it('round-trip, adding a zero byte before a high bit and dropping leading zeros', () => {
    const raw = new Uint8Array(64)
    raw[0] = 0x80
    raw[63] = 0x01
    const der = ecdsaRawToDer(raw)
    expect(toHex(der).startsWith('3026022100800000')).toBe(true)
    expect(toHex(ecdsaDerToRaw(der, 32) ?? new Uint8Array())).toBe(toHex(raw))
  })

  it('refuses non-minimal, negative, oversized and trailing-garbage encodings', () => {
    const nonMinimal = new Uint8Array([0x30, 0x07, 0x02, 0x02, 0x00, 0x01, 0x02, 0x01, 0x01])
    const negative = new Uint8Array([0x30, 0x06, 0x02, 0x01, 0x80, 0x02, 0x01, 0x01])
    const trailing = new Uint8Array([0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x01, 0x00])
    for (const bad of [nonMinimal, negative, trailing]) expect(ecdsaDerToRaw(bad, 32)).toBeNull()
    expect(ecdsaDerToRaw(ecdsaRawToDer(new Uint8Array(64).fill(0x7f)), 31)).toBeNull()
  })
})
