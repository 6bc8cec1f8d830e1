/**
 * Kazakhstan's individual and business identification numbers: IIN (ЖСН / ИИН) and
 * BIN (БСН / БИН). Both are 12 ASCII digits ending in a mod-11 check digit.
 *
 * IIN: YYMMDD birth date, then a century-and-sex digit (1/2 = 1800s male/female, 3/4 = 1900s,
 * 5/6 = 2000s), a 4-digit serial and the check digit. A 7th digit of 0 (which some sources say
 * marks a foreign citizen) is refused as `century`: without a century there is no birth date
 * or sex, and the IIN rules list only 1–6. If such numbers turn up, this is the place to widen.
 *
 * BIN: YYMM of registration, an entity digit (4 resident legal entity, 5 non-resident legal
 * entity, 6 joint sole proprietorship, ИП(С)), a unit digit (0 head unit, 1 branch,
 * 2 representation, 3 peasant farm on joint entrepreneurship), a 5-digit serial and the check
 * digit. The unit digit is reported, not enforced: the month and entity digit are the checks.
 *
 * Input is normalized first: whitespace and hyphens/dashes are dropped. Anything else that is
 * not 0–9, FULL-WIDTH and other non-ASCII digits included, is refused as `not_digits` rather
 * than converted, so what is stored is exactly what was typed.
 */

/** Why an IIN was refused; each has a message under `validation.iin.<error>`. */
export type IinError =
  | 'required'
  | 'not_digits'
  | 'length'
  | 'century'
  | 'date'
  | 'future'
  | 'checksum'
/** Why a BIN was refused; each has a message under `validation.bin.<error>`. */
export type BinError = 'required' | 'not_digits' | 'length' | 'month' | 'type' | 'checksum'
/** Why a number was neither a valid IIN nor a valid BIN (`validation.iinOrBin.<error>`). */
export type IinOrBinError = IinError | BinError

/** The sex encoded in an IIN's 7th digit. */
export type Sex = 'male' | 'female'
/** What a BIN's 5th digit says the holder is. */
export type BinEntity = 'resident' | 'non_resident' | 'joint_entrepreneur'
/** What a BIN's 6th digit says the unit is; `other` for a digit the rules do not list. */
export type BinUnit = 'head' | 'branch' | 'representation' | 'peasant_farm' | 'other'

/** A valid IIN and what it encodes; `birthDate` is `YYYY-MM-DD`. */
export interface IinInfo {
  iin: string
  birthDate: string
  sex: Sex
}
/** A valid BIN and what it encodes. */
export interface BinInfo {
  bin: string
  entity: BinEntity
  unit: BinUnit
}

/** The result of parseIin. */
export type IinResult = ({ ok: true } & IinInfo) | { ok: false; error: IinError }
/** The result of parseBin. */
export type BinResult = ({ ok: true } & BinInfo) | { ok: false; error: BinError }
/** The result of parseIinOrBin; `kind` tells which of the two it was. */
export type IinOrBinResult =
  | ({ ok: true; kind: 'iin' } & IinInfo)
  | ({ ok: true; kind: 'bin' } & BinInfo)
  | { ok: false; error: IinOrBinError }

/** Options for parsing an IIN: `today` bounds the birth date (a Date is read in Asia/Almaty). */
export interface IinOptions {
  today: Date | string
}

const SEPARATORS = /[\s\-\u2010-\u2015\u2212]/gu
const CENTURY_BY_DIGIT: Record<string, number> = {
  1: 1800,
  2: 1800,
  3: 1900,
  4: 1900,
  5: 2000,
  6: 2000,
}
const ENTITY_BY_DIGIT: Record<string, BinEntity> = {
  4: 'resident',
  5: 'non_resident',
  6: 'joint_entrepreneur',
}
const UNIT_BY_DIGIT: Record<string, BinUnit> = {
  0: 'head',
  1: 'branch',
  2: 'representation',
  3: 'peasant_farm',
}
const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]

/** Parses an IIN typed by a person; never throws on bad input. */
export function parseIin(raw: string | null | undefined, options: IinOptions): IinResult {
  const n = normalize(raw)
  if (!n.ok) return n
  const iin = n.digits
  const century = CENTURY_BY_DIGIT[iin[6]!]
  if (century === undefined) return { ok: false, error: 'century' }
  const birthDate = isoDate(century + Number(iin.slice(0, 2)), iin.slice(2, 4), iin.slice(4, 6))
  if (birthDate === undefined) return { ok: false, error: 'date' }
  if (birthDate > calendarDate(options.today)) return { ok: false, error: 'future' }
  if (!hasValidCheckDigit(iin)) return { ok: false, error: 'checksum' }
  return { ok: true, iin, birthDate, sex: Number(iin[6]) % 2 === 1 ? 'male' : 'female' }
}

/** Parses a BIN typed by a person; never throws on bad input. */
export function parseBin(raw: string | null | undefined): BinResult {
  const n = normalize(raw)
  if (!n.ok) return n
  const bin = n.digits
  const month = Number(bin.slice(2, 4))
  if (month < 1 || month > 12) return { ok: false, error: 'month' }
  const entity = ENTITY_BY_DIGIT[bin[4]!]
  if (entity === undefined) return { ok: false, error: 'type' }
  if (!hasValidCheckDigit(bin)) return { ok: false, error: 'checksum' }
  return { ok: true, bin, entity, unit: UNIT_BY_DIGIT[bin[5]!] ?? 'other' }
}

/**
 * Parses a number that may be either. The 5th digit decides: in an IIN it is the first digit
 * of the birth day (0–3), in a BIN the entity digit (4–6), so the two never overlap. A 5th
 * digit of 7–9 fits neither and is reported as the BIN's `type` error.
 */
export function parseIinOrBin(raw: string | null | undefined, options: IinOptions): IinOrBinResult {
  const n = normalize(raw)
  if (!n.ok) return n
  if (Number(n.digits[4]) <= 3) {
    const r = parseIin(n.digits, options)
    return r.ok ? { ...r, kind: 'iin' } : r
  }
  const r = parseBin(n.digits)
  return r.ok ? { ...r, kind: 'bin' } : r
}

/**
 * The 12th digit for 11 digits: weights 1..11, sum mod 11; if that is 10, weights
 * 3..11,1,2, sum mod 11. `undefined` when the second pass is 10 too: such numbers are never
 * issued. Note that the 11th digit has weight 11 ≡ 0 in the first pass, so a typo there goes
 * unnoticed whenever the first pass decides; that is the official algorithm, not a bug here.
 */
export function checkDigit(first11: string): number | undefined {
  if (!/^[0-9]{11}$/.test(first11)) {
    throw new RangeError(`checkDigit() needs 11 ASCII digits, got "${first11}"`)
  }
  const first = weightedMod11(first11, FIRST_WEIGHTS)
  if (first !== 10) return first
  const second = weightedMod11(first11, SECOND_WEIGHTS)
  return second === 10 ? undefined : second
}

/**
 * A valid IIN for a birth date (1800–2099), sex and 4-digit serial. A serial whose check
 * digit would be 10 is skipped for the next one, so the result may carry a higher serial.
 */
export function makeIin(input: { birthDate: string; sex: Sex; serial: number }): string {
  const [, cc = '', yy = '', mm = '', dd = ''] =
    /^(1[89]|20)(\d{2})-(\d{2})-(\d{2})$/.exec(input.birthDate) ?? []
  if (cc === '' || isoDate(Number(cc + yy), mm, dd) !== input.birthDate) {
    throw new RangeError(`makeIin() needs a real date from 1800 to 2099, got "${input.birthDate}"`)
  }
  const centuryDigit = { 18: 1, 19: 3, 20: 5 }[cc as '18' | '19' | '20']
  const sexDigit = centuryDigit + (input.sex === 'female' ? 1 : 0)
  return withCheckDigit(`${yy}${mm}${dd}${sexDigit}`, input.serial, 4)
}

/** A valid BIN from its parts; like makeIin, it skips serials that have no check digit. */
export function makeBin(
  input: { yymm: string; type: 4 | 5 | 6; subtype: number; serial: number },
): string {
  const month = Number(input.yymm.slice(2))
  if (!/^\d{4}$/.test(input.yymm) || month < 1 || month > 12) {
    throw new RangeError(`makeBin() needs YYMM with a month 01–12, got "${input.yymm}"`)
  }
  if (ENTITY_BY_DIGIT[input.type] === undefined) {
    throw new RangeError(`makeBin() needs an entity type 4, 5 or 6, got ${input.type}`)
  }
  if (!Number.isInteger(input.subtype) || input.subtype < 0 || input.subtype > 9) {
    throw new RangeError(`makeBin() needs a subtype digit 0–9, got ${input.subtype}`)
  }
  return withCheckDigit(`${input.yymm}${input.type}${input.subtype}`, input.serial, 5)
}

function normalize(
  raw: string | null | undefined,
): { ok: true; digits: string } | { ok: false; error: 'required' | 'not_digits' | 'length' } {
  const s = (raw ?? '').replace(SEPARATORS, '')
  if (s === '') return { ok: false, error: 'required' }
  if (!/^[0-9]+$/.test(s)) return { ok: false, error: 'not_digits' }
  if (s.length !== 12) return { ok: false, error: 'length' }
  return { ok: true, digits: s }
}

function hasValidCheckDigit(number: string): boolean {
  return checkDigit(number.slice(0, 11)) === Number(number[11])
}

function weightedMod11(digits: string, weights: number[]): number {
  let sum = 0
  weights.forEach((w, i) => (sum += Number(digits[i]) * w))
  return sum % 11
}

function isoDate(year: number, mm: string, dd: string): string | undefined {
  // Date.UTC rolls 30 February over to March, so a date that survives the round trip is real.
  const iso = `${year}-${mm}-${dd}`
  const d = new Date(Date.UTC(year, Number(mm) - 1, Number(dd)))
  return d.toISOString().slice(0, 10) === iso ? iso : undefined
}

function calendarDate(today: Date | string): string {
  if (typeof today === 'string') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
      throw new RangeError(`today must be YYYY-MM-DD, got "${today}"`)
    }
    return today
  }
  const parts = new Intl.DateTimeFormat('en', {
    timeZone: 'Asia/Almaty',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(today)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}

function withCheckDigit(prefix: string, serial: number, width: number): string {
  if (!Number.isInteger(serial) || serial < 0 || serial >= 10 ** width) {
    throw new RangeError(`serial must be an integer from 0 to ${10 ** width - 1}, got ${serial}`)
  }
  for (let s = serial; s < 10 ** width; s++) {
    const first11 = prefix + String(s).padStart(width, '0')
    const check = checkDigit(first11)
    if (check !== undefined) return first11 + check
  }
  throw new RangeError(`no serial from ${serial} gives "${prefix}…" a check digit`)
}
