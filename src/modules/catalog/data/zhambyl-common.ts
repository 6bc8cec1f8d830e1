/**
 * What the five Zhambyl "electronic state service" regulations share (seed 004, akimat
 * resolution No. 48 of 04.03.2013; Z1–Z5 in SERVICES.md §0). They repeat the same paragraphs
 * almost word for word, so each regulation file gives only its own name, legal basis,
 * qualification requirements and the seed lines of every shared paragraph; this builder
 * assembles the rest, so each fact still cites the lines of its own regulation.
 */
import type { z } from 'zod'
import type { qualificationItem, regulation, step } from '../definition.ts'
import { zhambylGrounds, zhambylLegalBasis } from './zhambyl-legal.ts'
import { zhambylNotes } from './zhambyl-notes.ts'
import { zhambylSubServices } from './zhambyl-sub-services.ts'

/** A regulation as written in a data file, before zod parses it. */
export type RegulationInput = z.input<typeof regulation>
/** A text in both languages, as the data files write it. */
export type TextInput = RegulationInput['name']
/** One route step as written in a data file. */
export type StepInput = z.input<typeof step>
/** One qualification requirement as written in a data file. */
export type QualificationInput = z.input<typeof qualificationItem>
/** One regulation note. */
export type NoteInput = NonNullable<RegulationInput['notes']>[number]

/** The seed lines of one regulation's para 11 document lists, one entry per document. */
export interface ZhambylDocumentLines {
  officeIssue: Record<
    'application' | 'charter' | 'identity' | 'entrepreneur' | 'tax' | 'fee' | 'qualification',
    string
  >
  officeReissue: Record<'application' | 'fee' | 'license', string>
  officeDuplicate: Record<'application' | 'fee', string>
  portalIssue: Record<
    | 'request'
    | 'charter'
    | 'qualification'
    | 'identity'
    | 'legalEntity'
    | 'entrepreneur'
    | 'tax'
    | 'fee'
    | 'registry',
    string
  >
  portalReissue: Record<'request' | 'tax' | 'fee' | 'license' | 'registry', string>
  portalDuplicate: Record<'request' | 'tax' | 'fee' | 'registry', string>
  /** The whole para 11. */
  all: string
}

/** Where each shared paragraph sits in one regulation (full source strings). */
export interface ZhambylLines {
  /** The approval stamp and the regulation's title. */
  approval: string
  /** Para 1 and the App. 1 address row. */
  provider: string
  recipients: string
  legalBasis: { licensing: string; informatization: string; standards: string }
  deadlines: {
    issue: string
    reissue: string
    duplicate: string
    queueSubmit: string
    queueResult: string
    completeness: string
    deemed: string
  }
  fee: string
  result: string
  /** Para 8 (office and portal) and para 19 (PSC). */
  channels: string
  hours: string
  submission: string
  receipt: string
  delivery: string
  refusal: {
    list: string
    grounds: readonly [string, string, string, string, string, string, string]
  }
  powerOfAttorney: string
  callCenter: string
  survey: string
  documents: ZhambylDocumentLines
}

/** What one Zhambyl regulation adds to the shared template. */
export interface ZhambylSpec {
  id: string
  code: string
  sector: RegulationInput['sector']
  name: TextInput
  /** Item 1 of para 3 (the sector law) and item 4 (the government resolution on licensing). */
  sectorLaw: RegulationInput['legalBasis'][number]
  licensingRules: RegulationInput['legalBasis'][number]
  qualification: { items: QualificationInput[]; source: string }
  activitySubtypes?: NonNullable<RegulationInput['activitySubtypes']>
  notes?: NoteInput[]
  lines: ZhambylLines
}

const everyone = ['individual', 'sole_proprietor', 'legal_entity'] as const

/** Builds one Zhambyl regulation, version 1, from its own parts and the shared template. */
export function zhambylRegulation(spec: ZhambylSpec): RegulationInput {
  const l = spec.lines
  return {
    id: spec.id,
    code: spec.code,
    version: 1,
    effectiveFrom: '2013-06-26',
    region: 'zhambyl',
    sector: spec.sector,
    name: spec.name,
    act: { ...zhambylAct, source: `004 L2-8, L49-53; ${l.approval}` },
    repealNote: { text: zhambylRepeal, source: '004 L5-11' },
    provider: { ...zhambylProvider, source: l.provider },
    recipients: [...everyone],
    legalBasis: zhambylLegalBasis(spec.sectorLaw, spec.licensingRules, l.legalBasis),
    channels: ['office', 'portal', 'psc'],
    channelsSource: l.channels,
    automation: 'partial',
    workingHours: { start: '09:00', end: '19:00', lunch: ['13:00', '15:00'], source: l.hours },
    refusalGrounds: zhambylGrounds(l.refusal),
    deemedIssued: { applies: true, source: l.deadlines.deemed },
    interestedAuthorities: [],
    qualification: { status: 'listed', ...spec.qualification },
    ...(spec.activitySubtypes ? { activitySubtypes: spec.activitySubtypes } : {}),
    survey: { ...zhambylSurvey, source: l.survey },
    subServices: zhambylSubServices(l),
    notes: [...zhambylNotes(l), ...(spec.notes ?? [])],
  }
}

const zhambylAct = {
  title: {
    kk:
      'Жамбыл облысы әкімдігінің 2013 жылғы 4 наурыздағы № 48 "Ауыл шаруашылығы саласындағы электрондық мемлекеттік қызмет көрсету регламенттерін бекіту туралы" қаулысы',
    ru:
      'Постановление акимата Жамбылской области от 4 марта 2013 года № 48 «Об утверждении регламентов электронных государственных услуг в сфере сельского хозяйства»',
  },
  number: '48',
  date: '2013-03-04',
}

const zhambylRepeal = {
  kk: 'Жамбыл облысы әкімдігінің 2015 жылғы 28 желтоқсандағы № 319 қаулысымен күші жойылды',
  ru: 'Утратило силу постановлением акимата Жамбылской области от 28 декабря 2015 года № 319',
}

const zhambylProvider = {
  name: {
    kk: '"Жамбыл облысы әкімдігінің ауыл шаруашылығы басқармасы" коммуналдық мемлекеттік мекемесі',
    ru:
      'Коммунальное государственное учреждение «Управление сельского хозяйства акимата Жамбылской области»',
  },
  address: { kk: 'Тараз қаласы, Абай көшесі, 119-үй', ru: 'г. Тараз, ул. Абая, 119' },
  phone: '8 (7262) 45-42-30, 45-42-05',
}

/** App. 5, the third-person Zhambyl wording (SERVICES.md §5.2). */
const zhambylSurvey: Omit<NonNullable<RegulationInput['survey']>, 'source'> = {
  id: 'zhambyl-2013',
  title: {
    kk:
      'Мемлекеттік электрондық қызметтің "сапа" және "қол жетімділік" көрсеткіштерін анықтау үшін сауалнама нысаны',
    ru:
      'Форма анкеты для определения показателей электронной государственной услуги: «качество» и «доступность»',
  },
  questions: [
    {
      kk:
        'Электрондық мемлекеттік қызмет көрсету үдерісі мен нәтижесінің сапасы Сізді қанағаттандырады ма?',
      ru:
        'Удовлетворяет ли Вас качество процесса и результата оказания электронной государственной услуги?',
    },
    {
      kk:
        'Электрондық мемлекеттік қызмет көрсету тәртібі туралы ақпарат сапасы Сізді қанағаттандырады ма?',
      ru:
        'Удовлетворяет ли Вас качество информации о порядке оказания электронной государственной услуги?',
    },
  ],
  answers: [
    { kk: 'қанағаттандырмайды', ru: 'не удовлетворяет' },
    { kk: 'жартылай қанағаттандырады', ru: 'частично удовлетворяет' },
    { kk: 'қанағаттандырады', ru: 'удовлетворяет' },
  ],
}
