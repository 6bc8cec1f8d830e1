/**
 * The steps after the completeness check in seed 003: the pre-licensing inspection (issue
 * only) and the executor's formalize-and-issue step, with the gaps the seed leaves noted
 * (no actor in para 5, no place named for a Standard para 10 refusal; SERVICES.md §9.8).
 */
import type { StepInput } from './east-kazakhstan-common.ts'

const minutes30 = { amount: 30, unit: 'minute' } as const

/** Why the last executor step may also end in a refusal, and what the seed leaves open. */
const lastStepNote = {
  kk:
    'Регламент бұл іс-қимылды "қызмет алушы жергілікті атқарушы органға жүгінген жағдайда" деп шектейді; ЭҮП арқылы жүгінгенде электрондық құжат қызмет берушінің уәкілетті тұлғасының ЭЦҚ-сымен қалыптастырылады. Стандарттың 10-тармағы бойынша бас тарту қай іс-қимылда дайындалатыны көрсетілмеген: ол осы қадамда ресімделеді деп алынды.',
  ru:
    'Регламент ограничивает это действие случаем, «когда услугополучатель обратился в местный исполнительный орган»; при обращении через ПЭП электронный документ формируется с использованием ЭЦП уполномоченного лица услугодателя. На каком действии готовится отказ по пункту 10 Стандарта, не указано: принято, что он оформляется на этом шаге.',
} as const

/**
 * Re-issue and duplicate: para 5 names no actor; para 8 step 7 gives the "license" to the executor.
 */
const actorNote = {
  kk:
    '5-тармақтағы бұл іс-қимылдың орындаушысы аталмаған; 8-тармақтың 7-іс-қимылы бойынша лицензияны (қайта ресімделген лицензия мен телнұсқаны қоса) жауапты орындаушы ресімдейді және береді.',
  ru:
    'Исполнитель этого действия в пункте 5 не назван; по действию 7 пункта 8 лицензию (включая переоформленную лицензию и дубликат) оформляет и выдаёт ответственный исполнитель.',
} as const

/**
 * The executor's last step of a sub-service (formalize and issue, 30 min): the license, or a
 * reasoned refusal sent for signing. `actorNamed` is false where para 5 names no actor.
 */
export function lastStep(
  id: string,
  fields: Pick<StepInput, 'action' | 'result' | 'source'> & { actorNamed: boolean },
): StepInput {
  const { actorNamed, ...texts } = fields
  return {
    id,
    role: 'executor',
    kind: 'finalize',
    ...texts,
    norm: minutes30,
    outcomes: [
      { id: 'grant', to: 'sign-license', decision: 'grant' },
      { id: 'refuse', to: 'sign-refusal', decision: 'refuse' },
    ],
    note: actorNamed ? lastStepNote : {
      kk: `${actorNote.kk} ${lastStepNote.kk}`,
      ru: `${actorNote.ru} ${lastStepNote.ru}`,
    },
  }
}

/** Issue only: the pre-licensing inspection (2 working days); its actor is not named. */
export const inspection: StepInput = {
  id: 'inspection',
  role: 'executor',
  kind: 'inspection',
  action: {
    kk:
      'Біліктілік талаптарына сәйкестігін растау үшін лицензиялау алдындағы тексеруді жүргізу және Стандарттың 2 қосымшасына сәйкес нысанды толтыру',
    ru:
      'Проведение предлицензионной проверки для подтверждения соответствия квалификационным требованиям и заполнение формы согласно приложению 2 к Стандарту',
  },
  result: {
    kk: 'Стандарттың 2 қосымшасына сәйкес мәліметтер нысанын толтыру',
    ru: 'Заполнение формы сведений согласно приложению 2 к Стандарту',
  },
  norm: { amount: 2, unit: 'workingDay' },
  outcomes: [
    { id: 'passed', to: 'issue-license' },
    { id: 'failed', to: 'sign-refusal', decision: 'refuse' },
  ],
  note: {
    kk:
      'Регламент бұл іс-қимылдың орындаушысын атамайды: жауапты орындаушы деп алынды. Тексеру нәтижесі теріс болған жағдайдағы іс-қимылдар сипатталмаған.',
    ru:
      'Регламент не называет исполнителя этого действия: принят ответственный исполнитель. Действия при отрицательном результате проверки не описаны.',
  },
  source: '003 L52, L96, L151',
}

/** Why the license needs the assumed signing and handover steps after the executor's step. */
const signatureNote = {
  kk:
    'Регламент бойынша нәтиже – қызмет берушінің уәкілетті тұлғасының ЭЦҚ-сымен қалыптастырылған электрондық құжат, бірақ оған кім және қашан қол қоятыны сипатталмаған. Қызмет берушінің басшысы қол қояды деп алынды; жауапты орындаушының 30 минуты ресімдеуді қамтиды.',
  ru:
    'По регламенту результат – электронный документ, сформированный с ЭЦП уполномоченного лица услугодателя, но кто и когда его подписывает, не описано. Принято, что подписывает руководитель услугодателя; 30 минут ответственного исполнителя относятся к оформлению.',
} as const

/** The license (re-issued license, duplicate) signed with EDS: assumed, the seed names no signer. */
export const signLicense: StepInput = {
  id: 'sign-license',
  role: 'head',
  kind: 'sign',
  action: {
    kk: 'Лицензияға (қайта ресімделген лицензияға, телнұсқаға) ЭЦҚ-мен қол қою',
    ru: 'Подписание лицензии (переоформленной лицензии, дубликата) ЭЦП',
  },
  result: {
    kk: 'Қызмет берушінің уәкілетті тұлғасының ЭЦҚ-сымен қол қойылған электрондық құжат',
    ru: 'Электронный документ, подписанный ЭЦП уполномоченного лица услугодателя',
  },
  norm: null,
  outcomes: [{ id: 'done', to: 'deliver-license' }],
  assumed: true,
  note: signatureNote,
  source: '003 L26, L193-195',
}

/** The signed license handed to the applicant: assumed, like the refusal's handover. */
export const deliverLicense: StepInput = {
  id: 'deliver-license',
  role: 'office_specialist',
  kind: 'issue',
  action: {
    kk: 'Лицензияны (қайта ресімделген лицензияны, телнұсқаны) қызмет алушыға беру',
    ru: 'Выдача лицензии (переоформленной лицензии, дубликата) услугополучателю',
  },
  result: {
    kk: 'Лицензия қызмет алушыға берілді',
    ru: 'Лицензия выдана услугополучателю',
  },
  norm: null,
  outcomes: [{ id: 'done', to: 'end' }],
  assumed: true,
  note: {
    kk:
      'Регламент лицензияны ресімдеу мен беруді жауапты орындаушының бір іс-қимылы ретінде сипаттайды; қол қойылғаннан кейін беруді қызмет берушінің кеңсесі жүзеге асырады деп алынды (бас тарту жауабы сияқты).',
    ru:
      'Регламент описывает оформление и выдачу лицензии одним действием ответственного исполнителя; принято, что после подписания выдачу осуществляет канцелярия услугодателя (как и ответа об отказе).',
  },
  source: '003 L54, L67, L80',
}
