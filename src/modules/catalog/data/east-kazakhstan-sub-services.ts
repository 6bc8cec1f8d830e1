/**
 * The three sub-services of the East Kazakhstan grain regulation (seed 003, para 5–8;
 * SERVICES.md §2.2). They share steps 1–5 and the assumed refusal branch; issue adds the
 * pre-licensing inspection. The deadlines are the sums of the step norms.
 */
import {
  eastKazakhstanDocuments,
  eastKazakhstanFeeNote,
  type StepInput,
  type SubServiceInput,
  type TextInput,
} from './east-kazakhstan-common.ts'
import { inspection, lastStep } from './east-kazakhstan-final-steps.ts'
import { refusalSteps } from './east-kazakhstan-refusal.ts'
import { type EastKazakhstanKind, intakeSteps } from './east-kazakhstan-steps.ts'

function sumOfSteps(kk: string, ru: string, source: string): SubServiceInput['deadline'] {
  return { basis: 'sum_of_steps', summary: { kk, ru }, source }
}

const returnNote = {
  kk:
    'Ұсынылған құжаттар толық болмаған жағдайда өтінішті әрі қарай қараудан бас тарту туралы жазбаша дәлелді жауап екі жұмыс күні ішінде беріледі.',
  ru:
    'При неполноте представленных документов письменный мотивированный ответ об отказе в дальнейшем рассмотрении заявления даётся в течение двух рабочих дней.',
} as const

function subService(
  kind: EastKazakhstanKind,
  fields: Pick<SubServiceInput, 'name' | 'result' | 'deadline'> & {
    steps: StepInput[]
    routeSource: string
  },
): SubServiceInput {
  const { steps, routeSource, ...rest } = fields
  return {
    kind,
    ...rest,
    deadlineNote: returnNote,
    documents: eastKazakhstanDocuments,
    fee: null,
    feeNote: eastKazakhstanFeeNote,
    route: { steps: [...steps, ...refusalSteps()], source: routeSource },
  }
}

function text(kk: string, ru: string): TextInput {
  return { kk, ru }
}

/** Issue, re-issue and duplicate, in the order of para 5. */
export const eastKazakhstanSubServices: SubServiceInput[] = [
  subService('issue', {
    name: text('Лицензия беру', 'Выдача лицензии'),
    result: 'license',
    deadline: sumOfSteps(
      '≈ 5 жұмыс күні + 1,5 сағат',
      '≈ 5 рабочих дней + 1,5 часа',
      '003 L40-54; SERVICES.md §2.2',
    ),
    steps: [
      ...intakeSteps('issue', 'inspection'),
      inspection,
      lastStep('issue-license', {
        action: text(
          'Қызмет берушінің жауапты орындаушысы қызмет алушы жергілікті атқарушы органға жүгінген жағдайда лицензияны ресімдейді және береді',
          'Ответственный исполнитель услугодателя оформляет и выдаёт лицензию в случае обращения услугополучателя в местный исполнительный орган',
        ),
        result: text('Лицензия беру', 'Выдача лицензии'),
        source: '003 L54, L98, L153, L193-195',
        actorNamed: true,
      }),
    ],
    routeSource: '003 L40-54, L84-98, L137-153',
  }),
  subService('reissue', {
    name: text('Лицензияны қайта ресімдеу', 'Переоформление лицензии'),
    result: 'reissued_license',
    deadline: sumOfSteps(
      '≈ 3 жұмыс күні + 1,5 сағат',
      '≈ 3 рабочих дня + 1,5 часа',
      '003 L55-67; SERVICES.md §2.2',
    ),
    steps: [
      ...intakeSteps('reissue', 'reissue-license'),
      lastStep('reissue-license', {
        action: text(
          'Қызмет алушы жергілікті атқарушы органға жүгінген жағдайда лицензияны қайта ресімдеу',
          'Переоформление лицензии в случае обращения услугополучателя в местный исполнительный орган',
        ),
        result: text('Лицензияны қайта ресімдеу', 'Переоформление лицензии'),
        source: '003 L67, L112, L26, L153, L193-195',
        actorNamed: false,
      }),
    ],
    routeSource: '003 L55-67, L98-112, L137-153',
  }),
  subService('duplicate', {
    name: text('Лицензияның телнұсқасын беру', 'Выдача дубликата лицензии'),
    result: 'duplicate',
    deadline: sumOfSteps(
      '≈ 1 жұмыс күні + 6,5 сағат',
      '≈ 1 рабочий день + 6,5 часа',
      '003 L68-80; SERVICES.md §2.2',
    ),
    steps: [
      ...intakeSteps('duplicate', 'issue-duplicate'),
      lastStep('issue-duplicate', {
        action: text(
          'Қызмет алушы жергілікті атқарушы органға жүгінген жағдайда лицензияның телнұсқасын ресімдеу және беру',
          'Оформление и выдача дубликата лицензии в случае обращения услугополучателя в местный исполнительный орган',
        ),
        result: text('Лицензияның телнұсқасын беру', 'Выдача дубликата лицензии'),
        source: '003 L80, L124, L26, L153, L193-195',
        actorNamed: false,
      }),
    ],
    routeSource: '003 L68-80, L112-124, L137-153',
  }),
]
