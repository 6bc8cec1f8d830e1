/**
 * Para 11 of Z1–Z5: the documents per sub-service, one list for the local executive body's
 * office and one for the portal. The seed gives no PSC list although para 19 describes a PSC
 * channel, so the office items also carry 'psc' (SERVICES.md §9.19; a regulation note says so).
 * Data the portal list calls "мәліметтері" come from state information systems (`registry`).
 */
import type { RegulationInput, TextInput, ZhambylDocumentLines } from './zhambyl-common.ts'

type DocumentsInput = RegulationInput['subServices'][number]['documents']
type DocumentInput = DocumentsInput['items'][number]
type ApplicantType = DocumentInput['applicantTypes'][number]

const everyone: ApplicantType[] = ['individual', 'sole_proprietor', 'legal_entity']
// An individual entrepreneur is an individual: para 4 names only individuals and legal
// entities as recipients, yet para 11 lists the entrepreneur's own certificate.
const individuals: ApplicantType[] = ['individual', 'sole_proprietor']
const legalEntity: ApplicantType[] = ['legal_entity']

function office(
  id: string,
  name: TextInput,
  who: ApplicantType[],
  source: string,
  notarized = true,
): DocumentInput {
  return {
    id,
    name,
    applicantTypes: who,
    channels: ['office', 'psc'],
    form: 'upload',
    required: true,
    notarizedIfNoOriginal: notarized,
    source,
  }
}

function portal(
  id: string,
  name: TextInput,
  who: ApplicantType[],
  form: 'upload' | 'registry',
  source: string,
): DocumentInput {
  return { id, name, applicantTypes: who, channels: ['portal'], form, required: true, source }
}

const t = {
  application: { kk: 'Өтініш', ru: 'Заявление' },
  lossApplication: {
    kk: 'Лицензияны жоғалтқаны не бүлдіргені туралы өтініш',
    ru: 'Заявление об утере или порче лицензии',
  },
  charterCopy: {
    kk: 'Жарғының және заңды тұлға ретінде мемлекеттік тіркеу туралы куәліктің көшірмелері',
    ru: 'Копии устава и свидетельства о государственной регистрации в качестве юридического лица',
  },
  identityCopy: {
    kk: 'Жеке басын куәландыратын құжаттың көшірмесі',
    ru: 'Копия документа, удостоверяющего личность',
  },
  entrepreneurCopy: {
    kk: 'Дара кәсіпкер ретінде мемлекеттік тіркеу туралы куәліктің көшірмесі',
    ru:
      'Копия свидетельства о государственной регистрации в качестве индивидуального предпринимателя',
  },
  taxCopy: {
    kk: 'Салық органына есепке қою туралы куәліктің көшірмесі',
    ru: 'Копия свидетельства о постановке на налоговый учет',
  },
  feeCopy: {
    kk:
      'Жеке қызмет түрлерімен айналысу құқығы үшін лицензиялық жарнаның бюджетке төленгенін растайтын құжаттың көшірмесі',
    ru:
      'Копия документа, подтверждающего уплату в бюджет лицензионного сбора за право занятия отдельными видами деятельности',
  },
  qualification: {
    kk: 'Регламенттің 2-қосымшасында көрсетілген біліктілік талаптарына сәйкес құжаттар',
    ru: 'Документы согласно квалификационным требованиям, указанным в приложении 2 к регламенту',
  },
  licenseCopy: { kk: 'Лицензияның көшірмесі', ru: 'Копия лицензии' },
  request: {
    kk:
      'Мемлекеттік қызмет алушының электрондық цифрлық қолы қойылған электрондық құжат нысанындағы сұрау салу',
    ru: 'Запрос в форме электронного документа, удостоверенный ЭЦП услугополучателя',
  },
  charterScan: { kk: 'Жарғының сканерленген көшірмесі', ru: 'Сканированная копия устава' },
  qualificationScans: {
    kk:
      'Регламенттің 2-қосымшасында көрсетілген біліктілік талаптарына сәйкес құжаттардың сканерленген көшірмелері',
    ru:
      'Сканированные копии документов согласно квалификационным требованиям, указанным в приложении 2 к регламенту',
  },
  identityData: {
    kk: 'Жеке басын куәландыратын құжаттың мәліметтері',
    ru: 'Сведения документа, удостоверяющего личность',
  },
  legalEntityData: {
    kk: 'Заңды тұлға ретінде мемлекеттік тіркеу туралы куәліктің мәліметтері',
    ru: 'Сведения свидетельства о государственной регистрации в качестве юридического лица',
  },
  entrepreneurData: {
    kk: 'Дара кәсіпкер ретінде мемлекеттік тіркеу туралы куәліктің мәліметтері',
    ru:
      'Сведения свидетельства о государственной регистрации в качестве индивидуального предпринимателя',
  },
  taxData: {
    kk: 'Салық органына есепке қою туралы куәліктің мәліметтері',
    ru: 'Сведения свидетельства о постановке на налоговый учет',
  },
  feeData: {
    kk:
      'Жеке қызмет түрлерімен айналысу құқығы үшін лицензиялық жарнаның төленгені туралы мәліметтер',
    ru: 'Сведения об уплате лицензионного сбора за право занятия отдельными видами деятельности',
  },
  licenseData: {
    kk: 'Лицензияның деректері (лицензия www.elicense.kz порталында болған кезде)',
    ru: 'Данные лицензии (если лицензия размещена на портале www.elicense.kz)',
  },
  licenseScan: {
    kk: 'Лицензияның сканерленген көшірмесі (лицензия қағаз тасығышта болған кезде)',
    ru: 'Сканированная копия лицензии (если лицензия на бумажном носителе)',
  },
} satisfies Record<string, TextInput>

function issueItems(l: ZhambylDocumentLines): DocumentInput[] {
  const o = l.officeIssue
  const p = l.portalIssue
  const fromRegistry = (lines: string) => `${lines}; ${p.registry}`
  return [
    office('application', t.application, everyone, o.application, false),
    office('charter-registration-copy', t.charterCopy, legalEntity, o.charter),
    office('identity-document-copy', t.identityCopy, individuals, o.identity, false),
    office(
      'entrepreneur-registration-copy',
      t.entrepreneurCopy,
      ['sole_proprietor'],
      o.entrepreneur,
    ),
    office('tax-registration-copy', t.taxCopy, everyone, o.tax),
    office('fee-payment-copy', t.feeCopy, everyone, o.fee),
    office('qualification-documents', t.qualification, everyone, o.qualification, false),
    portal('request', t.request, everyone, 'upload', p.request),
    portal('charter-scan', t.charterScan, legalEntity, 'upload', p.charter),
    portal('qualification-scans', t.qualificationScans, everyone, 'upload', p.qualification),
    portal(
      'identity-document-data',
      t.identityData,
      individuals,
      'registry',
      fromRegistry(p.identity),
    ),
    portal(
      'legal-entity-registration-data',
      t.legalEntityData,
      legalEntity,
      'registry',
      fromRegistry(p.legalEntity),
    ),
    portal(
      'entrepreneur-registration-data',
      t.entrepreneurData,
      ['sole_proprietor'],
      'registry',
      fromRegistry(p.entrepreneur),
    ),
    portal('tax-registration-data', t.taxData, everyone, 'registry', fromRegistry(p.tax)),
    portal('fee-payment-data', t.feeData, everyone, 'registry', fromRegistry(p.fee)),
  ].map(asRequest)
}

function reissueItems(l: ZhambylDocumentLines): DocumentInput[] {
  const o = l.officeReissue
  const p = l.portalReissue
  return [
    office('application', t.application, everyone, o.application, false),
    office('fee-payment-copy', t.feeCopy, everyone, o.fee),
    office('license-copy', t.licenseCopy, everyone, o.license, false),
    portal('request', t.request, everyone, 'upload', p.request),
    portal('tax-registration-data', t.taxData, everyone, 'registry', `${p.tax}; ${p.registry}`),
    portal('fee-payment-data', t.feeData, everyone, 'registry', `${p.fee}; ${p.registry}`),
    // Either the e-license data or a scan of the paper license: the schema has no "one of",
    // so both are optional and a regulation note says one of them is needed.
    { ...portal('license-data', t.licenseData, everyone, 'registry', p.license), required: false },
    { ...portal('license-scan', t.licenseScan, everyone, 'upload', p.license), required: false },
  ].map(asRequest)
}

function duplicateItems(l: ZhambylDocumentLines): DocumentInput[] {
  const o = l.officeDuplicate
  const p = l.portalDuplicate
  return [
    office('loss-damage-application', t.lossApplication, everyone, o.application, false),
    office('fee-payment-copy', t.feeCopy, everyone, o.fee),
    portal('request', t.request, everyone, 'upload', p.request),
    portal('tax-registration-data', t.taxData, everyone, 'registry', `${p.tax}; ${p.registry}`),
    portal('fee-payment-data', t.feeData, everyone, 'registry', `${p.fee}; ${p.registry}`),
  ].map(asRequest)
}

/** The application and the signed e-request are the request itself, not an attachment. */
function asRequest(item: DocumentInput): DocumentInput {
  const isRequest = ['application', 'loss-damage-application', 'request'].includes(item.id)
  return isRequest ? { ...item, form: 'request' } : item
}

/** The para 11 list of one sub-service, citing this regulation's lines. */
export function zhambylDocuments(
  kind: 'issue' | 'reissue' | 'duplicate',
  lines: ZhambylDocumentLines,
): DocumentsInput {
  const items = { issue: issueItems, reissue: reissueItems, duplicate: duplicateItems }[kind](lines)
  return { status: 'listed', items, source: lines.all }
}
