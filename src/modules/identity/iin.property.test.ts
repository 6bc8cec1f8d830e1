import { describe, expect, it } from 'vitest'
import { makeBin, makeIin, parseBin, parseIin, type Sex } from './iin.ts'

// Property checks over a few thousand generated numbers, compared with a reference check digit
// written independently of iin.ts: weight of position i (0-based) is ((i + shift) mod 11) + 1,
// shift 0 for the first pass (1..11) and 2 for the second (3..11, 1, 2).

const today = '2026-11-22'

function pass(digits: string, shift: number): number {
  let sum = 0
  for (let i = 0; i < 11; i++) sum += Number(digits[i]) * (((i + shift) % 11) + 1)
  return sum % 11
}

function referenceValid(number: string): boolean {
  const first = pass(number, 0)
  const check = first === 10 ? pass(number, 2) : first
  return check !== 10 && check === Number(number[11])
}

// mulberry32: a small seeded generator, so a failure can be replayed.
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function generateIins(count: number): Array<{ iin: string; birthDate: string; sex: Sex }> {
  const next = random(20261122)
  const from = Date.UTC(1900, 0, 1)
  const span = Date.UTC(2026, 10, 22) - from
  return Array.from({ length: count }, () => {
    const birthDate = new Date(from + Math.floor(next() * span / 864e5) * 864e5).toISOString()
      .slice(0, 10)
    const sex: Sex = next() < 0.5 ? 'male' : 'female'
    return { iin: makeIin({ birthDate, sex, serial: Math.floor(next() * 9900) }), birthDate, sex }
  })
}

function generateBins(count: number): string[] {
  const next = random(1994)
  return Array.from({ length: count }, () => {
    const yymm = String(Math.floor(next() * 100)).padStart(2, '0') +
      String(1 + Math.floor(next() * 12)).padStart(2, '0')
    const type = ([4, 5, 6] as const)[Math.floor(next() * 3)]!
    return makeBin({
      yymm,
      type,
      subtype: Math.floor(next() * 4),
      serial: Math.floor(next() * 99000),
    })
  })
}

function mutants(number: string): Array<{ at: number; mutant: string }> {
  const out: Array<{ at: number; mutant: string }> = []
  for (let at = 0; at < 12; at++) {
    for (let d = 0; d <= 9; d++) {
      if (String(d) !== number[at]) {
        out.push({ at, mutant: number.slice(0, at) + d + number.slice(at + 1) })
      }
    }
  }
  return out
}

const iins = generateIins(3000)
const bins = generateBins(1000)
const all = [...iins.map((x) => x.iin), ...bins]

describe('makeIin() and parseIin() over 3000 generated numbers', () => {
  it('parseIin() accepts each and reads back its birth date and sex', () => {
    const wrong = iins.filter((x) => {
      const r = parseIin(x.iin, { today })
      return !r.ok || r.birthDate !== x.birthDate || r.sex !== x.sex || !referenceValid(x.iin)
    })
    expect(wrong).toEqual([])
    expect(new Set(iins.map((x) => x.iin)).size).toBeGreaterThan(2990)
  })
})

describe('makeBin() and parseBin() over 1000 generated numbers', () => {
  it('parseBin() accepts each, and the reference agrees', () => {
    expect(bins.filter((b) => !parseBin(b).ok || !referenceValid(b))).toEqual([])
  })
})

describe('single-digit changes to 4000 valid numbers', () => {
  it('parseIin() and parseBin() never accept a change the reference check digit refuses', () => {
    const accepted: string[] = []
    for (const { iin } of iins) {
      for (const { mutant } of mutants(iin)) {
        if (!referenceValid(mutant) && parseIin(mutant, { today }).ok) accepted.push(mutant)
      }
    }
    for (const bin of bins) {
      for (const { mutant } of mutants(bin)) {
        if (!referenceValid(mutant) && parseBin(mutant).ok) accepted.push(mutant)
      }
    }
    expect(accepted).toEqual([])
  })

  it('a changed check digit (12th) is always caught', () => {
    const missed = all.flatMap((n) =>
      mutants(n).filter((m) => m.at === 11 && referenceValid(m.mutant))
    )
    expect(missed).toEqual([])
  })

  it('a change to digits 1–10 is caught unless either number needs the second pass', () => {
    const missed = all.flatMap((n) =>
      mutants(n).filter((m) =>
        m.at < 10 && referenceValid(m.mutant) && pass(n, 0) !== 10 && pass(m.mutant, 0) !== 10
      )
    )
    expect(missed).toEqual([])
  })

  it('a change to the 11th digit is caught only when the second pass decides (weight 11 ≡ 0)', () => {
    for (const n of all.slice(0, 500)) {
      for (const m of mutants(n).filter((x) => x.at === 10)) {
        expect(referenceValid(m.mutant)).toBe(pass(n, 0) !== 10)
      }
    }
  })
})
