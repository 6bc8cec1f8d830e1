/**
 * Shared parts of the Aktobe regulations. Seed 001 (resolution No. 436 of 2019) re-words five
 * regulations of one provider; they repeat the act, the provider, the portal-only channel, the
 * legal basis and the notes on the defects the text shares (SERVICES.md §9.10, §9.14).
 */
import type { z } from 'zod'
import type { regulation } from '../definition.ts'

/** A regulation as written in a data file, before zod parses it. */
export type RegulationInput = z.input<typeof regulation>

/** A text in both languages, as the data files write it. */
export type TextInput = RegulationInput['name']

/** Resolution No. 436 of 18.10.2019, which gives the five regulations of seed 001 their wording. */
export const act2019 = {
  title: {
    kk: 'Ақтөбе облысы әкімдігінің кейбір қаулыларына өзгерістер енгізу туралы',
    ru: 'О внесении изменений в некоторые постановления акимата Актюбинской области',
  },
  number: '436',
  date: '2019-10-18',
  source: '001 L2-8',
} as const satisfies RegulationInput['act']

/** The act's state registration (29.10.2019, No. 6435): the date the catalog applies it from. */
export const effectiveFrom2019 = '2019-10-29'

/** The repeal stated in seed 001: shown to users, not enforced. */
export const repeal2019 = {
  text: {
    kk: 'Ақтөбе облысы әкімдігінің 2020 жылғы 17 қаңтардағы № 10 қаулысымен күші жойылды',
    ru: 'Утратило силу постановлением акимата Актюбинской области от 17 января 2020 года № 10',
  },
  source: '001 L4-12',
} as const satisfies NonNullable<RegulationInput['repealNote']>

/** The provider of every regulation in seed 001; the seed gives no address or phone. */
export function constructionProvider(source: string): RegulationInput['provider'] {
  return {
    name: {
      kk: '"Ақтөбе облысының мемлекеттік сәулет-құрылыс бақылау басқармасы" мемлекеттік мекемесі',
      ru:
        'ГУ «Управление государственного архитектурно-строительного контроля Актюбинской области»',
    },
    address: null,
    phone: null,
    source,
  }
}

/** The two laws the preamble of resolution No. 436 cites for all five regulations. */
export const lawsCited2019 = [
  {
    text: {
      kk:
        'Қазақстан Республикасының 2001 жылғы 23 қаңтардағы "Қазақстан Республикасындағы жергілікті мемлекеттік басқару және өзін-өзі басқару туралы" Заңының 27-бабы',
      ru:
        'Статья 27 Закона Республики Казахстан от 23 января 2001 года «О местном государственном управлении и самоуправлении в Республике Казахстан»',
    },
    source: '001 L13-15',
  },
  {
    text: {
      kk:
        'Қазақстан Республикасының 2013 жылғы 15 сәуірдегі "Мемлекеттік көрсетілетін қызметтер туралы" Заңының 16-бабының 3-тармағы',
      ru:
        'Пункт 3 статьи 16 Закона Республики Казахстан от 15 апреля 2013 года «О государственных услугах»',
    },
    source: '001 L15-16',
  },
] as const satisfies RegulationInput['legalBasis']

/** Order No. 276 of 27.03.2015, which approves the standards of S3–S6. */
export function order276(source: string): RegulationInput['legalBasis'][number] {
  return {
    text: {
      kk:
        'Қазақстан Республикасы Ұлттық экономика министрінің міндетін атқарушының 2015 жылғы 27 наурыздағы № 276 "Сәулет, қала құрылысы және құрылыс саласындағы мемлекеттік көрсетілетін қызмет стандарттарын бекіту туралы" бұйрығы (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 11133 тіркелген)',
      ru:
        'Приказ исполняющего обязанности Министра национальной экономики Республики Казахстан от 27 марта 2015 года № 276 «Об утверждении стандартов государственных услуг в сфере архитектуры, градостроительства и строительства» (зарегистрирован в Реестре государственной регистрации нормативных правовых актов № 11133)',
    },
    source,
  }
}

/** The note that S3–S6 were first approved by resolution No. 139 and re-worded in 2019. */
export function approvedBy139(source: string): NonNullable<RegulationInput['notes']>[number] {
  return {
    text: {
      kk:
        'Регламент Ақтөбе облысы әкімдігінің 2015 жылғы 30 сәуірдегі № 139 қаулысымен бекітілген (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 4350 тіркелген) және 2019 жылғы 18 қазандағы № 436 қаулымен жаңа редакцияда жазылған',
      ru:
        'Регламент утвержден постановлением акимата Актюбинской области от 30 апреля 2015 года № 139 (зарегистрировано в Реестре государственной регистрации нормативных правовых актов № 4350) и изложен в новой редакции постановлением от 18 октября 2019 года № 436',
    },
    source,
  }
}

/** Notes every regulation of seed 001 carries: the portal process and its defects. */
export function notes2019(portalSource: string): NonNullable<RegulationInput['notes']> {
  return [
    {
      text: {
        kk:
          'Портал арқылы: қызмет алушы ЖСН/БСН мен пароль арқылы авторизацияланады, сұраныс үлгісін толтырып, Стандарттың 9-тармағындағы құжаттардың электрондық көшірмелерін қоса береді және ЭЦҚ-мен қол қояды; порталда ЭЦҚ тіркеу куәлігінің жарамдылық мерзімі, кері қайтарылған (жойылған) куәліктер тізімінде жоқтығы және ЖСН/БСН сәйкестігі тексеріледі. Регламентте төлем қадамы жоқ.',
        ru:
          'Через портал: услугополучатель авторизуется по ИИН/БИН и паролю, заполняет форму запроса, прикрепляет электронные копии документов по пункту 9 Стандарта и подписывает запрос ЭЦП; портал проверяет срок действия регистрационного свидетельства ЭЦП, его отсутствие в списке отозванных (аннулированных) свидетельств и совпадение ИИН/БИН. Этапа оплаты в регламенте нет.',
      },
      source: portalSource,
    },
    {
      text: {
        kk:
          'Порталдағы 4-үдеріс ЭЦҚ расталмаса бас тартуды "қызмет берушінің ЭЦҚ" деп атайды; мағынасы бойынша бұл қызмет алушының ЭЦҚ-сы.',
        ru:
          'Процесс 4 на портале говорит об отказе, если не подтверждена «ЭЦП услугодателя»; по смыслу речь идет об ЭЦП услугополучателя.',
      },
      source: 'SERVICES.md §9.10',
    },
    {
      text: {
        kk:
          'Регламенттің 4-бөлімі "Азаматтарға арналған үкімет" Мемлекеттік корпорациясымен өзара іс-қимылды атайды, бірақ тек портал арқылы үдерісті сипаттайды; Мемлекеттік корпорация арқылы арна жоқ.',
        ru:
          'Раздел 4 регламента называет взаимодействие с Госкорпорацией «Правительство для граждан», но описывает только процесс через портал; канала через Госкорпорацию нет.',
      },
      source: 'SERVICES.md §9.14',
    },
  ]
}
