/**
 * Route steps every East Kazakhstan sub-service shares: steps 1–5 of para 5 (office → head →
 * deputy head → department head → executor's completeness check, SERVICES.md §2.2) and the
 * refusal branch the seed leaves without an actor or a signature (assumed, with notes).
 */
import type { StepInput } from './east-kazakhstan-common.ts'

/** The sub-services of seed 003. */
export type EastKazakhstanKind = 'issue' | 'reissue' | 'duplicate'

type Norm = NonNullable<StepInput['norm']>
const minutes30: Norm = { amount: 30, unit: 'minute' }
const workingDay1: Norm = { amount: 1, unit: 'workingDay' }

/** Norms of the three appointing steps (deputy, department head, executor); para 5. */
const assignNorms: Record<EastKazakhstanKind, [Norm, Norm, Norm]> = {
  issue: [workingDay1, workingDay1, workingDay1],
  reissue: [workingDay1, workingDay1, workingDay1],
  duplicate: [workingDay1, { amount: 3, unit: 'hour' }, { amount: 2, unit: 'hour' }],
}

/** Sources of steps 1–5: the action in para 5, its result in para 6, its actor in para 8. */
const sources: Record<EastKazakhstanKind, [string, string, string, string, string]> = {
  issue: [
    '003 L42, L86, L139',
    '003 L44, L88, L141',
    '003 L46, L90, L143',
    '003 L48, L92, L145',
    '003 L50, L94, L147-149',
  ],
  reissue: [
    '003 L57, L100, L139',
    '003 L59, L102, L141',
    '003 L61, L104-106, L143',
    '003 L63, L108, L145',
    '003 L65, L110, L147-149',
  ],
  duplicate: [
    '003 L70, L114, L139',
    '003 L72, L116, L141',
    '003 L74, L118, L143',
    '003 L76, L120, L145',
    '003 L78, L122, L147-149',
  ],
}

/** Steps 1–5 of a sub-service; `next` is the step that follows a complete set of documents. */
export function intakeSteps(kind: EastKazakhstanKind, next: string): StepInput[] {
  const [deputy, department, executor] = assignNorms[kind]
  const [s1, s2, s3, s4, s5] = sources[kind]
  return [
    {
      id: 'register',
      role: 'office_specialist',
      kind: 'register',
      action: {
        kk:
          'Қызмет берушінің кеңсесі Стандарттың 1 қосымшасына сәйкес нысан бойынша қызмет алушының өтінішін және Стандарттың 9-тармағына сәйкес құжаттарын қабылдайды, тіркейді және тіркелген өтініштің көшірмесін береді',
        ru:
          'Канцелярия услугодателя принимает и регистрирует заявление услугополучателя по форме согласно приложению 1 к Стандарту и документы согласно пункту 9 Стандарта, выдаёт копию зарегистрированного заявления',
      },
      result: {
        kk: 'Кіріс хат-хабар журналында тіркеу',
        ru: 'Регистрация в журнале входящей корреспонденции',
      },
      norm: minutes30,
      outcomes: [{ id: 'done', to: 'assign-deputy' }],
      source: s1,
    },
    assign({
      id: 'assign-deputy',
      role: 'head',
      assigns: 'deputy_head',
      norm: deputy,
      next: 'assign-department-head',
      source: s2,
      action: {
        kk: 'Қызмет берушінің басшысы жауапты орынбасарды айқындайды',
        ru: 'Руководитель услугодателя определяет ответственного заместителя',
      },
      result: {
        kk: 'Қызмет беруші басшысының жауапты орынбасарын айқындау туралы бұрыштама',
        ru: 'Резолюция об определении ответственного заместителя руководителя услугодателя',
      },
    }),
    assign({
      id: 'assign-department-head',
      role: 'deputy_head',
      assigns: 'department_head',
      norm: department,
      next: 'assign-executor',
      source: s3,
      action: {
        kk: 'Қызмет беруші басшысының орынбасары бөлімнің жауапты басшысын айқындайды',
        ru: 'Заместитель руководителя услугодателя определяет ответственного руководителя отдела',
      },
      result: {
        kk: 'Қызмет беруші бөлімінің жауапты басшысын айқындау туралы бұрыштама',
        ru: 'Резолюция об определении ответственного руководителя отдела услугодателя',
      },
    }),
    assign({
      id: 'assign-executor',
      role: 'department_head',
      assigns: 'executor',
      norm: executor,
      next: 'check-completeness',
      source: s4,
      action: {
        kk: 'Қызмет беруші бөлімінің басшысы жауапты орындаушыны айқындайды',
        ru: 'Руководитель отдела услугодателя определяет ответственного исполнителя',
      },
      result: {
        kk: 'Қызмет берушінің жауапты орындаушысын айқындау туралы бұрыштама',
        ru: 'Резолюция об определении ответственного исполнителя услугодателя',
      },
    }),
    {
      id: 'check-completeness',
      role: 'executor',
      kind: 'check_completeness',
      action: {
        kk:
          'Қызмет берушінің жауапты орындаушысы ұсынылған құжаттардың толықтығын тексеруді жүзеге асырады',
        ru: 'Ответственный исполнитель услугодателя проверяет полноту представленных документов',
      },
      result: {
        kk:
          'Құжаттарды қабылдау; ұсынылған құжаттар толық болмаған жағдайда – өтінішті әрі қарай қараудан бас тарту',
        ru:
          'Приём документов; при неполноте представленных документов – отказ в дальнейшем рассмотрении заявления',
      },
      norm: minutes30,
      outcomes: [
        { id: 'complete', to: next },
        { id: 'incomplete', to: 'sign-return', decision: 'return' },
      ],
      source: s5,
    },
  ]
}

type AssignInput = Pick<StepInput, 'id' | 'role' | 'action' | 'result' | 'source'> & {
  assigns: NonNullable<StepInput['assigns']>
  norm: Norm
  next: string
}

function assign({ next, ...step }: AssignInput): StepInput {
  return { ...step, kind: 'assign', outcomes: [{ id: 'done', to: next }] }
}
