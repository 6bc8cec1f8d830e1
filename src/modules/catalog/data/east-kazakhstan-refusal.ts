/**
 * The refusal branch of the East Kazakhstan routes. Seed 003 states that a refusal exists (the
 * written reasoned answer within 2 working days when documents are incomplete, para 8 step 5;
 * the reasoned refusal under para 10 of the Standard, para 3) but not who signs or hands it
 * over. These steps are the catalog's minimal assumption: the head signs, the office issues.
 */
import type { StepInput } from './east-kazakhstan-common.ts'
import { deliverLicense, signLicense } from './east-kazakhstan-final-steps.ts'

/**
 * The assumed steps every sub-service shares: signing and handing over the license, and the
 * refusal branch (sign-return, sign-refusal, issue-refusal).
 */
export function refusalSteps(): StepInput[] {
  return [signLicense, deliverLicense, signReturnStep(), signRefusalStep(), issueRefusalStep()]
}

function signReturnStep(): StepInput {
  return {
    id: 'sign-return',
    role: 'head',
    kind: 'sign',
    action: {
      kk: 'Өтінішті әрі қарай қараудан бас тарту туралы жазбаша дәлелді жауапқа қол қою',
      ru:
        'Подписание письменного мотивированного ответа об отказе в дальнейшем рассмотрении заявления',
    },
    result: {
      kk: 'Өтінішті әрі қарай қараудан бас тарту туралы жазбаша дәлелді жауап',
      ru: 'Письменный мотивированный ответ об отказе в дальнейшем рассмотрении заявления',
    },
    norm: { amount: 2, unit: 'workingDay' },
    outcomes: [{ id: 'done', to: 'issue-refusal' }],
    assumed: true,
    note: {
      kk:
        'Регламент бойынша ұсынылған құжаттар толық болмаған жағдайда қызмет беруші екі жұмыс күні ішінде жазбаша дәлелді жауап береді; жауапты кім дайындайтыны және кім қол қоятыны көрсетілмеген. Қызмет берушінің басшысы қол қояды деп алынды; екі жұмыс күні – жауап берілгенге дейінгі толық мерзім.',
      ru:
        'По регламенту при неполноте представленных документов услугодатель в течение двух рабочих дней даёт письменный мотивированный ответ; кто его готовит и подписывает, не указано. Принято, что подписывает руководитель услугодателя; два рабочих дня – весь срок до выдачи ответа.',
    },
    source: '003 L147-149',
  }
}

function signRefusalStep(): StepInput {
  return {
    id: 'sign-refusal',
    role: 'head',
    kind: 'sign',
    action: {
      kk: 'Мемлекеттік қызмет көрсетуден бас тарту туралы дәлелді жауапқа қол қою',
      ru: 'Подписание мотивированного ответа об отказе в оказании государственной услуги',
    },
    result: {
      kk:
        'Стандарттың 10-тармағында көзделген жағдайларда және негіздер бойынша мемлекеттік қызмет көрсетуден бас тарту туралы дәлелді жауап',
      ru:
        'Мотивированный ответ об отказе в оказании государственной услуги в случаях и по основаниям, предусмотренным пунктом 10 Стандарта',
    },
    norm: null,
    outcomes: [{ id: 'done', to: 'issue-refusal' }],
    assumed: true,
    note: {
      kk:
        'Регламент бас тарту туралы дәлелді жауапты мемлекеттік қызмет нәтижесі ретінде атайды, бірақ оны дайындау, оған қол қою тәртібін және мерзімін сипаттамайды (лицензиялау алдындағы тексерудің теріс нәтижесінен кейін де). Қызмет берушінің басшысы қол қояды деп алынды.',
      ru:
        'Регламент называет мотивированный ответ об отказе результатом государственной услуги, но не описывает порядок и срок его подготовки и подписания (в том числе после отрицательного результата предлицензионной проверки). Принято, что подписывает руководитель услугодателя.',
    },
    source: '003 L26, L151',
  }
}

function issueRefusalStep(): StepInput {
  return {
    id: 'issue-refusal',
    role: 'office_specialist',
    kind: 'issue',
    action: {
      kk: 'Бас тарту туралы жауапты қызмет алушыға беру',
      ru: 'Выдача ответа об отказе услугополучателю',
    },
    result: {
      kk: 'Бас тарту туралы жауап қызмет алушыға берілді',
      ru: 'Ответ об отказе выдан услугополучателю',
    },
    norm: null,
    outcomes: [{ id: 'done', to: 'end' }],
    assumed: true,
    note: {
      kk:
        'Регламент бас тарту туралы жауапты беру іс-қимылын сипаттамайды; оны қызмет берушінің кеңсесі береді деп алынды.',
      ru:
        'Регламент не описывает действие по выдаче ответа об отказе; принято, что его выдаёт канцелярия услугодателя.',
    },
    source: '003 L26, L149',
  }
}
