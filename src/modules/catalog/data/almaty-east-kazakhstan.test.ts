import { describe, expect, it } from 'vitest'
import type { Regulation } from '../definition.ts'
import { validateRegulation } from '../validate.ts'
import { almatyCottonLicense } from './almaty-cotton-license.ts'
import { eastKazakhstanGrainLicense } from './east-kazakhstan-grain-license.ts'

type Row = [string, string, { amount: number; unit: string } | null]

function parsed(raw: unknown): Regulation {
  const result = validateRegulation(raw)
  if (!result.ok) throw new Error(result.errors.join('\n'))
  return result.value
}

function subService(r: Regulation, kind: string) {
  const found = r.subServices.find((s) => s.kind === kind)
  if (!found) throw new Error(`no sub-service "${kind}"`)
  return found
}

function rows(r: Regulation, kind: string): Row[] {
  return subService(r, kind).route.steps.map((s) => [s.id, s.role, s.norm])
}

function step(r: Regulation, kind: string, id: string) {
  const found = subService(r, kind).route.steps.find((s) => s.id === id)
  if (!found) throw new Error(`no step "${id}" in "${kind}"`)
  return found
}

/** Every `source` string anywhere in the regulation. */
function sources(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(sources)
  if (!node || typeof node !== 'object') return []
  return Object.entries(node).flatMap((
    [k, v],
  ) => (k === 'source' && typeof v === 'string' ? [v] : sources(v)))
}

/** Every Kazakh text anywhere in the regulation. */
function kazakhTexts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(kazakhTexts)
  if (!node || typeof node !== 'object') return []
  return Object.entries(node).flatMap((
    [k, v],
  ) => (k === 'kk' && typeof v === 'string' ? [v] : kazakhTexts(v)))
}

/** Seed references that are not to `seed` or SERVICES.md, or that point past the seed's end. */
function foreignReferences(r: Regulation, seed: string, lastLine: number): string[] {
  return sources(r).flatMap((s) => s.split('; ')).filter((ref) => {
    if (ref.startsWith('SERVICES.md §')) return false
    if (!ref.startsWith(`${seed} L`)) return true
    return [...ref.matchAll(/\d+/g)].slice(1).some((m) =>
      Number(m[0]) < 1 || Number(m[0]) > lastLine
    )
  })
}

function min(amount: number) {
  return { amount, unit: 'minute' }
}

function hours(amount: number) {
  return { amount, unit: 'hour' }
}

function wd(amount: number) {
  return { amount, unit: 'workingDay' }
}

describe('almatyCottonLicense', () => {
  const r = parsed(almatyCottonLicense)

  it('validateRegulation() accepts the Almaty cotton regulation', () => {
    const result = validateRegulation(almatyCottonLicense)
    expect(result.ok ? [] : result.errors).toEqual([])
  })

  it('almatyCottonLicense identifies S2 by resolution No. 191, registered 07.08.2013', () => {
    expect([r.id, r.code, r.version, r.region, r.sector]).toEqual([
      'almaty-cotton-license',
      'S2',
      1,
      'almaty',
      'agriculture',
    ])
    expect([r.act.number, r.act.date, r.effectiveFrom]).toEqual(['191', '2013-07-03', '2013-08-07'])
    expect(r.repealNote?.text.ru).toContain('№ 196')
  })

  it.each(['issue', 'reissue', 'duplicate'])(
    'almatyCottonLicense %s route is the minimal assumed chain without norms',
    (kind) => {
      expect(rows(r, kind)).toEqual([
        ['register', 'office_specialist', null],
        ['assign-executor', 'head', null],
        ['draft', 'executor', null],
        ['sign', 'head', null],
        ['issue', 'office_specialist', null],
      ])
      expect(subService(r, kind).route.steps.every((s) => s.assumed === true && s.note)).toBe(true)
      expect(step(r, kind, 'assign-executor').assigns).toBe('executor')
      expect(step(r, kind, 'draft').outcomes).toEqual([
        { id: 'grant', to: 'sign', decision: 'grant' },
        { id: 'refuse', to: 'sign', decision: 'refuse' },
      ])
    },
  )

  it('almatyCottonLicense deadlines are the stated 15/10/2 working days of App. 1', () => {
    expect(r.subServices.map((s) => [s.kind, s.result, s.deadline])).toEqual([
      ['issue', 'license', { basis: 'stated', norm: wd(15), source: '002 L474-477, L673-675' }],
      ['reissue', 'reissued_license', {
        basis: 'stated',
        norm: wd(10),
        source: '002 L474-477, L673-675',
      }],
      ['duplicate', 'duplicate', {
        basis: 'stated',
        norm: wd(2),
        source: '002 L474-477, L673-675',
      }],
    ])
  })

  it('almatyCottonLicense states no fee but explains the payment step and the bank card', () => {
    for (const s of r.subServices) {
      expect(s.fee).toBeNull()
      expect(s.feeNote?.kk).toContain('ЭҮТШ')
      expect(s.feeNote?.kk).toContain('банк карточкасының')
      expect(s.feeNote?.ru).toContain('банковской карточки')
      expect(s.documents).toMatchObject({ status: 'standard_reference', items: [] })
    }
  })

  it('almatyCottonLicense has no deemed-issued rule and refers to the Standard', () => {
    expect(r.deemedIssued.applies).toBe(false)
    expect(r.channels).toEqual(['office', 'portal'])
    expect(r.automation).toBe('partial')
    expect(r.refusalGrounds).toMatchObject({ status: 'standard_reference', items: [] })
    expect(r.qualification).toMatchObject({ status: 'standard_reference', items: [] })
    expect(r.interestedAuthorities).toEqual([])
    expect(r.workingHours).toBeNull()
    expect(r.notes?.some((n) => n.text.ru.includes('нотариально удостоверенной доверенности')))
      .toBe(true)
  })

  it('almatyCottonLicense carries the first-person Almaty survey wording', () => {
    expect(r.survey).toEqual({
      id: 'almaty-2013',
      title: {
        kk:
          '"Сапа" және "қол жетімділік" электрондық мемлекеттік қызмет көрсеткіштерін анықтау үшін сауалнама үлгісі',
        ru:
          'Форма анкеты для определения показателей электронной государственной услуги: «качество» и «доступность»',
      },
      questions: [
        {
          kk:
            'Сіз электрондық мемлекеттік қызмет көрсету процессінің сапасы мен нәтижесіне қанағаттанасыз ба?',
          ru:
            'Удовлетворены ли Вы качеством процесса и результатом оказания электронной государственной услуги?',
        },
        {
          kk:
            'Сіз электрондық мемлекеттік қызмет көрсету тәртібі туралы ақпарат сапасына қанағаттанасыз ба?',
          ru:
            'Удовлетворены ли Вы качеством информации о порядке оказания электронной государственной услуги?',
        },
      ],
      answers: [
        { kk: 'қанағаттанбаймын', ru: 'не удовлетворен(а)' },
        { kk: 'жартылай қанағаттанамын', ru: 'частично удовлетворен(а)' },
        { kk: 'қанағаттанамын', ru: 'удовлетворен(а)' },
      ],
      source: '002 L255-257, L714-729',
    })
  })

  it('almatyCottonLicense cites only seed 002 (lines 1–729) or SERVICES.md', () => {
    expect(foreignReferences(r, '002', 729)).toEqual([])
  })
})

describe('eastKazakhstanGrainLicense', () => {
  const r = parsed(eastKazakhstanGrainLicense)
  // Assumed: the seed says the result is signed with EDS (003 L193-195) but not by whom.
  const refusalRows: Row[] = [
    ['sign-license', 'head', null],
    ['deliver-license', 'office_specialist', null],
    ['sign-return', 'head', wd(2)],
    ['sign-refusal', 'head', null],
    ['issue-refusal', 'office_specialist', null],
  ]

  it('validateRegulation() accepts the East Kazakhstan grain regulation', () => {
    const result = validateRegulation(eastKazakhstanGrainLicense)
    expect(result.ok ? [] : result.errors).toEqual([])
  })

  it('eastKazakhstanGrainLicense identifies S1-B by resolution No. 71 of 2014', () => {
    expect([r.id, r.code, r.version, r.region, r.sector]).toEqual([
      'east-kazakhstan-grain-license',
      'S1-B',
      1,
      'east-kazakhstan',
      'agriculture',
    ])
    expect([r.act.number, r.act.date, r.effectiveFrom]).toEqual(['71', '2014-03-27', '2014-05-11'])
    expect(r.repealNote?.text.ru).toContain('№ 233')
  })

  it('eastKazakhstanGrainLicense issue route follows para 5 with the inspection', () => {
    expect(rows(r, 'issue')).toEqual([
      ['register', 'office_specialist', min(30)],
      ['assign-deputy', 'head', wd(1)],
      ['assign-department-head', 'deputy_head', wd(1)],
      ['assign-executor', 'department_head', wd(1)],
      ['check-completeness', 'executor', min(30)],
      ['inspection', 'executor', wd(2)],
      ['issue-license', 'executor', min(30)],
      ...refusalRows,
    ])
  })

  it('eastKazakhstanGrainLicense reissue route has no inspection', () => {
    expect(rows(r, 'reissue')).toEqual([
      ['register', 'office_specialist', min(30)],
      ['assign-deputy', 'head', wd(1)],
      ['assign-department-head', 'deputy_head', wd(1)],
      ['assign-executor', 'department_head', wd(1)],
      ['check-completeness', 'executor', min(30)],
      ['reissue-license', 'executor', min(30)],
      ...refusalRows,
    ])
  })

  it('eastKazakhstanGrainLicense duplicate route appoints in 3 and 2 hours', () => {
    expect(rows(r, 'duplicate')).toEqual([
      ['register', 'office_specialist', min(30)],
      ['assign-deputy', 'head', wd(1)],
      ['assign-department-head', 'deputy_head', hours(3)],
      ['assign-executor', 'department_head', hours(2)],
      ['check-completeness', 'executor', min(30)],
      ['issue-duplicate', 'executor', min(30)],
      ...refusalRows,
    ])
  })

  it.each([
    ['issue', 'inspection', 'issue-license'],
    ['reissue', 'reissue-license', 'reissue-license'],
    ['duplicate', 'issue-duplicate', 'issue-duplicate'],
  ])(
    'eastKazakhstanGrainLicense %s branches to the assumed refusal steps',
    (kind, afterCheck, last) => {
      const steps = subService(r, kind).route.steps
      expect(steps.filter((s) => s.assumed).map((s) => s.id)).toEqual([
        'sign-license',
        'deliver-license',
        'sign-return',
        'sign-refusal',
        'issue-refusal',
      ])
      expect(steps.filter((s) => s.kind === 'assign').map((s) => [s.role, s.assigns])).toEqual([
        ['head', 'deputy_head'],
        ['deputy_head', 'department_head'],
        ['department_head', 'executor'],
      ])
      expect(step(r, kind, 'check-completeness').outcomes).toEqual([
        { id: 'complete', to: afterCheck },
        { id: 'incomplete', to: 'sign-return', decision: 'return' },
      ])
      expect(step(r, kind, last).outcomes).toEqual([
        { id: 'grant', to: 'sign-license', decision: 'grant' },
        { id: 'refuse', to: 'sign-refusal', decision: 'refuse' },
      ])
      expect(step(r, kind, 'sign-license').outcomes).toEqual([{
        id: 'done',
        to: 'deliver-license',
      }])
      expect(step(r, kind, 'deliver-license').outcomes).toEqual([{ id: 'done', to: 'end' }])
      expect(step(r, kind, 'sign-return').outcomes).toEqual([{ id: 'done', to: 'issue-refusal' }])
      expect(step(r, kind, 'issue-refusal').outcomes).toEqual([{ id: 'done', to: 'end' }])
    },
  )

  it('eastKazakhstanGrainLicense inspection is issue-only and can refuse', () => {
    expect(step(r, 'issue', 'inspection').outcomes).toEqual([
      { id: 'passed', to: 'issue-license' },
      { id: 'failed', to: 'sign-refusal', decision: 'refuse' },
    ])
    expect(subService(r, 'reissue').route.steps.some((s) => s.kind === 'inspection')).toBe(false)
    expect(subService(r, 'duplicate').route.steps.some((s) => s.kind === 'inspection')).toBe(false)
  })

  it('eastKazakhstanGrainLicense deadlines are the sums of the step norms', () => {
    expect(
      r.subServices.map((
        s,
      ) => [s.kind, s.result, s.deadline.basis === 'sum_of_steps' && s.deadline.summary]),
    ).toEqual([
      ['issue', 'license', { kk: '≈ 5 жұмыс күні + 1,5 сағат', ru: '≈ 5 рабочих дней + 1,5 часа' }],
      ['reissue', 'reissued_license', {
        kk: '≈ 3 жұмыс күні + 1,5 сағат',
        ru: '≈ 3 рабочих дня + 1,5 часа',
      }],
      ['duplicate', 'duplicate', {
        kk: '≈ 1 жұмыс күні + 6,5 сағат',
        ru: '≈ 1 рабочий день + 6,5 часа',
      }],
    ])
  })

  it('eastKazakhstanGrainLicense states no fee, no deemed-issued rule and no survey', () => {
    for (const s of r.subServices) {
      expect(s.fee).toBeNull()
      expect(s.feeNote?.kk).toContain('ЭҮТШ')
      expect(s.documents).toMatchObject({ status: 'standard_reference', items: [] })
    }
    expect(r.deemedIssued.applies).toBe(false)
    expect(r.survey).toBeNull()
    expect(r.channels).toEqual(['office', 'portal'])
    expect(r.refusalGrounds).toMatchObject({ status: 'standard_reference', items: [] })
    expect(r.interestedAuthorities).toEqual([])
  })

  it('eastKazakhstanGrainLicense provider is the unnamed oblast body', () => {
    expect(r.provider).toMatchObject({ address: null, phone: null, source: '003 L22' })
    expect(r.provider.name.kk).toBe('Облыстың жергілікті атқарушы органы')
    expect(r.notes?.some((n) => n.text.kk.includes('тіркелген өтініштің көшірмесін'))).toBe(true)
  })

  it('eastKazakhstanGrainLicense cites only seed 003 (lines 1–245) or SERVICES.md', () => {
    expect(foreignReferences(r, '003', 245)).toEqual([])
  })
})

describe('Almaty and East Kazakhstan Kazakh texts', () => {
  it.each([
    ['almaty-cotton-license', almatyCottonLicense],
    ['east-kazakhstan-grain-license', eastKazakhstanGrainLicense],
  ])('%s keeps no letter-spaced extraction damage', (_id, data) => {
    const spaced = kazakhTexts(data).filter((t) =>
      /(?:^|\s)(?:\p{L} ){3,}\p{L}(?:\s|$|[.,;])/u.test(t)
    )
    expect(spaced).toEqual([])
  })
})
