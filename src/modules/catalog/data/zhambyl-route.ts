/**
 * The staff route of the Zhambyl regulations. Z1–Z5 describe no internal workflow, only the
 * IS processes and the overall terms (SERVICES.md §2.6), so every step is the catalog's
 * minimal assumed chain. Two stated norms are carried: the completeness check of an issue
 * application (2 working days) and the 30-minute maximum queue wait at the office counter.
 */
import type { StepInput, TextInput, ZhambylLines } from './zhambyl-common.ts'

type Kind = 'issue' | 'reissue' | 'duplicate'

const notDescribed = {
  kk: 'Регламентте қызмет берушінің ішкі іс-қимылдары сипатталмаған; қадамды каталог қосқан.',
  ru: 'Внутренние действия услугодателя в регламенте не описаны; шаг добавлен каталогом.',
}

function assumedNote(kk: string, ru: string): TextInput {
  return { kk: `${notDescribed.kk} ${kk}`, ru: `${notDescribed.ru} ${ru}` }
}

/** Register → assign → [completeness check, issue only] → draft → sign → issue. */
export function zhambylRoute(kind: Kind, lines: ZhambylLines): StepInput[] {
  const afterAssign = kind === 'issue' ? 'check-completeness' : 'draft'
  return [
    registerStep(lines),
    assignStep(afterAssign),
    ...(kind === 'issue' ? [checkStep(lines)] : []),
    draftStep(kind, lines),
    signStep(lines),
    issueStep(lines),
  ]
}

function registerStep(lines: ZhambylLines): StepInput {
  return {
    id: 'register',
    role: 'office_specialist',
    kind: 'register',
    action: {
      kk:
        'Кеңсе қызметкері қызмет алушының құжаттарын қабылдап тіркейді және қажетті құжаттарды қабылдау туралы қолхат береді',
      ru:
        'Специалист канцелярии принимает и регистрирует документы услугополучателя и выдает расписку о приеме необходимых документов',
    },
    result: {
      kk: 'Өтініш тіркелді, қолхат берілді',
      ru: 'Заявление зарегистрировано, расписка выдана',
    },
    norm: { amount: 30, unit: 'minute' },
    outcomes: [{ id: 'done', to: 'assign-executor' }],
    assumed: true,
    note: assumedNote(
      'Норма ретінде құжаттарды тапсыру кезінде кезекте күтудің ең ұзақ рұқсат етілген уақыты (30 минут) алынды: регламент оны қадамның ұзақтығы ретінде емес, кезекте күтудің ең ұзақ уақыты ретінде белгілейді.',
      'В качестве нормы принято максимально допустимое время ожидания в очереди при сдаче документов (30 минут): регламент устанавливает его как предельное время ожидания в очереди, а не как длительность шага.',
    ),
    source:
      `${lines.deadlines.queueSubmit}; ${lines.submission}; ${lines.receipt}; SERVICES.md §2.6`,
  }
}

function assignStep(next: string): StepInput {
  return {
    id: 'assign-executor',
    role: 'head',
    kind: 'assign',
    assigns: 'executor',
    action: {
      kk: 'Басшы өтінішті қарау үшін жауапты орындаушыны анықтайды',
      ru: 'Руководитель определяет ответственного исполнителя для рассмотрения заявления',
    },
    result: { kk: 'Жауапты орындаушы анықталды', ru: 'Ответственный исполнитель определен' },
    norm: null,
    outcomes: [{ id: 'done', to: next }],
    assumed: true,
    note: assumedNote('Қадамның мерзімі белгіленбеген.', 'Срок шага не установлен.'),
    source: 'SERVICES.md §2.6',
  }
}

function checkStep(lines: ZhambylLines): StepInput {
  return {
    id: 'check-completeness',
    role: 'executor',
    kind: 'check_completeness',
    action: {
      kk: 'Жауапты орындаушы лицензияны беру үшін ұсынылған құжаттардың толық болуын тексереді',
      ru:
        'Ответственный исполнитель проверяет полноту документов, представленных для выдачи лицензии',
    },
    result: {
      kk: 'Құжаттар толық не өтінішті одан әрі қараудан бас тарту туралы шешім қабылданды',
      ru: 'Документы полные либо принято решение об отказе в дальнейшем рассмотрении заявления',
    },
    norm: { amount: 2, unit: 'workingDay' },
    outcomes: [
      { id: 'complete', to: 'draft' },
      { id: 'incomplete', to: 'sign', decision: 'return' },
    ],
    assumed: true,
    note: {
      kk:
        'Регламент құжаттардың толық болуын тексеруді және оның мерзімін (құжаттар тапсырылған сәттен бастап екі жұмыс күні ішінде) белгілейді, бірақ оны кім орындайтынын және құжаттар толық болмаған жағдайда не болатынын сипаттамайды; орындаушы мен тармақталуды каталог қосқан.',
      ru:
        'Регламент устанавливает проверку полноты документов и ее срок (в течение двух рабочих дней с момента сдачи документов), но не указывает, кто ее проводит и что следует при неполноте документов; исполнителя и ветвление добавил каталог.',
    },
    source: `${lines.deadlines.completeness}; SERVICES.md §2.7`,
  }
}

const drafts: Record<Kind, TextInput> = {
  issue: { kk: 'лицензияның жобасын', ru: 'проект лицензии' },
  reissue: { kk: 'қайта ресімделген лицензияның жобасын', ru: 'проект переоформленной лицензии' },
  duplicate: { kk: 'лицензия телнұсқасының жобасын', ru: 'проект дубликата лицензии' },
}

function draftStep(kind: Kind, lines: ZhambylLines): StepInput {
  const what = drafts[kind]
  return {
    id: 'draft',
    role: 'executor',
    kind: 'draft_decision',
    action: {
      kk:
        `Жауапты орындаушы өтінішті қарап, ${what.kk} не мемлекеттік қызметті көрсетуден бас тарту туралы дәлелді жауаптың жобасын дайындайды`,
      ru:
        `Ответственный исполнитель рассматривает заявление и готовит ${what.ru} либо проект мотивированного ответа об отказе в оказании государственной услуги`,
    },
    result: { kk: 'Шешімнің жобасы дайындалды', ru: 'Проект решения подготовлен' },
    norm: null,
    outcomes: [
      { id: 'grant', to: 'sign', decision: 'grant' },
      { id: 'refuse', to: 'sign', decision: 'refuse' },
    ],
    assumed: true,
    note: assumedNote(
      'Қадамның мерзімі белгіленбеген. Нәтиже түрлері регламенттің 7-тармағынан, бас тарту негіздері 16-тармағынан алынды.',
      'Срок шага не установлен. Виды результата взяты из пункта 7, основания отказа — из пункта 16 регламента.',
    ),
    source: `${lines.result}; ${lines.refusal.list}; SERVICES.md §2.6`,
  }
}

function signStep(lines: ZhambylLines): StepInput {
  return {
    id: 'sign',
    role: 'head',
    kind: 'sign',
    action: {
      kk:
        'Жергілікті атқарушы органның уәкілетті тұлғасы (басшы) дайындалған құжатқа электрондық цифрлық қолтаңбамен қол қояды',
      ru:
        'Уполномоченное лицо местного исполнительного органа (руководитель) подписывает подготовленный документ ЭЦП',
    },
    result: { kk: 'Құжатқа қол қойылды', ru: 'Документ подписан' },
    norm: null,
    outcomes: [{ id: 'done', to: 'issue' }],
    assumed: true,
    note: assumedNote(
      'Регламент тек нәтиже жергілікті атқарушы органның уәкілетті тұлғасының электрондық цифрлық қолтаңбасымен қол қойылатынын айтады; уәкілетті тұлға басшы деп алынды, қадамның мерзімі белгіленбеген.',
      'Регламент указывает лишь, что результат подписывается ЭЦП уполномоченного лица местного исполнительного органа; уполномоченным лицом принят руководитель, срок шага не установлен.',
    ),
    source: `${lines.result}; SERVICES.md §2.6`,
  }
}

function issueStep(lines: ZhambylLines): StepInput {
  return {
    id: 'issue',
    role: 'office_specialist',
    kind: 'issue',
    action: {
      kk:
        'Кеңсе қызметкері нәтижені қызмет алушыға электрондық поштамен жібереді не оның талабы бойынша жеке келген кезде басылған түрінде береді; портал арқылы өтінгенде нәтиже жеке кабинетке жолданады',
      ru:
        'Специалист канцелярии направляет результат услугополучателю по электронной почте либо по его требованию выдает в распечатанном виде при личном обращении; при обращении через портал результат направляется в личный кабинет',
    },
    result: { kk: 'Нәтиже қызмет алушыға берілді', ru: 'Результат выдан услугополучателю' },
    norm: { amount: 30, unit: 'minute' },
    outcomes: [{ id: 'done', to: 'end' }],
    assumed: true,
    note: assumedNote(
      'Норма ретінде мемлекеттік қызмет нәтижесін алу кезінде кезекте күтудің ең ұзақ уақыты (30 минут) алынды: регламент оны қадамның ұзақтығы ретінде емес, кезекте күтудің ең ұзақ уақыты ретінде белгілейді.',
      'В качестве нормы принято максимально допустимое время ожидания в очереди при получении результата (30 минут): регламент устанавливает его как предельное время ожидания в очереди, а не как длительность шага.',
    ),
    source: `${lines.deadlines.queueResult}; ${lines.delivery}; SERVICES.md §2.6`,
  }
}
