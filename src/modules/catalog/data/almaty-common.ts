/**
 * Shared parts of the Almaty cotton-receipts regulation (seed 002, resolution No. 191 of 2013).
 * The seed is an "electronic state service regulation": it gives the portal and provider
 * processes and overall deadlines, but no documents, fee, refusal grounds or qualification
 * requirements. Those stay references to Standard No. 305 (SERVICES.md §9.29).
 */
import type { z } from 'zod'
import type { regulation, step } from '../definition.ts'

/** A regulation as written in a data file, before zod parses it. */
export type RegulationInput = z.input<typeof regulation>

/** One route step as written in a data file. */
export type StepInput = z.input<typeof step>

/** A text in both languages, as the data files write it. */
export type TextInput = RegulationInput['name']

type SubServiceInput = RegulationInput['subServices'][number]

/**
 * The seed names no document list: documents are attached to the request form on the portal
 * or scanned by the provider's employee, following the Standard the service rests on.
 */
export const almatyDocuments = {
  status: 'standard_reference',
  reference: {
    kk:
      'Құжаттар тізбесі Қазақстан Республикасы Үкіметінің 2013 жылғы 29 наурыздағы № 305 қаулысымен бекітілген Стандартта белгіленген; регламентте келтірілмеген. Құжаттар сұрау нысанына электронды түрде бекітіледі немесе оларды қызмет берушінің қызметкері сканерлеп тіркейді.',
    ru:
      'Перечень документов установлен Стандартом, утверждённым постановлением Правительства Республики Казахстан от 29 марта 2013 года № 305; в регламенте не приведён. Документы прикрепляются к форме запроса в электронном виде либо сканируются и прикрепляются работником услугодателя.',
  },
  items: [],
  source: '002 L59-66, L155-162, L215-217; SERVICES.md §9.29',
} as const satisfies SubServiceInput['documents']

/**
 * No fee is stated, yet the portal process has a payment step before signing and the
 * technical conditions require a bank card or a current account.
 */
export const almatyFeeNote = {
  kk:
    'Алым мөлшері регламентте көрсетілмеген. ЭҮП арқылы жүгінгенде қызметке ақы сұрауға ЭЦҚ-мен қол қойылғанға дейін ЭҮТШ арқылы төленеді; төлем болмаса, сұратылған қызметтен бас тарту туралы хабарлама құрылады. Қызмет көрсетудің техникалық шарты – екінші деңгейдегі банкте банк карточкасының немесе ағымдағы шоттың болуы.',
  ru:
    'Размер сбора в регламенте не указан. При обращении через ПЭП услуга оплачивается через ПШЭП до подписания запроса ЭЦП; при отсутствии оплаты формируется сообщение об отказе в запрашиваемой услуге. Техническое условие оказания услуги – наличие банковской карточки или текущего счёта в банке второго уровня.',
} as const satisfies TextInput

/** The seed gives the deadline only as the time of the last action of the App. 1 tables. */
export const almatyDeadlineNote = {
  kk:
    'Мерзім 1-қосымшаның кестелерінде соңғы іс-қимыл (электрондық құжат) үшін көрсетілген; қызмет берушінің ішкі іс-қимылдарына бөлінбеген.',
  ru:
    'Срок указан в таблицах приложения 1 для последнего действия (электронный документ); по внутренним действиям услугодателя не распределён.',
} as const satisfies TextInput

/** App. 3: the first-person Almaty wording of the "quality" and "accessibility" survey. */
export const almatySurvey = {
  id: 'almaty-2013',
  title: {
    kk:
      '"Сапа" және "қол жетімділік" электрондық мемлекеттік қызмет көрсеткіштерін анықтау үшін сауалнама үлгісі',
    ru:
      'Форма анкеты для определения показателей электронной государственной услуги: «качество» и «доступность»',
  },
  questions: [
    {
      kk:
        'Сіз электрондық мемлекеттік қызмет көрсету процессінің сапасы мен нәтижесіне қанағаттанасыз ба?',
      ru:
        'Удовлетворены ли Вы качеством процесса и результатом оказания электронной государственной услуги?',
    },
    {
      kk:
        'Сіз электрондық мемлекеттік қызмет көрсету тәртібі туралы ақпарат сапасына қанағаттанасыз ба?',
      ru:
        'Удовлетворены ли Вы качеством информации о порядке оказания электронной государственной услуги?',
    },
  ],
  answers: [
    { kk: 'қанағаттанбаймын', ru: 'не удовлетворен(а)' },
    { kk: 'жартылай қанағаттанамын', ru: 'частично удовлетворен(а)' },
    { kk: 'қанағаттанамын', ru: 'удовлетворен(а)' },
  ],
  source: '002 L255-257, L714-729',
} as const satisfies NonNullable<RegulationInput['survey']>

/**
 * The laws and the Government resolution the preamble and para 2 cite; the extraction displaced
 * "27-бабына" into the next law's title, so article 27 is given back to its law.
 */
export const almatyLegalBasis = [
  {
    text: {
      kk:
        'Қазақстан Республикасының 2001 жылғы 23 қаңтардағы "Қазақстан Республикасындағы жергілікті мемлекеттік басқару және өзін-өзі басқару туралы" Заңының 27-бабы',
      ru:
        'Статья 27 Закона Республики Казахстан от 23 января 2001 года «О местном государственном управлении и самоуправлении в Республике Казахстан»',
    },
    source: '002 L16-18',
  },
  {
    text: {
      kk: 'Қазақстан Республикасының 2007 жылғы 11 қаңтардағы "Ақпараттандыру туралы" Заңы',
      ru: 'Закон Республики Казахстан от 11 января 2007 года «Об информатизации»',
    },
    source: '002 L18-19, L59-60',
  },
  {
    text: {
      kk:
        'Қазақстан Республикасының 2013 жылғы 15 сәуірдегі "Мемлекеттік көрсетілетін қызметтер туралы" Заңы',
      ru: 'Закон Республики Казахстан от 15 апреля 2013 года «О государственных услугах»',
    },
    source: '002 L19-20, L60-61',
  },
  {
    text: {
      kk:
        'Қазақстан Республикасы Үкіметінің 2013 жылғы 29 наурыздағы «"Мақта қолхаттарын беру арқылы қойма қызметі бойынша қызметтер көрсетуге лицензия беру, қайта ресімдеу, лицензияның телнұсқаларын беру" мемлекеттік қызметтер көрсету стандартын бекіту туралы» № 305 қаулысы (Стандарт)',
      ru:
        'Постановление Правительства Республики Казахстан от 29 марта 2013 года № 305 «Об утверждении стандарта государственной услуги «Выдача лицензии, переоформление, выдача дубликатов лицензии на оказание услуг по складской деятельности с выпуском хлопковых расписок»» (Стандарт)',
    },
    source: '002 L20-24, L61-66',
  },
] as const satisfies RegulationInput['legalBasis']
