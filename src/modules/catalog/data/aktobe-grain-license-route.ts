/**
 * The routes of the S1-A grain-receipts license, Aktobe 2014 (SERVICES.md §2.1) [000 L86-180].
 * Issue goes through the interested authority; re-issue and duplicate do not. The office, the
 * management and the executor repeat the same actions on a different document, so those
 * steps are built from the document's name in the cases the sentence needs.
 */
import type { RegulationInput } from './aktobe-common.ts'

type StepInput = RegulationInput['subServices'][number]['route']['steps'][number]
type NormInput = NonNullable<StepInput['norm']>

/** A result document named in the grammatical cases the step texts need. */
interface DocumentName {
  kk: { nominative: string; accusative: string; dative: string }
  ru: { nominative: string; accusative: string }
}

const license: DocumentName = {
  kk: { nominative: 'лицензия', accusative: 'лицензияны', dative: 'лицензияға' },
  ru: { nominative: 'лицензия', accusative: 'лицензию' },
}
const reissuedLicense: DocumentName = {
  kk: {
    nominative: 'қайта ресімделген лицензия',
    accusative: 'қайта ресімделген лицензияны',
    dative: 'қайта ресімделген лицензияға',
  },
  ru: { nominative: 'переоформленная лицензия', accusative: 'переоформленную лицензию' },
}
const duplicate: DocumentName = {
  kk: {
    nominative: 'лицензияның телнұсқасы',
    accusative: 'лицензияның телнұсқасын',
    dative: 'лицензияның телнұсқасына',
  },
  ru: { nominative: 'дубликат лицензии', accusative: 'дубликат лицензии' },
}

const minutes30: NormInput = { amount: 30, unit: 'minute' }
const workingDay1: NormInput = { amount: 1, unit: 'workingDay' }
const hours4: NormInput = { amount: 4, unit: 'hour' }

const decision: StepInput['outcomes'] = [
  { id: 'grant', to: 'sign', decision: 'grant' },
  { id: 'refuse', to: 'sign', decision: 'refuse' },
]

/** Issue: seven steps, with the interested authority's approval between draft and finalize. */
export const grainIssueSteps: StepInput[] = [
  register('000 L89-94'),
  assignExecutor(workingDay1, '000 L95-99'),
  {
    id: 'draft',
    role: 'executor',
    kind: 'draft_decision',
    action: {
      kk:
        'Түскен құжаттарды қарайды және көрсетілетін қызметті алушыға лицензия жобасын немесе дәлелді жауап дайындайды',
      ru:
        'Рассматривает поступившие документы и готовит проект лицензии или мотивированный ответ услугополучателю',
    },
    result: {
      kk: 'Лицензия жобасы немесе дәлелді жауап мүдделі органға келісімге жолданады',
      ru:
        'Проект лицензии или мотивированный ответ направляется в заинтересованный орган на согласование',
    },
    norm: { amount: 2, unit: 'workingDay' },
    note: {
      kk: 'Мүдделі органға бас тарту туралы дәлелді жауаптың жобасы да келісімге жолданады',
      ru:
        'На согласование в заинтересованный орган направляется и проект мотивированного ответа об отказе',
    },
    outcomes: [
      { id: 'grant', to: 'approval', decision: 'grant' },
      { id: 'refuse', to: 'approval', decision: 'refuse' },
    ],
    source: '000 L100-104',
  },
  {
    id: 'approval',
    role: 'authority_reviewer',
    kind: 'approval',
    action: {
      kk: 'Түскен құжаттарды қарайды, лицензия беруге келісім немесе дәлелді жауап береді',
      ru:
        'Рассматривает поступившие документы, дает согласование на выдачу лицензии или мотивированный ответ',
    },
    result: {
      kk:
        'Көрсетілетін қызметті алушының белгіленген талаптарға сәйкестігі немесе сәйкес еместігі анықталып, жауапты орындаушыға қорытынды берілді',
      ru:
        'Определено соответствие или несоответствие услугополучателя установленным требованиям, заключение направлено ответственному исполнителю',
    },
    norm: { amount: 5, unit: 'workingDay' },
    outcomes: [
      { id: 'consent', to: 'finalize' },
      { id: 'objection', to: 'finalize' },
    ],
    source: '000 L105-116',
  },
  {
    id: 'finalize',
    role: 'executor',
    kind: 'finalize',
    action: {
      kk:
        'Мүдделі органнан келіп түскен қорытындыны қарайды, лицензияны немесе дәлелді жауапты ресімдейді',
      ru:
        'Рассматривает заключение заинтересованного органа, оформляет лицензию или мотивированный ответ',
    },
    result: {
      kk: 'Ресімделген лицензия немесе дәлелді жауап қол қою үшін басшылыққа жіберілді',
      ru: 'Оформленная лицензия или мотивированный ответ направляется руководству на подпись',
    },
    norm: workingDay1,
    outcomes: decision,
    source: '000 L117-121',
  },
  {
    ...sign(license, { amount: 1, unit: 'calendarDay' }, '000 L122-125'),
    note: {
      kk:
        'Мерзімі "1 (бір) күн" деп көрсетілген, жұмыс күні емес, сондықтан күнтізбелік күнмен есептеледі',
      ru:
        'Срок указан как «1 (один) день», а не рабочий день, поэтому считается в календарных днях',
    },
  },
  issue(license, '000 L126-129'),
]

/** Re-issue: five steps, no interested authority. */
export const grainReissueSteps: StepInput[] = [
  register('000 L131-135'),
  assignExecutor(workingDay1, '000 L136-140'),
  draft(reissuedLicense, { amount: 5, unit: 'workingDay' }, '000 L141-145'),
  sign(reissuedLicense, workingDay1, '000 L146-148'),
  issue(reissuedLicense, '000 L149-156'),
]

/** Duplicate: five steps, the management's two steps counted in hours. */
export const grainDuplicateSteps: StepInput[] = [
  register('000 L158-162'),
  assignExecutor(hours4, '000 L163-167'),
  draft(duplicate, workingDay1, '000 L168-172'),
  sign(duplicate, hours4, '000 L173-176'),
  issue(duplicate, '000 L177-180'),
]

function register(source: string): StepInput {
  return {
    id: 'register',
    role: 'office_specialist',
    kind: 'register',
    action: {
      kk:
        'Көрсетілетін қызметті алушы Стандарттың 9-тармағында көрсетілген қажетті құжаттарды берген сәттен бастап оларды қабылдайды және тіркейді',
      ru:
        'Принимает и регистрирует необходимые документы, указанные в пункте 9 Стандарта, с момента их подачи услугополучателем',
    },
    result: {
      kk: 'Құжаттар көрсетілетін қызметті беруші басшылығына бұрыштама қоюға жолданды',
      ru: 'Документы направлены руководству услугодателя для наложения резолюции',
    },
    norm: minutes30,
    outcomes: [{ id: 'done', to: 'assign-executor' }],
    source,
  }
}

function assignExecutor(norm: NormInput, source: string): StepInput {
  return {
    id: 'assign-executor',
    role: 'head',
    kind: 'assign',
    action: {
      kk:
        'Келіп түскен құжаттармен танысады және көрсетілетін қызметті берушінің жауапты орындаушысын белгілейді',
      ru:
        'Знакомится с поступившими документами и определяет ответственного исполнителя услугодателя',
    },
    result: {
      kk: 'Құжаттар мемлекеттік қызметті көрсету үшін жауапты орындаушыға жолданды',
      ru: 'Документы направлены ответственному исполнителю для оказания государственной услуги',
    },
    norm,
    assigns: 'executor',
    outcomes: [{ id: 'done', to: 'draft' }],
    source,
  }
}

function draft(document: DocumentName, norm: NormInput, source: string): StepInput {
  return {
    id: 'draft',
    role: 'executor',
    kind: 'draft_decision',
    action: {
      kk:
        `Келіп түскен құжаттарды қарайды, көрсетілетін қызметті алушыға ${document.kk.accusative} немесе дәлелді жауапты дайындайды`,
      ru:
        `Рассматривает поступившие документы, готовит услугополучателю ${document.ru.accusative} или мотивированный ответ`,
    },
    result: {
      kk: `${
        capitalize(document.kk.nominative)
      } немесе дәлелді жауап басшылыққа қол қоюға жіберілді`,
      ru:
        `Руководству на подпись направлен результат: ${document.ru.nominative} или мотивированный ответ`,
    },
    norm,
    outcomes: decision,
    source,
  }
}

function sign(document: DocumentName, norm: NormInput, source: string): StepInput {
  return {
    id: 'sign',
    role: 'head',
    kind: 'sign',
    action: {
      kk: `${
        capitalize(document.kk.dative)
      } немесе мемлекеттік қызметті көрсетуден бас тарту туралы дәлелді жауапқа қол қояды`,
      ru:
        `Подписывает ${document.ru.accusative} или мотивированный ответ об отказе в оказании государственной услуги`,
    },
    result: {
      kk: `Қол қойылған ${document.kk.nominative} немесе дәлелді жауап жолданды`,
      ru: `Руководство подписало ${document.ru.accusative} или мотивированный ответ и направило их`,
    },
    norm,
    outcomes: [{ id: 'done', to: 'issue' }],
    source,
  }
}

function issue(document: DocumentName, source: string): StepInput {
  return {
    id: 'issue',
    role: 'office_specialist',
    kind: 'issue',
    action: {
      kk:
        `Көрсетілетін қызметті алушыға ${document.kk.accusative} немесе мемлекеттік қызметті көрсетуден бас тарту туралы дәлелді жауапты береді`,
      ru:
        `Выдает услугополучателю ${document.ru.accusative} или мотивированный ответ об отказе в оказании государственной услуги`,
    },
    result: {
      kk: `${capitalize(document.kk.nominative)} немесе дәлелді жауап берілді`,
      ru: `Услугополучателю выдан результат: ${document.ru.nominative} или мотивированный ответ`,
    },
    norm: minutes30,
    outcomes: [{ id: 'done', to: 'end' }],
    source,
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('kk') + text.slice(1)
}
