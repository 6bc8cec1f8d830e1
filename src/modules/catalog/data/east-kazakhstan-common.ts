/**
 * Shared parts of the East Kazakhstan grain-receipts regulation (seed 003, resolution No. 71
 * of 2014): the types the data files are written in and the references to Standard No. 160
 * that stand for the documents and refusal grounds the seed does not list (SERVICES.md §9.29).
 */
import type { z } from 'zod'
import type { regulation, step } from '../definition.ts'

/** A regulation as written in a data file, before zod parses it. */
export type RegulationInput = z.input<typeof regulation>

/** One sub-service as written in a data file. */
export type SubServiceInput = RegulationInput['subServices'][number]

/** One route step as written in a data file. */
export type StepInput = z.input<typeof step>

/** A text in both languages, as the data files write it. */
export type TextInput = RegulationInput['name']

/** Every sub-service accepts the application form and documents of the Standard. */
export const eastKazakhstanDocuments = {
  status: 'standard_reference',
  reference: {
    kk:
      'Стандарттың 9-тармағына сәйкес құжаттар; өтініш Стандарттың 1 қосымшасына сәйкес нысан бойынша беріледі.',
    ru:
      'Документы согласно пункту 9 Стандарта; заявление подаётся по форме согласно приложению 1 к Стандарту.',
  },
  items: [],
  source: '003 L42, L57, L70, L139',
} as const satisfies SubServiceInput['documents']

/** No fee is stated; the portal process still has a payment step before signing. */
export const eastKazakhstanFeeNote = {
  kk:
    'Алым мөлшері регламентте көрсетілмеген. ЭҮП арқылы жүгінгенде қызметке ақы сұрау салуға ЭЦҚ-мен қол қойылғанға дейін ЭҮТШ арқылы төленеді; төлем болмаса, "Е-лицензиялау" МДБ АЖ-да сұратылатын қызметтен бас тарту туралы хабарлама қалыптастырылады.',
  ru:
    'Размер сбора в регламенте не указан. При обращении через ПЭП услуга оплачивается через ПШЭП до подписания запроса ЭЦП; при отсутствии оплаты в ИС ГБД «Е-лицензирование» формируется сообщение об отказе в запрашиваемой услуге.',
} as const satisfies TextInput

/** The provider is named only as "the oblast local executive body", without an address. */
export const eastKazakhstanProvider = {
  name: {
    kk: 'Облыстың жергілікті атқарушы органы',
    ru: 'Местный исполнительный орган области',
  },
  address: null,
  phone: null,
  source: '003 L22',
} as const satisfies RegulationInput['provider']

/** The laws and the Government resolution the preamble cites. */
export const eastKazakhstanLegalBasis = [
  {
    text: {
      kk:
        'Қазақстан Республикасының 2001 жылғы 23 қаңтардағы "Қазақстан Республикасындағы жергілікті мемлекеттік басқару және өзін-өзі басқару туралы" Заңының 27-бабының 2-тармағы',
      ru:
        'Пункт 2 статьи 27 Закона Республики Казахстан от 23 января 2001 года «О местном государственном управлении и самоуправлении в Республике Казахстан»',
    },
    source: '003 L13',
  },
  {
    text: {
      kk:
        'Қазақстан Республикасының 2013 жылғы 15 сәуірдегі "Мемлекеттік көрсетілетін қызметтер туралы" Заңының 16-бабы',
      ru:
        'Статья 16 Закона Республики Казахстан от 15 апреля 2013 года «О государственных услугах»',
    },
    source: '003 L13',
  },
  {
    text: {
      kk:
        '«"Астық қолхаттарын беру арқылы қойма қызметі бойынша қызметтер көрсетуге лицензия беру, қайта ресімдеу, лицензияның телнұсқаларын беру" мемлекеттік көрсетілетін қызмет стандартын бекіту туралы» Қазақстан Республикасы Үкіметінің 2014 жылғы 28 ақпандағы № 160 қаулысы (Стандарт)',
      ru:
        'Постановление Правительства Республики Казахстан от 28 февраля 2014 года № 160 «Об утверждении стандарта государственной услуги «Выдача лицензии, переоформление, выдача дубликатов лицензии на оказание услуг по складской деятельности с выпуском зерновых расписок»» (Стандарт)',
    },
    source: '003 L13, L26',
  },
] as const satisfies RegulationInput['legalBasis']
