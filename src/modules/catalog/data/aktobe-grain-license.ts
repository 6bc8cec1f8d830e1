/** S1-A: grain-receipts warehouse license, Aktobe 2014 (seed 000, resolution No. 120). */
import type { RegulationInput, TextInput } from './aktobe-common.ts'
import {
  grainDuplicateSteps,
  grainIssueSteps,
  grainReissueSteps,
} from './aktobe-grain-license-route.ts'
import { grainNotes } from './aktobe-grain-license-notes.ts'

const serviceName: TextInput = {
  kk:
    'Астық қолхаттарын беру арқылы қойма қызметі бойынша қызметтер көрсетуге лицензия беру, қайта ресімдеу, лицензияның телнұсқаларын беру',
  ru:
    'Выдача лицензии, переоформление, выдача дубликатов лицензии на оказание услуг по складской деятельности с выпуском зерновых расписок',
}

const feeNote: TextInput = {
  kk:
    'Регламентте алым мөлшері көрсетілмеген; ЭҮП арқылы жүгінгенде қызметке ақы "электрондық үкіметтің" төлем шлюзі (ЭҮТШ) арқылы төленеді',
  ru:
    'Размер сбора в регламенте не указан; при обращении через ПЭП услуга оплачивается через платежный шлюз «электронного правительства» (ПШЭП)',
}

/** The regulation of seed 000 [000 L1-453]. */
export const aktobeGrainLicense = {
  id: 'aktobe-grain-license',
  code: 'S1-A',
  version: 1,
  effectiveFrom: '2014-05-27',
  region: 'aktobe',
  sector: 'agriculture',
  name: serviceName,
  act: {
    title: {
      kk: `"${serviceName.kk}" мемлекеттік көрсетілетін қызмет регламентін бекіту туралы`,
      ru: `Об утверждении регламента государственной услуги «${serviceName.ru}»`,
    },
    number: '120',
    date: '2014-04-24',
    source: '000 L2-12',
  },
  repealNote: {
    text: {
      kk: 'Ақтөбе облысы әкімдігінің 2015 жылғы 17 маусымдағы № 210 қаулысымен күші жойылды',
      ru: 'Утратило силу постановлением акимата Актюбинской области от 17 июня 2015 года № 210',
    },
    source: '000 L6-12',
  },
  provider: {
    name: {
      kk: '"Ақтөбе облысының ауыл шаруашылығы басқармасы" мемлекеттік мекемесі',
      ru: 'ГУ «Управление сельского хозяйства Актюбинской области»',
    },
    address: {
      kk: 'Ақтөбе қаласы, Әбілқайыр хан даңғылы, 40-үй',
      ru: 'г. Актобе, проспект Абилкайыр хана, 40',
    },
    phone: '8 (7132) 56-34-28',
    source: '000 L44-49',
  },
  recipients: ['individual', 'legal_entity'],
  legalBasis: [
    {
      text: {
        kk:
          'Қазақстан Республикасының 2001 жылғы 23 қаңтардағы "Қазақстан Республикасындағы жергілікті мемлекеттік басқару және өзін-өзі басқару туралы" Заңының 27-бабы',
        ru:
          'Статья 27 Закона Республики Казахстан от 23 января 2001 года «О местном государственном управлении и самоуправлении в Республике Казахстан»',
      },
      source: '000 L16-18',
    },
    {
      text: {
        kk:
          'Қазақстан Республикасының 2013 жылғы 15 сәуірдегі "Мемлекеттік көрсетілетін қызметтер туралы" Заңының 16-бабының 3-тармағы',
        ru:
          'Пункт 3 статьи 16 Закона Республики Казахстан от 15 апреля 2013 года «О государственных услугах»',
      },
      source: '000 L18-19',
    },
    {
      text: {
        kk:
          `Қазақстан Республикасы Үкіметінің 2014 жылғы 28 ақпандағы № 160 "${serviceName.kk}" мемлекеттік көрсетілетін қызмет стандартын бекіту туралы" қаулысы`,
        ru:
          `Постановление Правительства Республики Казахстан от 28 февраля 2014 года № 160 «Об утверждении стандарта государственной услуги «${serviceName.ru}»»`,
      },
      source: '000 L20-23',
    },
  ],
  channels: ['office', 'portal'],
  channelsSource: '000 L44-54',
  automation: 'partial',
  workingHours: null,
  refusalGrounds: {
    status: 'standard_reference',
    reference: {
      kk: 'Стандартта көзделген жағдайлар мен негіздер',
      ru: 'Случаи и основания, предусмотренные Стандартом',
    },
    items: [],
    source: '000 L57-67',
  },
  deemedIssued: { applies: false },
  interestedAuthorities: [
    {
      kind: 'consumer-protection',
      name: {
        kk:
          'Қазақстан Республикасының Тұтынушылардың құқығын қорғау жөніндегі агенттігінің тұтынушылардың құқығын қорғау және тұрғындардың санитарлық-эпидемиологиялық саулығы саласындағы аумақтық бөлімшелері',
        ru:
          'Территориальные подразделения Агентства Республики Казахстан по защите прав потребителей в сфере защиты прав потребителей и санитарно-эпидемиологического благополучия населения',
      },
      source: '000 L105-108',
    },
  ],
  qualification: {
    status: 'standard_reference',
    reference: {
      kk:
        'Лицензия беру үшін көрсетілетін қызметті алушының біліктілік талаптарына және негіздемелеріне сәйкестігі (талаптар регламентте тізбеленбеген)',
      ru:
        'Соответствие услугополучателя квалификационным требованиям и основаниям для выдачи лицензии (требования в регламенте не перечислены)',
    },
    items: [],
    source: '000 L257-258, L303-305',
  },
  survey: null,
  subServices: [
    {
      kind: 'issue',
      name: { kk: 'Лицензия беру', ru: 'Выдача лицензии' },
      result: 'license',
      deadline: sumOfSteps('≈ 10 жұмыс күні + 1 сағат', '≈ 10 рабочих дней + 1 час', '000 L88-129'),
      deadlineNote: {
        kk:
          'Басшылықтың қол қою мерзімі "1 (бір) күн" күнтізбелік күнмен, қалған рәсімдер жұмыс күнімен не сағатпен көрсетілген',
        ru:
          'Срок подписания руководством «1 (один) день» указан в календарных днях, остальные шаги – в рабочих днях или часах',
      },
      documents: documents('000 L78-85, L89-91'),
      fee: null,
      feeNote,
      route: { steps: grainIssueSteps, source: '000 L88-129' },
    },
    {
      kind: 'reissue',
      name: { kk: 'Лицензияны қайта ресімдеу', ru: 'Переоформление лицензии' },
      result: 'reissued_license',
      deadline: sumOfSteps('≈ 7 жұмыс күні + 1 сағат', '≈ 7 рабочих дней + 1 час', '000 L130-156'),
      documents: documents('000 L78-85, L131-133'),
      fee: null,
      feeNote,
      route: { steps: grainReissueSteps, source: '000 L130-156' },
    },
    {
      kind: 'duplicate',
      name: { kk: 'Лицензияның телнұсқасын беру', ru: 'Выдача дубликата лицензии' },
      result: 'duplicate',
      deadline: sumOfSteps(
        '≈ 1 жұмыс күні + 9 сағат',
        '≈ 1 рабочий день + 9 часов',
        '000 L157-180',
      ),
      documents: documents('000 L78-85, L158-160'),
      fee: null,
      feeNote,
      route: { steps: grainDuplicateSteps, source: '000 L157-180' },
    },
  ],
  notes: grainNotes,
} satisfies RegulationInput

type SubServiceInput = RegulationInput['subServices'][number]

function sumOfSteps(kk: string, ru: string, lines: string): SubServiceInput['deadline'] {
  return { basis: 'sum_of_steps', summary: { kk, ru }, source: `${lines}; SERVICES.md §2.1` }
}

function documents(source: string): SubServiceInput['documents'] {
  return {
    status: 'standard_reference',
    reference: {
      kk:
        'Стандарттың 9-тармағында көрсетілген құжаттар; Стандарттың 1-қосымшасына сәйкес өтініш немесе ЭҮП арқылы ЭЦҚ қойылған электрондық сұрау салу',
      ru:
        'Документы, указанные в пункте 9 Стандарта; заявление по форме приложения 1 к Стандарту либо электронный запрос, подписанный ЭЦП, через ПЭП',
    },
    items: [],
    source,
  }
}
