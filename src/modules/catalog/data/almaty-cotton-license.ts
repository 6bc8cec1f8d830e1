/**
 * S2: license for warehouse services with cotton receipts, Almaty oblast (seed 002,
 * akimat resolution No. 191 of 03.07.2013). An "electronic state service regulation": its
 * deadlines come from the App. 1 tables (15/10/2 working days), its staff route is assumed.
 */
import {
  almatyDeadlineNote,
  almatyDocuments,
  almatyFeeNote,
  almatyLegalBasis,
  almatySurvey,
  type RegulationInput,
  type TextInput,
} from './almaty-common.ts'
import { almatyNotes } from './almaty-notes.ts'
import { almatyRoute } from './almaty-route.ts'

const deadlineSource = '002 L474-477, L673-675'
const routeSource = '002 L139-234, L278-684; SERVICES.md §2.6'

function subService(
  kind: 'issue' | 'reissue' | 'duplicate',
  name: TextInput,
  workingDays: number,
  draftResult: TextInput,
): RegulationInput['subServices'][number] {
  const result =
    ({ issue: 'license', reissue: 'reissued_license', duplicate: 'duplicate' } as const)[kind]
  return {
    kind,
    name,
    result,
    deadline: {
      basis: 'stated',
      norm: { amount: workingDays, unit: 'workingDay' },
      source: deadlineSource,
    },
    deadlineNote: almatyDeadlineNote,
    documents: almatyDocuments,
    fee: null,
    feeNote: almatyFeeNote,
    route: { steps: almatyRoute(draftResult), source: routeSource },
  }
}

/** The Almaty cotton-receipts license regulation, version 1. */
export const almatyCottonLicense = {
  id: 'almaty-cotton-license',
  code: 'S2',
  version: 1,
  effectiveFrom: '2013-08-07',
  region: 'almaty',
  sector: 'agriculture',
  name: {
    kk:
      'Мақта қолхаттарын беру арқылы қойма қызметі бойынша қызметтер көрсетуге лицензия беру, қайта ресімдеу, лицензияның телнұсқаларын беру',
    ru:
      'Выдача лицензии, переоформление, выдача дубликатов лицензии на оказание услуг по складской деятельности с выпуском хлопковых расписок',
  },
  act: {
    title: {
      kk:
        '"Мақта қолхаттарын беру арқылы қойма қызметі бойынша қызметтер көрсетуге лицензия беру, қайта ресімдеу, лицензияның телнұсқаларын беру" электрондық мемлекеттік қызмет көрсету регламентін бекіту туралы',
      ru:
        'Об утверждении регламента электронной государственной услуги «Выдача лицензии, переоформление, выдача дубликатов лицензии на оказание услуг по складской деятельности с выпуском хлопковых расписок»',
    },
    number: '191',
    date: '2013-07-03',
    source: '002 L2-10',
  },
  repealNote: {
    text: {
      kk: 'Алматы облысы әкімдігінің 2014 жылғы 02 маусымдағы № 196 қаулысымен күші жойылды',
      ru: 'Утратило силу постановлением акимата Алматинской области от 2 июня 2014 года № 196',
    },
    source: '002 L6-12',
  },
  provider: {
    name: {
      kk: '"Алматы облысының ауыл шаруашылығы басқармасы" мемлекеттік мекемесі',
      ru: 'ГУ «Управление сельского хозяйства Алматинской области»',
    },
    address: null,
    phone: null,
    source: '002 L52-58',
  },
  recipients: ['individual', 'legal_entity'],
  legalBasis: almatyLegalBasis,
  channels: ['office', 'portal'],
  channelsSource: '002 L52-58, L142-227',
  automation: 'partial',
  workingHours: null,
  refusalGrounds: {
    status: 'standard_reference',
    reference: {
      kk:
        'Бас тарту негіздері регламентте келтірілмеген: қызмет № 305 Стандарт негізінде көрсетіледі, ал қызмет беруші алушының біліктілік талаптарына және негіздерге сәйкестігін тексереді.',
      ru:
        'Основания для отказа в регламенте не приведены: услуга оказывается на основании Стандарта № 305, а услугодатель проверяет соответствие услугополучателя квалификационным требованиям и основаниям.',
    },
    items: [],
    source: '002 L59-66, L182-183, L220-221; SERVICES.md §9.29',
  },
  deemedIssued: { applies: false, source: 'SERVICES.md §2.8' },
  interestedAuthorities: [],
  qualification: {
    status: 'standard_reference',
    reference: {
      kk:
        'Лицензия беру үшін қызмет беруші алушының біліктілік талаптарына сәйкестігін тексереді; талаптардың өзі регламентте келтірілмеген.',
      ru:
        'Для выдачи лицензии услугодатель проверяет соответствие услугополучателя квалификационным требованиям; сами требования в регламенте не приведены.',
    },
    items: [],
    source: '002 L182-183, L220-221; SERVICES.md §9.29',
  },
  survey: almatySurvey,
  subServices: [
    subService('issue', { kk: 'Лицензия беру', ru: 'Выдача лицензии' }, 15, {
      kk: 'Электрондық лицензияның жобасы немесе сұратылған қызметтен бас тарту туралы хабарлама',
      ru: 'Проект электронной лицензии либо сообщение об отказе в запрашиваемой услуге',
    }),
    subService('reissue', { kk: 'Лицензияны қайта ресімдеу', ru: 'Переоформление лицензии' }, 10, {
      kk:
        'Қайта ресімделген лицензияның жобасы немесе сұратылған қызметтен бас тарту туралы хабарлама',
      ru: 'Проект переоформленной лицензии либо сообщение об отказе в запрашиваемой услуге',
    }),
    subService(
      'duplicate',
      { kk: 'Лицензияның телнұсқасын беру', ru: 'Выдача дубликата лицензии' },
      2,
      {
        kk:
          'Лицензия көшірмесінің (телнұсқасының) жобасы немесе сұратылған қызметтен бас тарту туралы хабарлама',
        ru: 'Проект копии (дубликата) лицензии либо сообщение об отказе в запрашиваемой услуге',
      },
    ),
  ],
  notes: almatyNotes,
} as const satisfies RegulationInput
