/**
 * S1-C: license for warehouse services with grain receipts, Zhambyl version — regulation Z4
 * of seed 004 (lines 3999–5304). Unlike the Aktobe and East Kazakhstan versions of the same
 * service it has stated terms (15/10/2 working days), a fee and the deemed-issued rule.
 */
import { type RegulationInput, type ZhambylLines, zhambylRegulation } from './zhambyl-common.ts'
import { resultCopyNote } from './zhambyl-notes.ts'
import { grainQualification } from './zhambyl-grain-qualification.ts'

const lines: ZhambylLines = {
  approval: '004 L3999-4005',
  provider: '004 L4008-4011, L4488-4505',
  recipients: '004 L4034-4035',
  legalBasis: {
    licensing: '004 L4020-4021',
    informatization: '004 L4022-4023',
    standards: '004 L4028-4033',
  },
  deadlines: {
    issue: '004 L4036-4039',
    reissue: '004 L4036-4038, L4040',
    duplicate: '004 L4036-4038, L4041',
    queueSubmit: '004 L4042-4043',
    queueResult: '004 L4044-4045',
    completeness: '004 L4046-4048',
    deemed: '004 L4049-4051',
  },
  fee: '004 L4052-4062',
  result: '004 L4063-4073',
  channels: '004 L4077-4085, L4334-4381',
  hours: '004 L4086-4091',
  submission: '004 L4195-4199',
  receipt: '004 L4200-4214',
  delivery: '004 L4215-4220',
  refusal: {
    list: '004 L4221-4242',
    grounds: [
      '004 L4222-4223',
      '004 L4224-4225',
      '004 L4226',
      '004 L4230-4231',
      '004 L4232-4234',
      '004 L4235-4236',
      '004 L4237-4239',
    ],
  },
  powerOfAttorney: '004 L4343-4346',
  callCenter: '004 L4418-4419',
  survey: '004 L5289-5303',
  documents: {
    all: '004 L4098-4183',
    officeIssue: {
      application: '004 L4105',
      charter: '004 L4106-4109',
      identity: '004 L4110-4111',
      entrepreneur: '004 L4112-4114',
      tax: '004 L4115-4117',
      fee: '004 L4118-4120',
      qualification: '004 L4121-4122',
    },
    officeReissue: { application: '004 L4124', fee: '004 L4125-4127', license: '004 L4128' },
    officeDuplicate: { application: '004 L4130', fee: '004 L4131-4133' },
    portalIssue: {
      request: '004 L4136-4137',
      charter: '004 L4138-4139',
      qualification: '004 L4140-4141',
      identity: '004 L4142-4146',
      legalEntity: '004 L4147-4148',
      entrepreneur: '004 L4149-4150',
      tax: '004 L4151-4152',
      fee: '004 L4153-4154',
      registry: '004 L4155-4158',
    },
    portalReissue: {
      request: '004 L4160-4161',
      tax: '004 L4162-4163',
      fee: '004 L4164-4165',
      license: '004 L4166-4168',
      registry: '004 L4169-4172',
    },
    portalDuplicate: {
      request: '004 L4174-4175',
      tax: '004 L4176-4177',
      fee: '004 L4178-4179',
      registry: '004 L4180-4183',
    },
  },
}

/** The Zhambyl grain-receipts warehouse license regulation, version 1. */
export const zhambylGrainLicense = zhambylRegulation({
  id: 'zhambyl-grain-license',
  code: 'S1-C',
  sector: 'agriculture',
  name: {
    kk:
      'Астық қолхаттарын бере отырып, қойма қызметі бойынша қызметтер көрсетуге лицензия беру, қайта ресімдеу, лицензияның телнұсқасын беру',
    ru:
      'Выдача лицензии, переоформление, выдача дубликатов лицензии на оказание услуг по складской деятельности с выпуском зерновых расписок',
  },
  sectorLaw: {
    text: {
      kk:
        '"Астық туралы" Қазақстан Республикасының 2001 жылғы 19 қаңтардағы Заңының 6-1-бабы 1-тармағының 2) тармақшасы',
      ru:
        'Подпункт 2) пункта 1 статьи 6-1 Закона Республики Казахстан от 19 января 2001 года «О зерне»',
    },
    source: '004 L4015-4019',
  },
  licensingRules: {
    text: {
      kk:
        '"Астық қолхаттарын бере отырып, қойма қызметі бойынша қызметтер көрсету жөніндегі қызметті лицензиялаудың кейбір мәселелері туралы" Қазақстан Республикасы Үкіметінің 2012 жылғы 20 желтоқсандағы № 1635 қаулысы',
      ru:
        'Постановление Правительства Республики Казахстан от 20 декабря 2012 года № 1635 «О некоторых вопросах лицензирования деятельности по оказанию услуг по складской деятельности с выпуском зерновых расписок»',
    },
    source: '004 L4024-4027',
  },
  qualification: grainQualification,
  notes: [resultCopyNote('004 L4063-4069')],
  lines,
}) satisfies RegulationInput
