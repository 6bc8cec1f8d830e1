/**
 * The three construction-sector licenses of seed 001 (design, survey, construction-installation
 * works). Their texts are identical apart from the service name (SERVICES.md §1.2), so one
 * function builds them from the name and the seed lines of each copy.
 */
import {
  act2019,
  approvedBy139,
  constructionProvider,
  effectiveFrom2019,
  lawsCited2019,
  notes2019,
  order276,
  type RegulationInput,
  repeal2019,
  type TextInput,
} from './aktobe-common.ts'
import { licenseReissueReasons, licenseSteps } from './aktobe-licenses-2019-route.ts'

/** Where each fact of one copy stands in seed 001. */
export interface LicenseLines {
  provider: string
  channel: string
  result: string
  documents: string
  register: string
  assign: string
  completeness: string
  classA: string
  classB: string
  sign: string
  portal: string
  /** Paras 5–6: the whole internal route. */
  route: string
  /** Resolution No. 436 para 1: the original approval this copy replaces. */
  approval: string
}

/** What differs between the three copies. */
export interface LicenseSpec {
  id: string
  code: string
  name: TextInput
  lines: LicenseLines
}

/** Builds one of S3–S5 from its name and the seed lines of its copy. */
export function constructionLicense(spec: LicenseSpec): RegulationInput {
  const { lines } = spec
  return {
    id: spec.id,
    code: spec.code,
    version: 1,
    effectiveFrom: effectiveFrom2019,
    region: 'aktobe',
    sector: 'construction',
    name: spec.name,
    act: act2019,
    repealNote: repeal2019,
    provider: constructionProvider(lines.provider),
    // The seed names no recipients; its re-issue cases name individual, entrepreneur and
    // legal-entity licensees.
    recipients: ['individual', 'sole_proprietor', 'legal_entity'],
    legalBasis: [...lawsCited2019, order276(`001 L17-21; ${lines.result}`)],
    channels: ['portal'],
    channelsSource: lines.channel,
    automation: 'full',
    workingHours: null,
    refusalGrounds: {
      status: 'standard_reference',
      reference: {
        kk: 'Стандарттың 10-тармағында қаралған жағдайлар мен негіздер',
        ru: 'Случаи и основания, предусмотренные пунктом 10 Стандарта',
      },
      items: [],
      source: lines.result,
    },
    deemedIssued: { applies: false },
    interestedAuthorities: [],
    qualification: null,
    survey: null,
    subServices: [issue(lines), reissue(lines)],
    notes: [approvedBy139(lines.approval), ...notes2019(lines.portal)],
  }
}

function documents(lines: LicenseLines): RegulationInput['subServices'][number]['documents'] {
  return {
    status: 'standard_reference',
    reference: {
      kk: 'Стандарттың 9-тармағында көрсетілген құжаттар',
      ru: 'Документы, указанные в пункте 9 Стандарта',
    },
    items: [],
    source: lines.documents,
  }
}

const noFee = {
  kk: 'Регламентте алым да, төлем қадамы да көрсетілмеген',
  ru: 'В регламенте не указаны ни сбор, ни этап оплаты',
}

const deadlineNote = {
  kk:
    'Құжаттар қабылданған күн мемлекеттік қызмет көрсету мерзіміне кірмейді; басшының қол қою мерзімі регламентте көрсетілмеген',
  ru:
    'День приема документов не входит в срок оказания государственной услуги; срок подписания руководителем в регламенте не указан',
}

function issue(lines: LicenseLines): RegulationInput['subServices'][number] {
  return {
    kind: 'issue',
    name: { kk: 'Лицензия беру', ru: 'Выдача лицензии' },
    result: 'license',
    deadline: {
      basis: 'sum_of_steps',
      summary: {
        kk: '≈ 5 жұмыс күні + 1 сағат 15 минут (қол қою мерзімінсіз)',
        ru: '≈ 5 рабочих дней + 1 час 15 минут (без срока подписания)',
      },
      source: 'SERVICES.md §2.3',
    },
    deadlineNote,
    documents: documents(lines),
    fee: null,
    feeNote: noFee,
    route: { steps: licenseSteps('issue', lines), source: lines.route },
  }
}

function reissue(lines: LicenseLines): RegulationInput['subServices'][number] {
  return {
    kind: 'reissue',
    name: { kk: 'Лицензияны қайта ресімдеу', ru: 'Переоформление лицензии' },
    result: 'reissued_license',
    deadline: {
      basis: 'sum_of_steps',
      summary: {
        kk:
          'А тобы: ≈ 5 жұмыс күні + 1 сағат 15 минут; B тобы: ≈ 3 жұмыс күні + 1 сағат 15 минут (қол қою мерзімінсіз)',
        ru:
          'Группа A: ≈ 5 рабочих дней + 1 час 15 минут; группа B: ≈ 3 рабочих дня + 1 час 15 минут (без срока подписания)',
      },
      source: 'SERVICES.md §2.3',
    },
    deadlineNote,
    documents: documents(lines),
    fee: null,
    feeNote: noFee,
    reissueReasons: licenseReissueReasons(lines),
    route: { steps: licenseSteps('reissue', lines), source: lines.route },
  }
}
