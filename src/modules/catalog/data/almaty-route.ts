/**
 * The staff route of the Almaty cotton regulation. Seed 002 describes no internal workflow,
 * only the IS processes and the overall deadline (SERVICES.md §2.6), so every step here is
 * the minimal assumed chain of the catalog: register → assign → draft → sign → issue.
 */
import type { StepInput, TextInput } from './almaty-common.ts'

const noStaffWorkflow = {
  kk:
    'Регламентте қызмет берушінің ішкі іс-қимылдары мен олардың мерзімдері сипатталмаған; қадам болжанған.',
  ru: 'Внутренние действия услугодателя и их сроки в регламенте не описаны; шаг принят условно.',
} as const

function assumedNote(kk: string, ru: string): TextInput {
  return { kk: `${noStaffWorkflow.kk} ${kk}`, ru: `${noStaffWorkflow.ru} ${ru}` }
}

/**
 * The five assumed steps; `draftResult` is what the executor prepares for this sub-service
 * (the draft e-license, re-issued license or license copy, or a refusal message).
 */
export function almatyRoute(draftResult: TextInput): StepInput[] {
  return [registerStep(), assignStep(), draftStep(draftResult), signStep(), issueStep()]
}

function registerStep(): StepInput {
  return {
    id: 'register',
    role: 'office_specialist',
    kind: 'register',
    action: {
      kk: 'Сұрауды қабылдау және "Е-лицензиялау" МДҚ АЖ-да өтінішке нөмір бере отырып тіркеу',
      ru:
        'Приём запроса и его регистрация в ИС ГБД «Е-лицензирование» с присвоением заявлению номера',
    },
    result: {
      kk: 'Өтінішке нөмір берілген тіркелген сұраныс',
      ru: 'Зарегистрированный запрос с присвоенным заявлению номером',
    },
    norm: null,
    outcomes: [{ id: 'done', to: 'assign-executor' }],
    assumed: true,
    note: assumedNote(
      'Сұраныс "Е-лицензиялау" МДҚ АЖ-да автоматты түрде тіркеледі (1-қосымша: ЭҮП арқылы – 1,5 минут, қызмет беруші арқылы – 10–15 секунд).',
      'Запрос регистрируется в ИС ГБД «Е-лицензирование» автоматически (приложение 1: через ПЭП – 1,5 минуты, через услугодателя – 10–15 секунд).',
    ),
    source: '002 L180-181, L218-219, L455-460, L656-658; SERVICES.md §2.6',
  }
}

function assignStep(): StepInput {
  return {
    id: 'assign-executor',
    role: 'head',
    kind: 'assign',
    assigns: 'executor',
    action: { kk: 'Жауапты орындаушыны айқындау', ru: 'Определение ответственного исполнителя' },
    result: { kk: 'Жауапты орындаушы айқындалды', ru: 'Ответственный исполнитель определён' },
    norm: null,
    outcomes: [{ id: 'done', to: 'draft' }],
    assumed: true,
    note: assumedNote(
      'Өтінішті қарайтын жауапты орындаушысыз іс аяқталмайды.',
      'Без ответственного исполнителя, рассматривающего заявление, дело не может быть завершено.',
    ),
    source: 'SERVICES.md §2.6',
  }
}

function draftStep(draftResult: TextInput): StepInput {
  return {
    id: 'draft',
    role: 'executor',
    kind: 'draft_decision',
    action: {
      kk: 'Алушының біліктілік талаптарына және негіздерге сәйкестігін тексеру',
      ru: 'Проверка соответствия услугополучателя квалификационным требованиям и основаниям',
    },
    result: draftResult,
    norm: null,
    outcomes: [
      { id: 'grant', to: 'sign', decision: 'grant' },
      { id: 'refuse', to: 'sign', decision: 'refuse' },
    ],
    assumed: true,
    note: assumedNote(
      'Регламентте тек қызмет берушінің тексеру шарты бар; оны орындайтын қызметкер көрсетілмеген.',
      'В регламенте есть только условие проверки услугодателем; работник, который её проводит, не указан.',
    ),
    source: '002 L182-186, L220-224; SERVICES.md §2.6',
  }
}

function signStep(): StepInput {
  return {
    id: 'sign',
    role: 'head',
    kind: 'sign',
    action: {
      kk: 'Электрондық құжатқа қызмет берушінің уәкілетті тұлғасының ЭЦҚ-сымен қол қою',
      ru: 'Подписание электронного документа ЭЦП уполномоченного лица услугодателя',
    },
    result: { kk: 'Қол қойылған электрондық құжат', ru: 'Подписанный электронный документ' },
    norm: null,
    outcomes: [{ id: 'done', to: 'issue' }],
    assumed: true,
    note: assumedNote(
      'Регламент бойынша электронды құжат қызмет берушінің уәкілетті тұлғасының ЭЦҚ пайдалануымен құрылады; уәкілетті тұлға басшы деп алынды.',
      'По регламенту электронный документ формируется с использованием ЭЦП уполномоченного лица услугодателя; уполномоченным лицом принят руководитель.',
    ),
    source: '002 L187-189, L225-227; SERVICES.md §2.6',
  }
}

function issueStep(): StepInput {
  return {
    id: 'issue',
    role: 'office_specialist',
    kind: 'issue',
    action: { kk: 'Нәтижені алушыға беру', ru: 'Выдача результата услугополучателю' },
    result: { kk: 'Алушы нәтижені алды', ru: 'Услугополучатель получил результат' },
    norm: null,
    outcomes: [{ id: 'done', to: 'end' }],
    assumed: true,
    note: assumedNote(
      'Регламент бойынша алушы нәтижені ЭҮП арқылы немесе "Е-лицензиялау" МДҚ АЖ-да алады.',
      'По регламенту услугополучатель получает результат через ПЭП или в ИС ГБД «Е-лицензирование».',
    ),
    source: '002 L187-189, L225-227; SERVICES.md §2.6',
  }
}
