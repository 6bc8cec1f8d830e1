/** S6: attestation of experts in architecture, urban planning and construction, Aktobe 2019. */
import {
  act2019,
  approvedBy139,
  constructionProvider,
  effectiveFrom2019,
  lawsCited2019,
  notes2019,
  order276,
  type RegulationInput,
  repeal2019,
} from './aktobe-common.ts'
import { attestationSteps } from './aktobe-expert-attestation-route.ts'

/** The regulation of appendix 4 to resolution No. 436 [001 L725-945]. */
export const aktobeExpertAttestation = {
  id: 'aktobe-expert-attestation',
  code: 'S6',
  version: 1,
  effectiveFrom: effectiveFrom2019,
  region: 'aktobe',
  sector: 'construction',
  name: {
    kk:
      'Сәулет, қала құрылысы және құрылыс қызметі саласында сараптау жұмыстары мен инжиниринг қызметтерін жүзеге асыруға құқық беруге сарапшыларды аттестациялау',
    ru:
      'Аттестация экспертов на право осуществления экспертных работ и инжиниринговых услуг в сфере архитектурной, градостроительной и строительной деятельности',
  },
  act: act2019,
  repealNote: repeal2019,
  provider: constructionProvider('001 L744-748'),
  // An attestat is issued to an expert, a natural person; the seed names no other recipient.
  recipients: ['individual'],
  legalBasis: [...lawsCited2019, order276('001 L17-21; 001 L754-761')],
  channels: ['portal'],
  channelsSource: '001 L749-751',
  automation: 'full',
  workingHours: null,
  refusalGrounds: {
    status: 'standard_reference',
    reference: {
      kk: 'Стандарттың 10-тармағында қаралған жағдайлар мен негіздер',
      ru: 'Случаи и основания, предусмотренные пунктом 10 Стандарта',
    },
    items: [],
    source: '001 L761-768',
  },
  deemedIssued: { applies: false },
  interestedAuthorities: [],
  qualification: null,
  survey: null,
  subServices: [
    {
      kind: 'attestation',
      name: { kk: 'Сарапшы аттестатын беру', ru: 'Выдача аттестата эксперта' },
      result: 'attestation',
      deadline: {
        basis: 'sum_of_steps',
        summary: {
          kk: '≈ 30 жұмыс күні + 15 минут + тестілеу (ұзақтығы көрсетілмеген)',
          ru: '≈ 30 рабочих дней + 15 минут + тестирование (продолжительность не указана)',
        },
        source: '001 L784-834; SERVICES.md §1.2',
      },
      deadlineNote: {
        kk:
          'Тестілеу кестеге сәйкес белгіленген уақытта өтеді, сондықтан жалпы мерзім тест күніне байланысты',
        ru:
          'Тестирование проводится в установленное графиком время, поэтому общий срок зависит от даты теста',
      },
      documents: {
        status: 'standard_reference',
        reference: {
          kk:
            'Стандарттың 2-қосымшасына сәйкес үлгі бойынша ЭЦҚ-мен куәландырылған арыз; құжаттар тізбесі Стандарттың 9-қосымшасына (мағынасы бойынша 9-тармағына) сәйкес қабылданады',
          ru:
            'Заявление по форме согласно приложению 2 к Стандарту, удостоверенное ЭЦП; перечень документов принимается согласно приложению 9 (по смыслу – пункту 9) Стандарта',
        },
        items: [],
        source: '001 L775-783; SERVICES.md §9.12',
      },
      fee: null,
      feeNote: {
        kk: 'Регламентте алым да, төлем қадамы да көрсетілмеген',
        ru: 'В регламенте не указаны ни сбор, ни этап оплаты',
      },
      route: { steps: attestationSteps, source: '001 L784-834' },
    },
  ],
  notes: [
    approvedBy139('001 L29-34, L50-55'),
    ...notes2019('001 L887-931'),
    {
      text: {
        kk:
          'Қызмет атауы мәтінде әртүрлі: "...жүзеге асыруға құқық беруге сарапшыларды аттестациялау", "...жүзеге асыратын сарапшыларды аттестациялау", Стандартта – "...сарапшы аттестатын беру"',
        ru:
          'Название услуги в тексте различается: «…на право осуществления… аттестация экспертов», «…аттестация экспертов, осуществляющих…», в Стандарте – «Выдача аттестата эксперта…»',
      },
      source: '001 L737-746, L754-758; SERVICES.md §9.12',
    },
  ],
} satisfies RegulationInput
