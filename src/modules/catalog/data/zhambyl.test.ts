import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Regulation } from '../definition.ts'
import { validateRegulation } from '../validate.ts'
import { zhambylGrainLicense } from './zhambyl-grain-license.ts'
import { zhambylPesticideApplicationLicense } from './zhambyl-pesticide-application-license.ts'
import { zhambylPesticideProductionLicense } from './zhambyl-pesticide-production-license.ts'
import { zhambylPesticideSaleLicense } from './zhambyl-pesticide-sale-license.ts'
import { zhambylVeterinaryLicense } from './zhambyl-veterinary-license.ts'

// Hand-typed from SERVICES.md §0 (line ranges of Z1–Z5) and §1.4 (App. 2 item counts).
const regulations = [
  {
    code: 'S8',
    id: 'zhambyl-pesticide-production-license',
    data: zhambylPesticideProductionLicense,
    lines: [56, 1383],
    requirements: 8,
  },
  {
    code: 'S9',
    id: 'zhambyl-pesticide-sale-license',
    data: zhambylPesticideSaleLicense,
    lines: [1385, 2668],
    requirements: 3,
  },
  {
    code: 'S10',
    id: 'zhambyl-pesticide-application-license',
    data: zhambylPesticideApplicationLicense,
    lines: [2670, 3997],
    requirements: 5,
  },
  {
    code: 'S1-C',
    id: 'zhambyl-grain-license',
    data: zhambylGrainLicense,
    lines: [3999, 5304],
    requirements: 6,
  },
  {
    code: 'S11',
    id: 'zhambyl-veterinary-license',
    data: zhambylVeterinaryLicense,
    lines: [5306, 6600],
    requirements: 7,
  },
] as const

// SERVICES.md §2.6: no staff workflow, so the minimal assumed chain; the stated norms are the
// completeness check of an issue application (2 wd, §1.3) and the 30-minute queue wait.
const queueWait = { amount: 30, unit: 'minute' }
const withoutCheck = [
  ['register', 'office_specialist', queueWait],
  ['assign-executor', 'head', null],
  ['draft', 'executor', null],
  ['sign', 'head', null],
  ['issue', 'office_specialist', queueWait],
]
const expectedRoutes = {
  issue: [
    ['register', 'office_specialist', queueWait],
    ['assign-executor', 'head', null],
    ['check-completeness', 'executor', { amount: 2, unit: 'workingDay' }],
    ['draft', 'executor', null],
    ['sign', 'head', null],
    ['issue', 'office_specialist', queueWait],
  ],
  reissue: withoutCheck,
  duplicate: withoutCheck,
}

// SERVICES.md §1.3, documents table: office list, then portal list, per sub-service.
const expectedDocuments = {
  issue: {
    office: [
      'application',
      'charter-registration-copy',
      'identity-document-copy',
      'entrepreneur-registration-copy',
      'tax-registration-copy',
      'fee-payment-copy',
      'qualification-documents',
    ],
    portal: [
      'request',
      'charter-scan',
      'qualification-scans',
      'identity-document-data',
      'legal-entity-registration-data',
      'entrepreneur-registration-data',
      'tax-registration-data',
      'fee-payment-data',
    ],
  },
  reissue: {
    office: ['application', 'fee-payment-copy', 'license-copy'],
    portal: [
      'request',
      'tax-registration-data',
      'fee-payment-data',
      'license-data',
      'license-scan',
    ],
  },
  duplicate: {
    office: ['loss-damage-application', 'fee-payment-copy'],
    portal: ['request', 'tax-registration-data', 'fee-payment-data'],
  },
}

function parsed(raw: unknown): Regulation {
  const result = validateRegulation(raw)
  if (!result.ok) throw new Error(result.errors.join('\n'))
  return result.value
}

function subService(r: Regulation, kind: string) {
  const found = r.subServices.find((s) => s.kind === kind)
  if (!found) throw new Error(`no sub-service "${kind}" in "${r.id}"`)
  return found
}

function documentIds(r: Regulation, kind: string, channel: 'office' | 'portal' | 'psc') {
  return subService(r, kind).documents.items.filter((d) => d.channels.includes(channel)).map((d) =>
    d.id
  )
}

/** Every seed-004 line number cited anywhere in the regulation. */
function citedLines(node: unknown, found: number[] = []): number[] {
  if (Array.isArray(node)) node.forEach((n) => citedLines(n, found))
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'source' || key === 'channelsSource') && typeof value === 'string') {
        for (const part of value.split('; ').filter((p) => p.startsWith('004 '))) {
          for (const m of part.matchAll(/L(\d+)(?:-(\d+))?/g)) {
            found.push(Number(m[1]), Number(m[2] ?? m[1]))
          }
        }
      } else citedLines(value, found)
    }
  }
  return found
}

describe.each(regulations)('$code $id', ({ id, data, lines: [first, last], requirements }) => {
  it('validateRegulation() accepts it with its fixed identity', () => {
    const r = parsed(data)
    expect([r.id, r.version, r.region, r.effectiveFrom]).toEqual([id, 1, 'zhambyl', '2013-06-26'])
    expect([r.act.number, r.act.date]).toEqual(['48', '2013-03-04'])
  })

  it.each(['issue', 'reissue', 'duplicate'] as const)(
    '%s route has the SERVICES.md steps, roles and norms',
    (kind) => {
      const steps = subService(parsed(data), kind).route.steps
      expect(steps.map((s) => [s.id, s.role, s.norm])).toEqual(expectedRoutes[kind])
      expect(steps.every((s) => s.assumed === true && s.note !== undefined)).toBe(true)
    },
  )

  it('issue route sends an incomplete application to signing as a return and a decision as grant or refuse', () => {
    const steps = subService(parsed(data), 'issue').route.steps
    expect(steps.find((s) => s.id === 'check-completeness')?.outcomes).toEqual([
      { id: 'complete', to: 'draft' },
      { id: 'incomplete', to: 'sign', decision: 'return' },
    ])
    expect(steps.find((s) => s.id === 'draft')?.outcomes).toEqual([
      { id: 'grant', to: 'sign', decision: 'grant' },
      { id: 'refuse', to: 'sign', decision: 'refuse' },
    ])
  })

  it('deadlines are stated as 15, 10 and 2 working days', () => {
    const r = parsed(data)
    expect(r.subServices.map((s) => [s.kind, s.result, s.deadline])).toEqual([
      ['issue', 'license', {
        basis: 'stated',
        norm: { amount: 15, unit: 'workingDay' },
        source: expect.any(String),
      }],
      ['reissue', 'reissued_license', {
        basis: 'stated',
        norm: { amount: 10, unit: 'workingDay' },
        source: expect.any(String),
      }],
      ['duplicate', 'duplicate', {
        basis: 'stated',
        norm: { amount: 2, unit: 'workingDay' },
        source: expect.any(String),
      }],
    ])
  })

  it('fee is 10 MCI for issue, re-issue and duplicate, with the §9.18 caveat as a note', () => {
    const r = parsed(data)
    expect(r.subServices.map((s) => s.fee?.mci)).toEqual([10, 10, 10])
    expect(r.notes?.some((n) => n.source.includes('SERVICES.md §9.18'))).toBe(true)
  })

  it('licence is deemed issued when the deadline passes, and there is no interested authority', () => {
    const r = parsed(data)
    expect(r.deemedIssued.applies).toBe(true)
    expect(r.interestedAuthorities).toEqual([])
  })

  it('is served at the office, on the portal and at the PSC during 09:00–19:00 with lunch 13:00–15:00', () => {
    const r = parsed(data)
    expect([r.channels, r.automation]).toEqual([['office', 'portal', 'psc'], 'partial'])
    expect(r.workingHours).toMatchObject({
      start: '09:00',
      end: '19:00',
      lunch: ['13:00', '15:00'],
    })
    expect(r.provider.address?.ru).toBe('г. Тараз, ул. Абая, 119')
  })

  it('refusal grounds are the seven of para 16, in order', () => {
    const r = parsed(data)
    expect(r.refusalGrounds.items.map((g) => g.id)).toEqual([
      'prohibited-by-law',
      'fee-not-paid',
      'qualification-not-met',
      'not-approved',
      'court-sentence',
      'court-ban',
      'informatization-law',
    ])
  })

  it.each(['issue', 'reissue', 'duplicate'] as const)(
    '%s documents: office list also at the PSC, portal list apart',
    (kind) => {
      const r = parsed(data)
      expect(documentIds(r, kind, 'office')).toEqual(expectedDocuments[kind].office)
      expect(documentIds(r, kind, 'psc')).toEqual(expectedDocuments[kind].office)
      expect(documentIds(r, kind, 'portal')).toEqual(expectedDocuments[kind].portal)
    },
  )

  it('issue documents at the office for a legal entity, with notarized copies where the seed says so', () => {
    const items = subService(parsed(data), 'issue').documents.items.filter((d) =>
      d.channels.includes('office')
    )
    expect(items.filter((d) => d.applicantTypes.includes('legal_entity')).map((d) => d.id)).toEqual(
      [
        'application',
        'charter-registration-copy',
        'tax-registration-copy',
        'fee-payment-copy',
        'qualification-documents',
      ],
    )
    expect(items.filter((d) => d.notarizedIfNoOriginal).map((d) => d.id)).toEqual([
      'charter-registration-copy',
      'entrepreneur-registration-copy',
      'tax-registration-copy',
      'fee-payment-copy',
    ])
  })

  it('survey is zhambyl-2013 with the SERVICES.md §5.2 wording', () => {
    const survey = parsed(data).survey
    expect(survey?.id).toBe('zhambyl-2013')
    expect(survey?.questions.map((q) => q.kk)).toEqual([
      'Электрондық мемлекеттік қызмет көрсету үдерісі мен нәтижесінің сапасы Сізді қанағаттандырады ма?',
      'Электрондық мемлекеттік қызмет көрсету тәртібі туралы ақпарат сапасы Сізді қанағаттандырады ма?',
    ])
    expect(survey?.answers.map((a) => [a.kk, a.ru])).toEqual([
      ['қанағаттандырмайды', 'не удовлетворяет'],
      ['жартылай қанағаттандырады', 'частично удовлетворяет'],
      ['қанағаттандырады', 'удовлетворяет'],
    ])
  })

  it('lists the App. 2 qualification requirements', () => {
    const q = parsed(data).qualification
    expect([q?.status, q?.items.length]).toEqual(['listed', requirements])
  })

  it('cites only the act header and its own lines of seed 004', () => {
    const outside = citedLines(data).filter((n) => n > 53 && (n < first || n > last))
    expect(outside).toEqual([])
  })
})

describe('zhambyl-veterinary-license qualification', () => {
  it('models the two App. 2 sub-types and the requirements by applicant type', () => {
    const r = parsed(zhambylVeterinaryLicense)
    expect(r.activitySubtypes?.map((s) => s.id)).toEqual([
      'veterinary-preparations-production',
      'veterinary-sanitary-examination',
    ])
    expect(r.qualification?.items.map((i) => [i.id, i.subtype ?? null, i.applicantTypes ?? null]))
      .toEqual([
        ['staff', null, ['legal_entity']],
        ['education', null, ['individual', 'sole_proprietor']],
        ['production-premises', null, null],
        ['preparations-documentation', 'veterinary-preparations-production', null],
        ['preparations-equipment', 'veterinary-preparations-production', null],
        ['examination-methods', 'veterinary-sanitary-examination', null],
        ['examination-equipment', 'veterinary-sanitary-examination', null],
      ])
  })
})

// The seed lives outside the repository; where it is present, every hand-typed line number
// that anchors a fact is checked against the wording it should point at.
const seedPath = '/work/shared/seeds/004_9964e52b5bdbc57d.txt'
const seed = existsSync(seedPath) ? readFileSync(seedPath, 'utf8').split('\n') : []

function citedText(source: string): string {
  const ranges = source.split('; ').filter((p) => p.startsWith('004 ')).flatMap((
    p,
  ) => [...p.matchAll(/L(\d+)(?:-(\d+))?/g)])
  const text = ranges.map((m) => seed.slice(Number(m[1]) - 1, Number(m[2] ?? m[1])).join(' ')).join(
    ' ',
  )
  return text.replace(/\s+/g, ' ').toLowerCase()
}

const documentWording: Record<string, string> = {
  'application': 'өтініш',
  'loss-damage-application': 'жоғалтқаны не бүлдіргені туралы өтініш',
  'charter-registration-copy': 'жарғының және заңды тұлға ретінде',
  'identity-document-copy': 'жеке басын куәландыратын құжаттың көшірмесі',
  'entrepreneur-registration-copy': 'дара кәсіпкер ретінде мемлекеттік тіркеу',
  'tax-registration-copy': 'салық органына есепке қою',
  'fee-payment-copy': 'бюджетке төленгенін растайтын',
  'qualification-documents': 'біліктілік талаптарына',
  'license-copy': 'лицензияның көшірмесі',
  'request': 'электрондық құжат нысанындағы сұрау салу',
  'charter-scan': 'жарғы (заңды тұлға үшін)',
  'qualification-scans': 'сканерленген көшірмелері',
  'identity-document-data': 'жеке басын куәландыратын құжаттың мәліметтері',
  'legal-entity-registration-data':
    'заңды тұлға ретінде мемлекеттік тіркеу туралы куәлігінің мәліметтері',
  'entrepreneur-registration-data':
    'дара кәсіпкер ретінде мемлекеттік тіркеу туралы куәліктің мәліметтері',
  'tax-registration-data': 'есепке қою туралы куәліктің мәліметтері',
  'fee-payment-data': 'жарнаның төленгені туралы мәліметтері',
  'license-data': 'деректері (www.elicense.kz',
  'license-scan': 'сканерленген көшірмесі түрінде',
}

const groundWording = [
  'заңдарымен тыйым салынуы',
  'лицензиялық жарнаның төленбеуі',
  'біліктілік талаптарына сәйкес болмауы',
  'келісілмеуі',
  'сот үкімінің',
  'сот орындаушысы',
  '40-бабында',
]

describe.skipIf(seed.length === 0).each(regulations)(
  '$code cited lines of seed 004',
  ({ data }) => {
    it('hold the wording of the deadlines, fee, deemed-issued rule, hours and survey', () => {
      const r = parsed(data)
      const route = subService(r, 'issue').route.steps
      const facts: [string, string][] = [
        [subService(r, 'issue').deadline.source, 'он бес жұмыс күнінен кеш емес'],
        [subService(r, 'reissue').deadline.source, 'он жұмыс күні ішінде'],
        [subService(r, 'duplicate').deadline.source, 'екі жұмыс күні ішінде'],
        [
          route.find((s) => s.id === 'check-completeness')?.source ?? '',
          'толық болуын тексеру екі жұмыс күні',
        ],
        [route.find((s) => s.id === 'register')?.source ?? '', 'тапсыру кезінде кезекте күтудің'],
        [
          route.find((s) => s.id === 'issue')?.source ?? '',
          'нәтижесін алу кезіндегі кезекте күтудің',
        ],
        [r.deemedIssued.source ?? '', 'берілген деп есептеледі'],
        [subService(r, 'issue').fee?.source ?? '', '10 айлық есептік көрсеткіш'],
        [
          r.workingHours?.source ?? '',
          '13.00-ден 15.00-ге дейінгі түскі үзіліспен сағат 9.00-ден 19.00-ге',
        ],
        [r.provider.source, '45-42-30'],
        [r.channelsSource, 'халыққа қызмет көрсету орталықтары'],
        [r.survey?.source ?? '', 'ақпарат сапасы сізді қанағаттандырады ма'],
      ]
      for (const [source, wording] of facts) expect(citedText(source), source).toContain(wording)
    })

    it('hold the wording of each refusal ground', () => {
      const grounds = parsed(data).refusalGrounds.items
      grounds.forEach((g, i) => expect(citedText(g.source), g.id).toContain(groundWording[i]))
    })

    it('hold the wording of each document', () => {
      for (const s of parsed(data).subServices) {
        for (const d of s.documents.items) {
          expect(citedText(d.source), `${s.kind} ${d.id}`).toContain(documentWording[d.id])
        }
      }
    })
  },
)
