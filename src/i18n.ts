/**
 * Kazakh and Russian texts through one i18next instance, loaded synchronously at start.
 * Every user-visible string lives in `locales/{kk,ru}/<namespace>.json`; this file only wires
 * them. To add a namespace, add the two JSON files and one line to each language below.
 */
import i18next, { type i18n as I18n } from 'i18next'
import kkCatalog from '../locales/kk/catalog.json' with { type: 'json' }
import kkCommon from '../locales/kk/common.json' with { type: 'json' }
import kkIdentity from '../locales/kk/identity.json' with { type: 'json' }
import kkSigning from '../locales/kk/signing.json' with { type: 'json' }
import kkSla from '../locales/kk/sla.json' with { type: 'json' }
import kkSurvey from '../locales/kk/survey.json' with { type: 'json' }
import ruCatalog from '../locales/ru/catalog.json' with { type: 'json' }
import ruCommon from '../locales/ru/common.json' with { type: 'json' }
import ruIdentity from '../locales/ru/identity.json' with { type: 'json' }
import ruSigning from '../locales/ru/signing.json' with { type: 'json' }
import ruSla from '../locales/ru/sla.json' with { type: 'json' }
import ruSurvey from '../locales/ru/survey.json' with { type: 'json' }

/** The languages of the service; Kazakh is the state language and the default. */
export const languages = ['kk', 'ru'] as const
export type Lang = (typeof languages)[number]
export const defaultLang: Lang = 'kk'

/** A translation function bound to one language. */
export type T = (key: string, options?: Record<string, unknown>) => string

/** The resources, by language and namespace; tests compare the two languages. */
export const resources = {
  kk: {
    catalog: kkCatalog,
    common: kkCommon,
    identity: kkIdentity,
    signing: kkSigning,
    sla: kkSla,
    survey: kkSurvey,
  },
  ru: {
    catalog: ruCatalog,
    common: ruCommon,
    identity: ruIdentity,
    signing: ruSigning,
    sla: ruSla,
    survey: ruSurvey,
  },
} as const

export const namespaces = Object.keys(resources.kk) as Array<keyof typeof resources.kk>

/** True for 'kk' and 'ru'. */
export function isLang(value: unknown): value is Lang {
  return value === 'kk' || value === 'ru'
}

/** Options for createI18n. */
export interface I18nOptions {
  /** Called for every key asked for that has no text; tests fail on it. */
  onMissingKey?: (lang: string, key: string) => void
}

/** Creates the i18next instance; `translator(lang)` gives a `t` for one language. */
export function createI18n(
  options: I18nOptions = {},
): { translator(lang: Lang): T; instance: I18n } {
  const instance = i18next.createInstance()
  void instance.init({
    resources,
    lng: defaultLang,
    fallbackLng: false,
    supportedLngs: [...languages],
    ns: namespaces,
    defaultNS: 'common',
    nsSeparator: ':',
    keySeparator: '.',
    initAsync: false,
    returnNull: false,
    // Hono JSX escapes every text node, so i18next must not escape a second time.
    interpolation: { escapeValue: false },
    saveMissing: Boolean(options.onMissingKey),
    missingKeyHandler: (lngs, ns, key) => options.onMissingKey?.(lngs.join(','), `${ns}:${key}`),
  })
  const cache = new Map<Lang, T>()
  return {
    instance,
    translator(lang) {
      let t = cache.get(lang)
      if (!t) {
        const fixed = instance.getFixedT(lang)
        t = (key, opts) => String(fixed(key, opts as never))
        cache.set(lang, t)
      }
      return t
    },
  }
}
