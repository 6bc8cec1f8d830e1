/**
 * Kazakh and Russian texts through one i18next instance, loaded synchronously at start.
 * Every user-visible string lives in `locales/{kk,ru}/<namespace>.json`; this file only wires
 * them. To add a namespace, add the two JSON files and one line to each language below.
 */
import i18next, { type i18n as I18n } from 'i18next'
import kkApproval from '../locales/kk/approval.json' with { type: 'json' }
import kkCatalog from '../locales/kk/catalog.json' with { type: 'json' }
import kkCommon from '../locales/kk/common.json' with { type: 'json' }
import kkIdentity from '../locales/kk/identity.json' with { type: 'json' }
import kkIntake from '../locales/kk/intake.json' with { type: 'json' }
import kkIssuance from '../locales/kk/issuance.json' with { type: 'json' }
import kkReview from '../locales/kk/review.json' with { type: 'json' }
import kkSigning from '../locales/kk/signing.json' with { type: 'json' }
import kkSla from '../locales/kk/sla.json' with { type: 'json' }
import kkSurvey from '../locales/kk/survey.json' with { type: 'json' }
import ruApproval from '../locales/ru/approval.json' with { type: 'json' }
import ruCatalog from '../locales/ru/catalog.json' with { type: 'json' }
import ruCommon from '../locales/ru/common.json' with { type: 'json' }
import ruIdentity from '../locales/ru/identity.json' with { type: 'json' }
import ruIntake from '../locales/ru/intake.json' with { type: 'json' }
import ruIssuance from '../locales/ru/issuance.json' with { type: 'json' }
import ruReview from '../locales/ru/review.json' with { type: 'json' }
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
    approval: kkApproval,
    catalog: kkCatalog,
    common: kkCommon,
    identity: kkIdentity,
    intake: kkIntake,
    issuance: kkIssuance,
    review: kkReview,
    signing: kkSigning,
    sla: kkSla,
    survey: kkSurvey,
  },
  ru: {
    approval: ruApproval,
    catalog: ruCatalog,
    common: ruCommon,
    identity: ruIdentity,
    intake: ruIntake,
    issuance: ruIssuance,
    review: ruReview,
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
        // A text without options never changes: look it up once (a page asks for dozens).
        // The same holds for small options of plain values (a count, a date already formatted).
        const known = new Map<string, string>()
        t = (key, opts) => {
          const id = opts ? cacheKey(key, opts) : key
          if (id === undefined) return String(fixed(key, opts as never))
          let text = known.get(id)
          if (text === undefined) {
            text = String(fixed(key, opts as never))
            // With its options, so a plural key (`…_one`, `…_other`) is found as such.
            const found = instance.exists(key, { ...opts, lng: lang })
            if (known.size < 20_000 && found) known.set(id, text)
          }
          return text
        }
        cache.set(lang, t)
      }
      return t
    },
  }
}

/** A cache key for options made of a few short plain values; undefined when not cacheable. */
function cacheKey(key: string, opts: Record<string, unknown>): string | undefined {
  const entries = Object.entries(opts)
  if (entries.length > 4) return undefined
  for (const [, v] of entries) {
    if (!(typeof v === 'number' || (typeof v === 'string' && v.length <= 40))) return undefined
  }
  return `${key}\u0000${JSON.stringify(entries)}`
}
