/**
 * S1-B: license for warehouse services with grain receipts, East Kazakhstan oblast (seed 003,
 * akimat resolution No. 71 of 27.03.2014). The head → deputy head → department head →
 * executor chain, the pre-licensing inspection for issue, no fee, no survey.
 */
import {
  eastKazakhstanLegalBasis,
  eastKazakhstanProvider,
  type RegulationInput,
} from './east-kazakhstan-common.ts'
import { eastKazakhstanNotes } from './east-kazakhstan-notes.ts'
import { eastKazakhstanSubServices } from './east-kazakhstan-sub-services.ts'

/** The East Kazakhstan grain-receipts license regulation, version 1. */
export const eastKazakhstanGrainLicense = {
  id: 'east-kazakhstan-grain-license',
  code: 'S1-B',
  version: 1,
  effectiveFrom: '2014-05-11',
  region: 'east-kazakhstan',
  sector: 'agriculture',
  name: {
    kk:
      'Астық қолхаттарын беру арқылы қойма қызметі бойынша қызметтер көрсетуге лицензия беру, қайта ресімдеу, лицензияның телнұсқаларын беру',
    ru:
      'Выдача лицензии, переоформление, выдача дубликатов лицензии на оказание услуг по складской деятельности с выпуском зерновых расписок',
  },
  act: {
    title: {
      kk:
        '"Астық қолхаттарын беру арқылы қойма қызметі бойынша қызметтер көрсетуге лицензия беру, қайта ресімдеу, лицензияның телнұсқаларын беру" мемлекеттік көрсетілетін қызмет регламентін бекіту туралы',
      ru:
        'Об утверждении регламента государственной услуги «Выдача лицензии, переоформление, выдача дубликатов лицензии на оказание услуг по складской деятельности с выпуском зерновых расписок»',
    },
    number: '71',
    date: '2014-03-27',
    source: '003 L3, L7',
  },
  repealNote: {
    text: {
      kk:
        'Шығыс Қазақстан облысы әкімдігінің 2015 жылғы 14 қыркүйектегі № 233 қаулысымен күші жойылды',
      ru:
        'Утратило силу постановлением акимата Восточно-Казахстанской области от 14 сентября 2015 года № 233',
    },
    source: '003 L5-9',
  },
  provider: eastKazakhstanProvider,
  recipients: ['individual', 'legal_entity'],
  legalBasis: eastKazakhstanLegalBasis,
  channels: ['office', 'portal'],
  channelsSource: '003 L22, L159-197, L227-230',
  automation: 'partial',
  workingHours: null,
  refusalGrounds: {
    status: 'standard_reference',
    reference: {
      kk: 'Стандарттың 10-тармағында көзделген жағдайлар мен негіздер',
      ru: 'Случаи и основания, предусмотренные пунктом 10 Стандарта',
    },
    items: [],
    source: '003 L26',
  },
  deemedIssued: { applies: false, source: 'SERVICES.md §2.8' },
  interestedAuthorities: [],
  qualification: {
    status: 'standard_reference',
    reference: {
      kk:
        'Біліктілік талаптары регламентте келтірілмеген; оларға сәйкестік лицензиялау алдындағы тексеруде расталады, тексеру кезінде Стандарттың 2 қосымшасына сәйкес нысан толтырылады.',
      ru:
        'Квалификационные требования в регламенте не приведены; соответствие им подтверждается предлицензионной проверкой, в ходе которой заполняется форма согласно приложению 2 к Стандарту.',
    },
    items: [],
    source: '003 L52, L151, L189',
  },
  survey: null,
  subServices: eastKazakhstanSubServices,
  notes: eastKazakhstanNotes,
} as const satisfies RegulationInput
