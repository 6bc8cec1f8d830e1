/**
 * Issue, re-issue and duplicate in the Zhambyl regulations: the overall terms of para 5
 * (15/10/2 working days from the application), the 10 MCI license fee of para 6, the para 11
 * documents and the assumed staff route (SERVICES.md §1.3, §2.6).
 */
import type { RegulationInput, TextInput, ZhambylLines } from './zhambyl-common.ts'
import { zhambylDocuments } from './zhambyl-documents.ts'
import { zhambylRoute } from './zhambyl-route.ts'

type SubServiceInput = RegulationInput['subServices'][number]
type Kind = 'issue' | 'reissue' | 'duplicate'

const names: Record<Kind, TextInput> = {
  issue: { kk: 'Лицензияны беру', ru: 'Выдача лицензии' },
  reissue: { kk: 'Лицензияны қайта ресімдеу', ru: 'Переоформление лицензии' },
  duplicate: { kk: 'Лицензияның телнұсқасын беру', ru: 'Выдача дубликата лицензии' },
}

const results = { issue: 'license', reissue: 'reissued_license', duplicate: 'duplicate' } as const
const workingDays: Record<Kind, number> = { issue: 15, reissue: 10, duplicate: 2 }

const deadlineNote: TextInput = {
  kk:
    'Мерзім мемлекеттік қызмет алушы жергілікті атқарушы органға не порталға өтінген сәттен бастап есептеледі.',
  ru:
    'Срок исчисляется с момента обращения услугополучателя в местный исполнительный орган или на портал.',
}

const feeNote: TextInput = {
  kk:
    'Лицензиялық жарна бюджетке қолма-қол ақшалай немесе қолма-қол ақшасыз тәсілмен төленеді. Портал арқылы электронды сұрау салу берілген жағдайда төлем "электрондық үкіметтің" төлем шлюзі арқылы жүзеге асырылуы мүмкін.',
  ru:
    'Лицензионный сбор уплачивается в бюджет наличным или безналичным способом. При подаче электронного запроса через портал оплата может осуществляться через платежный шлюз «электронного правительства».',
}

/** The three sub-services of one Zhambyl regulation, citing its own lines. */
export function zhambylSubServices(lines: ZhambylLines): SubServiceInput[] {
  return (['issue', 'reissue', 'duplicate'] as const).map((kind) => subService(kind, lines))
}

function subService(kind: Kind, lines: ZhambylLines): SubServiceInput {
  return {
    kind,
    name: names[kind],
    result: results[kind],
    deadline: {
      basis: 'stated',
      norm: { amount: workingDays[kind], unit: 'workingDay' },
      source: lines.deadlines[kind],
    },
    deadlineNote,
    documents: zhambylDocuments(kind, lines.documents),
    fee: { mci: 10, source: lines.fee },
    feeNote,
    route: {
      steps: zhambylRoute(kind, lines),
      source: `${lines.deadlines[kind]}; SERVICES.md §2.6`,
    },
  }
}
