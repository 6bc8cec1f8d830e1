import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import kk from '../../../locales/kk/signing.json' with { type: 'json' }
import ru from '../../../locales/ru/signing.json' with { type: 'json' }
import { failureMessage, messageCodes } from './messages.ts'
import { checkNames } from './types.ts'

const i18n = i18next.createInstance()
await i18n.init({
  resources: { kk: { signing: kk }, ru: { signing: ru } },
  ns: ['signing'],
  lng: 'kk',
  fallbackLng: false,
  interpolation: { escapeValue: false },
})

describe('failureMessage()', () => {
  it('has a distinct Kazakh and Russian text for every code', () => {
    for (const lang of ['kk', 'ru']) {
      const t = i18n.getFixedT(lang)
      const texts = messageCodes.map((code) => {
        const { key, values } = failureMessage({ code })
        const text = t(key, values)
        expect(text, `${lang} ${code}`).not.toBe(key.replace('signing:', ''))
        return text
      })
      expect(new Set(texts).size).toBe(messageCodes.length)
    }
  })

  it('names the refused algorithm in both languages', () => {
    const { key, values } = failureMessage({
      code: 'unsupported_algorithm',
      detail: 'GOST 34.310-2004 (1.2.398.3.10.1.1.1.1)',
    })
    for (const lang of ['kk', 'ru']) {
      expect(i18n.getFixedT(lang)(key, values)).toContain(
        '«GOST 34.310-2004 (1.2.398.3.10.1.1.1.1)»',
      )
    }
  })

  it('has no text for a code that does not exist, so the list above is the whole list', () => {
    expect(Object.keys(kk.errors).sort()).toEqual([...messageCodes].sort())
    expect(Object.keys(kk.checks).sort()).toEqual([...checkNames].sort())
  })
})
