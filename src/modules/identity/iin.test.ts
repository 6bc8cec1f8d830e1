import { describe, expect, it } from 'vitest'
import kk from '../../../locales/kk/identity.json' with { type: 'json' }
import ru from '../../../locales/ru/identity.json' with { type: 'json' }
import {
  type BinError,
  checkDigit,
  type IinError,
  type IinOrBinError,
  makeBin,
  makeIin,
  parseBin,
  parseIin,
  parseIinOrBin,
} from './iin.ts'

const today = '2026-11-22'

// 880314400124, a woman born 14 March 1988 (7th digit 4 = 1900s, female), serial 0012.
//   8×1 + 8×2 + 0×3 + 3×4 + 1×5 + 4×6 + 4×7 + 0×8 + 0×9 + 1×10 + 2×11
//   = 8 + 16 + 0 + 12 + 5 + 24 + 28 + 0 + 0 + 10 + 22 = 125; 125 mod 11 = 4 → check digit 4.
const aliyaLike = '880314400124'

// 751102300311, a man born 2 November 1975 (7th digit 3), serial 0031. It needs the second pass:
//   pass 1: 7×1 + 5×2 + 1×3 + 1×4 + 0×5 + 2×6 + 3×7 + 0×8 + 0×9 + 3×10 + 1×11
//         = 7 + 10 + 3 + 4 + 0 + 12 + 21 + 0 + 0 + 30 + 11 = 98; 98 mod 11 = 10 → second pass
//   pass 2: 7×3 + 5×4 + 1×5 + 1×6 + 0×7 + 2×8 + 3×9 + 0×10 + 0×11 + 3×1 + 1×2
//         = 21 + 20 + 5 + 6 + 0 + 16 + 27 + 0 + 0 + 3 + 2 = 100; 100 mod 11 = 1 → check digit 1.
const secondPass = '751102300311'

// 75110230030 (serial 0030) gives 10 in both passes (87 mod 11 and 98 mod 11): never issued.
const neverIssued = '75110230030'

// 040517500000, a man born 17 May 2004 (7th digit 5 = 2000s):
//   0 + 8 + 0 + 20 + 5 + 42 + 35 + 0 + 0 + 0 + 0 = 110; 110 mod 11 = 0 → check digit 0.
const born2004 = '040517500000'

// 940140000385, a published BIN (a resident head unit registered January 1994):
//   9×1 + 4×2 + 0×3 + 1×4 + 4×5 + 0×6 + 0×7 + 0×8 + 0×9 + 3×10 + 8×11
//   = 9 + 8 + 0 + 4 + 20 + 0 + 0 + 0 + 0 + 30 + 88 = 159; 159 mod 11 = 5 → check digit 5.
const publishedBin = '940140000385'

describe('checkDigit()', () => {
  it('uses the first pass when it is below 10 and the second pass otherwise', () => {
    expect(checkDigit(aliyaLike.slice(0, 11))).toBe(4)
    expect(checkDigit(secondPass.slice(0, 11))).toBe(1)
    expect(checkDigit(publishedBin.slice(0, 11))).toBe(5)
  })
  it('returns undefined when both passes give 10', () => {
    expect(checkDigit(neverIssued)).toBeUndefined()
  })
  it('throws on anything but 11 ASCII digits, as that is a programming error', () => {
    expect(() => checkDigit('1234567890')).toThrow(RangeError)
    expect(() => checkDigit('１２３４５６７８９０１')).toThrow(RangeError)
  })
})

describe('parseIin()', () => {
  it('reads the birth date and sex of hand-checked numbers in three centuries', () => {
    expect(parseIin(aliyaLike, { today })).toEqual({
      ok: true,
      iin: aliyaLike,
      birthDate: '1988-03-14',
      sex: 'female',
    })
    expect(parseIin(secondPass, { today })).toMatchObject({ birthDate: '1975-11-02', sex: 'male' })
    expect(parseIin(born2004, { today })).toMatchObject({ birthDate: '2004-05-17', sex: 'male' })
    const old = makeIin({ birthDate: '1899-12-31', sex: 'female', serial: 1 })
    expect(old.slice(6, 7)).toBe('2')
    expect(parseIin(old, { today })).toMatchObject({ ok: true, birthDate: '1899-12-31' })
  })
  it('drops spaces, no-break spaces and hyphens before checking', () => {
    for (const raw of [' 880314 400124 ', '880314-400-124', '880314\u00a0400\u2011124']) {
      expect(parseIin(raw, { today })).toMatchObject({ ok: true, iin: aliyaLike })
    }
  })
  it.each(
    [
      ['required', ['', '   ', ' - ', null, undefined]],
      ['not_digits', ['８８０３１４４００１２４', '٨٨٠٣١٤٤٠٠١٢٤', '88031440012O', '880314+400124']],
      ['length', ['88031440012', '8803144001240']],
      ['century', ['880314000124', '880314700124', '880314900124']],
      ['date', ['880230400000', '881314400000', '880300400000', '000229300000']],
      ['checksum', ['880314400125', `${neverIssued}0`, `${neverIssued}9`]],
    ] as const,
  )('refuses %s', (error, inputs) => {
    for (const raw of inputs) expect(parseIin(raw, { today })).toEqual({ ok: false, error })
  })
  it('accepts 29 February in 2000 but not in 1900', () => {
    expect(parseIin(makeIin({ birthDate: '2000-02-29', sex: 'male', serial: 5 }), { today }).ok)
      .toBe(true)
    expect(parseIin('000229300000', { today })).toEqual({ ok: false, error: 'date' })
  })
  it('refuses a birth date after today, with today read in Asia/Almaty', () => {
    const bornToday = makeIin({ birthDate: '2026-11-22', sex: 'female', serial: 7 })
    expect(parseIin(bornToday, { today: '2026-11-22' }).ok).toBe(true)
    expect(parseIin(bornToday, { today: '2026-11-21' })).toEqual({ ok: false, error: 'future' })
    // 20:00 UTC on the 21st is already 01:00 on the 22nd in Almaty (UTC+5).
    expect(parseIin(bornToday, { today: new Date('2026-11-21T20:00:00Z') }).ok).toBe(true)
    expect(parseIin(bornToday, { today: new Date('2026-11-21T18:00:00Z') }).ok).toBe(false)
  })
})

describe('parseBin()', () => {
  it('accepts published BINs and reads the entity and unit digits', () => {
    expect(parseBin(publishedBin)).toEqual({
      ok: true,
      bin: publishedBin,
      entity: 'resident',
      unit: 'head',
    })
    expect(parseBin('990 140 004 654')).toMatchObject({ ok: true, bin: '990140004654' })
    expect(parseBin(makeBin({ yymm: '1507', type: 5, subtype: 1, serial: 9 }))).toMatchObject({
      entity: 'non_resident',
      unit: 'branch',
    })
    expect(parseBin(makeBin({ yymm: '2001', type: 6, subtype: 3, serial: 0 }))).toMatchObject({
      entity: 'joint_entrepreneur',
      unit: 'peasant_farm',
    })
    expect(parseBin(makeBin({ yymm: '2001', type: 4, subtype: 8, serial: 0 }))).toMatchObject({
      unit: 'other',
    })
  })
  it.each(
    [
      ['required', ['', null]],
      ['not_digits', ['９４０１４００００３８５', '94014000038S']],
      ['length', ['94014000038', '9401400003850']],
      ['month', ['940040000385', '941340000385']],
      ['type', ['940130000385', '940170000385', aliyaLike]],
      ['checksum', ['940140000386', '940140000358']],
    ] as const,
  )('refuses %s', (error, inputs) => {
    for (const raw of inputs) expect(parseBin(raw)).toEqual({ ok: false, error })
  })
})

describe('parseIinOrBin()', () => {
  it('treats a 5th digit of 0–3 as an IIN and 4–6 as a BIN', () => {
    expect(parseIinOrBin(aliyaLike, { today })).toMatchObject({
      ok: true,
      kind: 'iin',
      sex: 'female',
    })
    expect(parseIinOrBin(publishedBin, { today })).toMatchObject({ ok: true, kind: 'bin' })
  })
  it('reports the error of the kind the 5th digit points to', () => {
    expect(parseIinOrBin('880230400000', { today })).toEqual({ ok: false, error: 'date' })
    expect(parseIinOrBin('941340000385', { today })).toEqual({ ok: false, error: 'month' })
    expect(parseIinOrBin('940170000385', { today })).toEqual({ ok: false, error: 'type' })
    expect(parseIinOrBin('８８０３１４４００１２４', { today })).toEqual({
      ok: false,
      error: 'not_digits',
    })
    expect(parseIinOrBin('', { today })).toEqual({ ok: false, error: 'required' })
  })
})

describe('makeIin() and makeBin()', () => {
  it('skip a serial whose check digit would be 10', () => {
    expect(makeIin({ birthDate: '1975-11-02', sex: 'male', serial: 30 })).toBe(secondPass)
    expect(makeIin({ birthDate: '2004-05-17', sex: 'male', serial: 0 })).toBe(born2004)
    expect(makeBin({ yymm: '9401', type: 4, subtype: 0, serial: 38 })).toBe(publishedBin)
  })
  it('throw on parts that cannot form a number', () => {
    expect(() => makeIin({ birthDate: '1988-02-30', sex: 'male', serial: 0 })).toThrow(RangeError)
    expect(() => makeIin({ birthDate: '1799-12-31', sex: 'male', serial: 0 })).toThrow(RangeError)
    expect(() => makeIin({ birthDate: '1988-03-14', sex: 'male', serial: 10000 })).toThrow(
      RangeError,
    )
    expect(() => makeBin({ yymm: '9413', type: 4, subtype: 0, serial: 0 })).toThrow(RangeError)
    expect(() => makeBin({ yymm: '9401', type: 4, subtype: 0, serial: 1.5 })).toThrow(RangeError)
  })
})

describe('validation messages', () => {
  const kinds = {
    iin: { required: 1, not_digits: 1, length: 1, century: 1, date: 1, future: 1, checksum: 1 },
    bin: { required: 1, not_digits: 1, length: 1, month: 1, type: 1, checksum: 1 },
    iinOrBin: {
      ...{ required: 1, not_digits: 1, length: 1, century: 1, date: 1, future: 1, checksum: 1 },
      ...{ month: 1, type: 1 },
    },
  } satisfies {
    iin: Record<IinError, 1>
    bin: Record<BinError, 1>
    iinOrBin: Record<IinOrBinError, 1>
  }
  it.each(Object.keys(kinds) as Array<keyof typeof kinds>)(
    'cover every %s error in kk and ru',
    (k) => {
      for (const messages of [kk.validation[k], ru.validation[k]]) {
        expect(Object.keys(messages).sort()).toEqual(Object.keys(kinds[k]).sort())
      }
    },
  )
})
