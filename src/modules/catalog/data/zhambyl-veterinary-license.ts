/**
 * S11: license for veterinary activity, Zhambyl oblast — regulation Z5 of seed 004
 * (lines 5306–6600). The only Zhambyl regulation with activity sub-types (App. 2).
 */
import { type RegulationInput, type ZhambylLines, zhambylRegulation } from './zhambyl-common.ts'
import { resultCopyNote } from './zhambyl-notes.ts'
import { veterinaryQualification, veterinarySubtypes } from './zhambyl-veterinary-qualification.ts'

const lines: ZhambylLines = {
  approval: '004 L5306-5312',
  provider: '004 L5315-5318, L5797-5814',
  recipients: '004 L5343-5344',
  legalBasis: {
    licensing: '004 L5324-5325',
    informatization: '004 L5329-5330',
    standards: '004 L5337-5342',
  },
  deadlines: {
    issue: '004 L5345-5348',
    reissue: '004 L5345-5347, L5349',
    duplicate: '004 L5345-5347, L5350',
    queueSubmit: '004 L5351-5352',
    queueResult: '004 L5353-5354',
    completeness: '004 L5355-5357',
    deemed: '004 L5358-5360',
  },
  fee: '004 L5361-5369',
  result: '004 L5373-5383',
  channels: '004 L5387-5395, L5645-5692',
  hours: '004 L5396-5401',
  submission: '004 L5505-5509',
  receipt: '004 L5510-5524',
  delivery: '004 L5525-5530',
  refusal: {
    list: '004 L5531-5552',
    grounds: [
      '004 L5532-5533',
      '004 L5534-5535',
      '004 L5536',
      '004 L5537-5538',
      '004 L5542-5544',
      '004 L5545-5546',
      '004 L5547-5549',
    ],
  },
  powerOfAttorney: '004 L5654-5657',
  callCenter: '004 L5729-5730',
  survey: '004 L6586-6600',
  documents: {
    all: '004 L5408-5493',
    officeIssue: {
      application: '004 L5412',
      charter: '004 L5416-5419',
      identity: '004 L5420-5421',
      entrepreneur: '004 L5422-5424',
      tax: '004 L5425-5427',
      fee: '004 L5428-5430',
      qualification: '004 L5431-5432',
    },
    officeReissue: { application: '004 L5434', fee: '004 L5435-5437', license: '004 L5438' },
    officeDuplicate: { application: '004 L5440', fee: '004 L5441-5443' },
    portalIssue: {
      request: '004 L5446-5447',
      charter: '004 L5448-5449',
      qualification: '004 L5450-5451',
      identity: '004 L5452-5453',
      legalEntity: '004 L5454-5458',
      entrepreneur: '004 L5459-5460',
      tax: '004 L5461-5462',
      fee: '004 L5463-5464',
      registry: '004 L5465-5468',
    },
    portalReissue: {
      request: '004 L5470-5471',
      tax: '004 L5472-5473',
      fee: '004 L5474-5475',
      license: '004 L5476-5478',
      registry: '004 L5479-5482',
    },
    portalDuplicate: {
      request: '004 L5484-5485',
      tax: '004 L5486-5487',
      fee: '004 L5488-5489',
      registry: '004 L5490-5493',
    },
  },
}

/** The Zhambyl veterinary activity license regulation, version 1. */
export const zhambylVeterinaryLicense = zhambylRegulation({
  id: 'zhambyl-veterinary-license',
  code: 'S11',
  sector: 'veterinary',
  name: {
    kk:
      'Ветеринария саласындағы қызметпен айналысуға лицензияны беру, қайта ресімдеу, лицензияның телнұсқасын беру',
    ru:
      'Выдача лицензии, переоформление, выдача дубликата лицензии на занятие деятельностью в сфере ветеринарии',
  },
  sectorLaw: {
    text: {
      kk:
        '"Ветеринария туралы" Қазақстан Республикасының 2002 жылғы 10 шілдедегі Заңының 8-бабы, 10-бабы 1-тармағының 4), 46-9) тармақшалары және 10-бабы 1-1-тармағының 4) тармақшасы',
      ru:
        'Статья 8, подпункты 4), 46-9) пункта 1 и подпункт 4) пункта 1-1 статьи 10 Закона Республики Казахстан от 10 июля 2002 года «О ветеринарии»',
    },
    source: '004 L5321-5323; SERVICES.md §9.30',
  },
  licensingRules: {
    text: {
      kk:
        '"Ветеринария саласындағы қызметті лицензиялау ережесін және оған қойылатын біліктілік талаптарын бекіту туралы" Қазақстан Республикасы Үкіметінің 2007 жылғы 28 маусымдағы № 545 қаулысына өзгерістер енгізу туралы" Қазақстан Республикасы Үкіметінің 2011 жылғы 30 желтоқсандағы № 1714 қаулысы',
      ru:
        'Постановление Правительства Республики Казахстан от 30 декабря 2011 года № 1714 «О внесении изменений в постановление Правительства Республики Казахстан от 28 июня 2007 года № 545 «Об утверждении Правил лицензирования деятельности в сфере ветеринарии и квалификационных требований, предъявляемых к ней»»',
    },
    source: '004 L5331-5336',
  },
  qualification: veterinaryQualification,
  activitySubtypes: veterinarySubtypes,
  notes: [
    resultCopyNote('004 L5373-5379'),
    {
      text: {
        kk:
          '"Ветеринария туралы" Заңға сілтеме регламент мәтінінде бұрмаланған ("8-бабы , 10-бабының 4) 46-9) тармақшасының 1-тармағы тармақшасының және 1-1-тармағы 4) тармақшасының;10-бабының"); құқықтық негіздер тізбесінде ол SERVICES.md бойынша қалпына келтірілді.',
        ru:
          'Ссылка на Закон «О ветеринарии» в тексте регламента искажена («8-бабы , 10-бабының 4) 46-9) тармақшасының 1-тармағы тармақшасының және 1-1-тармағы 4) тармақшасының;10-бабының»); в перечне правовых оснований она восстановлена по SERVICES.md.',
      },
      source: '004 L5321-5323; SERVICES.md §9.30',
    },
  ],
  lines,
}) satisfies RegulationInput
