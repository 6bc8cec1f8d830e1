/**
 * The internal route of the seed-001 licenses (SERVICES.md §2.3) and their re-issue cases.
 * Step 3 of the seed holds two steps: the completeness check (1 wd, whose refusal goes
 * straight to the head) and the draft result (4 wd, or 2 wd for the class-B re-issues).
 */
import type { RegulationInput } from './aktobe-common.ts'
import type { LicenseLines } from './aktobe-licenses-2019.ts'

type SubServiceInput = RegulationInput['subServices'][number]
type StepInput = SubServiceInput['route']['steps'][number]

/** The five steps of issue or re-issue; only the draft step differs. */
export function licenseSteps(kind: 'issue' | 'reissue', lines: LicenseLines): StepInput[] {
  return [
    {
      id: 'register',
      role: 'office_specialist',
      kind: 'register',
      action: {
        kk:
          'www.egov.kz веб-порталы арқылы келіп түскен қажетті құжаттарды қабылдайды, "Е-лицензиялау" МДБ АЖ-де тіркейді және бұрыштама қою үшін басшыға жібереді',
        ru:
          'Принимает необходимые документы, поступившие через веб-портал www.egov.kz, регистрирует их в ИС ГБД «Е-лицензирование» и направляет руководителю для наложения резолюции',
      },
      result: {
        kk: 'Құжаттар тіркеліп, басшыға бұрыштама қоюға жіберілді',
        ru: 'Документы зарегистрированы и направлены руководителю для наложения резолюции',
      },
      norm: { amount: 15, unit: 'minute' },
      outcomes: [{ id: 'done', to: 'assign-executor' }],
      source: lines.register,
    },
    {
      id: 'assign-executor',
      role: 'head',
      kind: 'assign',
      action: {
        kk:
          'Құжаттарды қарайды және көрсетілетін қызметті берушінің жауапты орындаушысын анықтайды',
        ru: 'Рассматривает документы и определяет ответственного исполнителя услугодателя',
      },
      result: { kk: 'Жауапты орындаушы анықталды', ru: 'Ответственный исполнитель определен' },
      norm: { amount: 1, unit: 'hour' },
      assigns: 'executor',
      outcomes: [{ id: 'done', to: 'check-completeness' }],
      source: lines.assign,
    },
    {
      id: 'check-completeness',
      role: 'executor',
      kind: 'check_completeness',
      action: {
        kk:
          'Ұсынылған құжаттардың толықтығын тексереді; толық емес фактісі анықталған жағдайда өтінішті одан әрі қараудан бас тарту туралы жазбаша дәлелді жауап дайындайды және басшыға қол қою үшін жібереді',
        ru:
          'Проверяет полноту представленных документов; при установлении факта неполноты готовит письменный мотивированный ответ об отказе в дальнейшем рассмотрении заявления и направляет его руководителю на подпись',
      },
      result: {
        kk:
          'Құжаттар толық болса, нәтиже дайындалады; толық болмаса, өтінішті одан әрі қараудан бас тарту туралы дәлелді жауап басшыға қол қоюға жіберіледі',
        ru:
          'Если документы полные, готовится результат; если неполные, мотивированный ответ об отказе в дальнейшем рассмотрении заявления направляется руководителю на подпись',
      },
      norm: { amount: 1, unit: 'workingDay' },
      outcomes: [
        { id: 'complete', to: 'draft' },
        { id: 'incomplete', to: 'sign', decision: 'return' },
      ],
      source: lines.completeness,
    },
    kind === 'issue' ? issueDraft(lines) : reissueDraft(lines),
    {
      id: 'sign',
      role: 'head',
      kind: 'sign',
      action: {
        kk:
          '"Е-лицензиялау" МДБ АЖ арқылы ЭЦҚ пайдалана отырып, лицензияға, қайта ресімделген лицензияға немесе мемлекеттік қызметті көрсетуден бас тарту туралы Стандарттың 10-тармағына сәйкес дәлелді жауапқа қол қояды',
        ru:
          'Подписывает с использованием ЭЦП в ИС ГБД «Е-лицензирование» лицензию, переоформленную лицензию или мотивированный ответ об отказе в оказании государственной услуги в соответствии с пунктом 10 Стандарта',
      },
      result: {
        kk:
          'Мемлекеттік көрсетілетін қызмет нәтижесі көрсетілетін қызметті алушының жеке кабинетіне жіберілді',
        ru: 'Результат оказания государственной услуги направлен в личный кабинет услугополучателя',
      },
      norm: null,
      note: {
        kk: 'Регламентте басшының қол қою мерзімі көрсетілмеген',
        ru: 'Срок подписания руководителем в регламенте не указан',
      },
      outcomes: [{ id: 'done', to: 'end' }],
      source: lines.sign,
    },
  ]
}

function issueDraft(lines: LicenseLines): StepInput {
  return {
    id: 'draft',
    role: 'executor',
    kind: 'draft_decision',
    action: {
      kk:
        'Лицензияны немесе мемлекеттік қызметті көрсетуден бас тарту туралы Стандарттың 10-тармағына сәйкес дәлелді жауапты дайындайды және басшыға қол қою үшін жібереді',
      ru:
        'Готовит лицензию или мотивированный ответ об отказе в оказании государственной услуги в соответствии с пунктом 10 Стандарта и направляет руководителю на подпись',
    },
    result: draftResult,
    norm: { amount: 4, unit: 'workingDay' },
    excludeAcceptanceDay: true,
    outcomes: decisionOutcomes,
    source: lines.classA,
  }
}

function reissueDraft(lines: LicenseLines): StepInput {
  return {
    id: 'draft',
    role: 'executor',
    kind: 'draft_decision',
    action: {
      kk:
        'Келіп түскен құжаттарды тексереді, қайта ресімделген лицензияны немесе мемлекеттік қызметті көрсетуден бас тарту туралы Стандарттың 10-тармағына сәйкес дәлелді жауапты дайындайды және басшыға қол қою үшін жібереді',
      ru:
        'Проверяет поступившие документы, готовит переоформленную лицензию или мотивированный ответ об отказе в оказании государственной услуги в соответствии с пунктом 10 Стандарта и направляет руководителю на подпись',
    },
    result: draftResult,
    // The seed gives the norm per case group; the longer one stands while the group
    // is not yet known.
    norm: { amount: 4, unit: 'workingDay' },
    normByReissueClass: {
      A: { amount: 4, unit: 'workingDay' },
      B: { amount: 2, unit: 'workingDay' },
    },
    excludeAcceptanceDay: true,
    note: {
      kk:
        'А тобы (бөліп шығару, бөліну нысанында қайта ұйымдастыру, санат бере отырып қайта ресімдеу) – 4 жұмыс күні; B тобы (тегі, аты, атауы, мекенжайы немесе орналасқан жері өзгергенде) – 2 жұмыс күні; тобы анықталмаса, 4 жұмыс күні қолданылады',
      ru:
        'Группа A (реорганизация в форме выделения, разделения, переоформление с присвоением категории) – 4 рабочих дня; группа B (изменение фамилии, имени, наименования, адреса или местонахождения) – 2 рабочих дня; если группа не определена, применяются 4 рабочих дня',
    },
    outcomes: decisionOutcomes,
    source: `${lines.classA}; ${lines.classB}`,
  }
}

const draftResult = {
  kk: 'Нәтиже немесе дәлелді жауап басшыға қол қоюға жіберілді',
  ru: 'Результат или мотивированный ответ направлен руководителю на подпись',
}

const decisionOutcomes: StepInput['outcomes'] = [
  { id: 'grant', to: 'sign', decision: 'grant' },
  { id: 'refuse', to: 'sign', decision: 'refuse' },
]

/** The re-issue cases of step 3 with the class that sets their norm. */
export function licenseReissueReasons(
  lines: LicenseLines,
): NonNullable<SubServiceInput['reissueReasons']> {
  const a = (id: string, kk: string, ru: string) => ({
    id,
    text: { kk, ru },
    class: 'A' as const,
    source: lines.classA,
  })
  const b = (id: string, kk: string, ru: string) => ({
    id,
    text: { kk, ru },
    class: 'B' as const,
    source: lines.classB,
  })
  return [
    a(
      'spin-off',
      'Заңды тұлға-лицензиатты бөліп шығару нысанында қайта ұйымдастыру',
      'Реорганизация юридического лица-лицензиата в форме выделения',
    ),
    a(
      'division',
      'Заңды тұлға-лицензиатты бөліну нысанында қайта ұйымдастыру',
      'Реорганизация юридического лица-лицензиата в форме разделения',
    ),
    a(
      'category-assignment',
      'Санат бере отырып лицензияны қайта ресімдеу',
      'Переоформление лицензии с присвоением категории',
    ),
    b(
      'individual-name-change',
      'Жеке тұлға-лицензиаттың тегі, аты, әкесінің аты (болған жағдайда) өзгеруі',
      'Изменение фамилии, имени, отчества (при его наличии) физического лица-лицензиата',
    ),
    b(
      'sole-proprietor-change',
      'Жеке кәсіпкер-лицензиаттың қайта тіркелуі, оның атауының немесе заңды мекенжайының өзгеруі',
      'Перерегистрация индивидуального предпринимателя-лицензиата, изменение его наименования или юридического адреса',
    ),
    b(
      'legal-entity-name-location-change',
      'Заңды тұлға-лицензиаттың атауының және (немесе) орналасқан жерінің өзгеруі',
      'Изменение наименования и (или) местонахождения юридического лица-лицензиата',
    ),
  ]
}
