import { describe, expect, it } from 'vitest'
import { canonicalBytes, canonicalJson, sha256Hex } from './canonical.ts'

describe('canonicalJson()', () => {
  it('sorts keys at every level and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [true, null], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[true,null]},"b":1}',
    )
  })

  it('gives the same text for the same value built in another order', () => {
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }))
  })

  it('normalises strings and keys to NFC', () => {
    const decomposed = 'А\u0306' // Cyrillic A + combining breve
    expect(canonicalJson({ [decomposed]: decomposed })).toBe(canonicalJson({ 'Ӑ': 'Ӑ' }))
  })

  it('omits undefined members and prints numbers as ECMAScript does', () => {
    expect(canonicalJson({ a: undefined, b: 1e21, c: -0, d: 0.1 })).toBe(
      '{"b":1e+21,"c":0,"d":0.1}',
    )
  })

  it('throws on values JSON cannot carry faithfully', () => {
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    for (
      const bad of [NaN, Infinity, 1n, new Date(0), new Map(), cyclic, '\uD800', {
        'e\u0301': 1,
        'é': 2,
      }]
    ) {
      expect(() => canonicalJson({ v: bad })).toThrow(TypeError)
    }
  })
})

describe('canonicalBytes() and sha256Hex()', () => {
  it('encode UTF-8 and hash it', async () => {
    const bytes = canonicalBytes({ name: 'Әлем' })
    expect(new TextDecoder().decode(bytes)).toBe('{"name":"Әлем"}')
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
  })
})
