import { describe, expect, it } from 'vitest'
import kk from '../../../locales/kk/identity.json' with { type: 'json' }
import ru from '../../../locales/ru/identity.json' with { type: 'json' }
import { commonPasswords } from './common-passwords.ts'
import {
  checkPassword,
  normalizePassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type PasswordError,
} from './password-policy.ts'

const login = '880314400124'
// «й» precomposed (U+0439) and decomposed (U+0438 U+0306).
const nfcShortI = '\u0439'
const nfdShortI = '\u0438\u0306'

describe('checkPassword()', () => {
  it('accepts 8 code points and refuses 7', () => {
    expect(checkPassword('tau-ozen', { login })).toEqual({ ok: true })
    expect(checkPassword('tauozen', { login })).toEqual({ ok: false, error: 'too_short' })
  })

  it('accepts 128 code points and refuses 129, without truncating', () => {
    const long = 'Көктемде Алатаудың баурайында алма ағаштары гүлдейді. '.repeat(3).slice(0, 128)
    expect([...long].length).toBe(128)
    expect(checkPassword(long)).toEqual({ ok: true })
    expect(checkPassword(`${long}!`)).toEqual({ ok: false, error: 'too_long' })
    expect(normalizePassword(`${long}!`)).toBe(`${long}!`)
  })

  it('counts code points, not UTF-16 units', () => {
    expect('🐎'.repeat(7).length).toBe(14)
    expect(checkPassword('🐎'.repeat(7))).toEqual({ ok: false, error: 'too_short' })
    expect(checkPassword('🐎'.repeat(8))).toEqual({ ok: true })
    expect(checkPassword('🐎'.repeat(128))).toEqual({ ok: true })
    expect(checkPassword('🐎'.repeat(129))).toEqual({ ok: false, error: 'too_long' })
  })

  it('counts after NFC, so decomposed letters are not counted twice', () => {
    expect([...nfdShortI.repeat(4)].length).toBe(8)
    expect(checkPassword(nfdShortI.repeat(4))).toEqual({ ok: false, error: 'too_short' })
    expect(checkPassword(`${nfdShortI.repeat(4)}сөз!`)).toEqual({ ok: true })
  })

  it('has no composition rules', () => {
    for (
      const p of [
        'correct horse battery staple',
        'алма ағашы гүлдеді',
        'жылқы мен түйе',
        '73920468',
      ]
    ) {
      expect(checkPassword(p, { login })).toEqual({ ok: true })
    }
  })

  it('refuses common passwords whatever the case or Unicode form', () => {
    for (
      const p of [
        'password',
        'PassWord1',
        'QWERTY123',
        '1q2w3e4r',
        'Kazakhstan',
        'ЙЦУКЕНГШЩЗ',
        'Құпиясөз',
      ]
    ) {
      expect(checkPassword(p, { login })).toEqual({ ok: false, error: 'common' })
    }
    const decomposed = `${nfdShortI}цукенгшщз`
    expect(decomposed).not.toBe(`${nfcShortI}цукенгшщз`)
    expect(checkPassword(decomposed)).toEqual({ ok: false, error: 'common' })
  })

  it('reports a short common password as too short, the first rule broken', () => {
    expect(checkPassword('123456')).toEqual({ ok: false, error: 'too_short' })
  })

  it('refuses the login itself and any password containing it, spaces and hyphens ignored', () => {
    for (const p of [login, `Менің${login}`, '880314-400124!', '880 314 400 124 құпия']) {
      expect(checkPassword(p, { login })).toEqual({ ok: false, error: 'contains_login' })
    }
    expect(checkPassword('880314-400124!', { login: ' 880314 400124 ' })).toMatchObject({
      error: 'contains_login',
    })
  })

  it('allows digits of the login when the whole login is not there', () => {
    expect(checkPassword('880314 күні туылдым', { login })).toEqual({ ok: true })
    expect(checkPassword(`${login}!`)).toEqual({ ok: true })
    expect(checkPassword(`${login}!`, { login: '' })).toEqual({ ok: true })
  })
})

describe('normalizePassword()', () => {
  it('returns NFC and leaves everything else alone', () => {
    expect(normalizePassword(`  ${nfdShortI}ә  `)).toBe(`  ${nfcShortI}ә  `)
    expect(normalizePassword('ӘҒҚҢӨҰҮҺІ әғқңөұүһі')).toBe('ӘҒҚҢӨҰҮҺІ әғқңөұүһі')
  })
})

describe('commonPasswords', () => {
  it('holds at least the top 3000, led by the most frequent', () => {
    expect(commonPasswords.size).toBeGreaterThanOrEqual(3000)
    const first = [...commonPasswords].slice(0, 3)
    expect(first).toEqual(['123456', 'password', '12345678'])
  })
  it('holds only non-empty lower-case NFC entries without surrounding spaces', () => {
    const bad = [...commonPasswords].filter((p) =>
      p === '' || p !== p.trim() || p !== p.normalize('NFC').toLowerCase()
    )
    expect(bad).toEqual([])
  })
  it('includes the local Cyrillic and Kazakh additions', () => {
    for (
      const p of ['йцукен', 'пароль', 'құпиясөз', 'қазақстан', 'qazaqstan', 'astana', 'almaty']
    ) {
      expect(commonPasswords.has(p)).toBe(true)
    }
  })
})

describe('password messages', () => {
  const errors = { too_short: 1, too_long: 1, common: 1, contains_login: 1 } satisfies Record<
    PasswordError,
    1
  >
  it('cover every error in kk and ru and state the current limits', () => {
    for (const messages of [kk.validation.password, ru.validation.password]) {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(errors).sort())
      expect(messages.too_short).toContain(String(PASSWORD_MIN_LENGTH))
      expect(messages.too_long).toContain(String(PASSWORD_MAX_LENGTH))
    }
  })
})
