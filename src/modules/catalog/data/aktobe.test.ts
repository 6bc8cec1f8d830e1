import { describe, expect, it } from 'vitest'
import type { Regulation, SubService } from '../definition.ts'
import { validateRegulation } from '../validate.ts'
import { aktobeConstructionLicense } from './aktobe-construction-license.ts'
import { aktobeDesignLicense } from './aktobe-design-license.ts'
import { aktobeExpertAttestation } from './aktobe-expert-attestation.ts'
import { aktobeGrainLicense } from './aktobe-grain-license.ts'
import { aktobeProjectManagementAccreditation } from './aktobe-project-management-accreditation.ts'
import { aktobeSurveyLicense } from './aktobe-survey-license.ts'

// The expected routes below are typed by hand from SERVICES.md §2.1, §2.3–§2.5, never derived
// from the data.
function min(amount: number) {
  return { amount, unit: 'minute' }
}
function hour(amount: number) {
  return { amount, unit: 'hour' }
}
function wd(amount: number) {
  return { amount, unit: 'workingDay' }
}
function day(amount: number) {
  return { amount, unit: 'calendarDay' }
}

function parsed(raw: unknown): Regulation {
  const result = validateRegulation(raw)
  if (!result.ok) throw new Error(result.errors.join('\n'))
  return result.value
}

function sub(r: Regulation, kind: SubService['kind']): SubService {
  const found = r.subServices.find((s) => s.kind === kind)
  if (!found) throw new Error(`no sub-service "${kind}" in ${r.id}`)
  return found
}

function route(r: Regulation, kind: SubService['kind']) {
  return sub(r, kind).route.steps.map((s) => [s.id, s.role, s.norm])
}

function step(r: Regulation, kind: SubService['kind'], id: string) {
  const found = sub(r, kind).route.steps.find((s) => s.id === id)
  if (!found) throw new Error(`no step "${id}" in ${r.id} ${kind}`)
  return found
}

function sources(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(sources)
  if (!node || typeof node !== 'object') return []
  return Object.entries(node).flatMap((
    [k, v],
  ) => (k === 'source' && typeof v === 'string' ? [v] : sources(v)))
}

describe('aktobeGrainLicense (S1-A)', () => {
  const r = parsed(aktobeGrainLicense)

  it('validateRegulation() accepts the S1-A data', () => {
    expect(validateRegulation(aktobeGrainLicense).ok).toBe(true)
    expect([r.id, r.code, r.version, r.effectiveFrom, r.act.number]).toEqual([
      'aktobe-grain-license',
      'S1-A',
      1,
      '2014-05-27',
      '120',
    ])
  })

  it('issue route runs office → management → executor → authority → executor → management → office', () => {
    expect(route(r, 'issue')).toEqual([
      ['register', 'office_specialist', min(30)],
      ['assign-executor', 'head', wd(1)],
      ['draft', 'executor', wd(2)],
      ['approval', 'authority_reviewer', wd(5)],
      ['finalize', 'executor', wd(1)],
      ['sign', 'head', day(1)],
      ['issue', 'office_specialist', min(30)],
    ])
  })

  it('re-issue and duplicate routes skip the interested authority', () => {
    expect(route(r, 'reissue')).toEqual([
      ['register', 'office_specialist', min(30)],
      ['assign-executor', 'head', wd(1)],
      ['draft', 'executor', wd(5)],
      ['sign', 'head', wd(1)],
      ['issue', 'office_specialist', min(30)],
    ])
    expect(route(r, 'duplicate')).toEqual([
      ['register', 'office_specialist', min(30)],
      ['assign-executor', 'head', hour(4)],
      ['draft', 'executor', wd(1)],
      ['sign', 'head', hour(4)],
      ['issue', 'office_specialist', min(30)],
    ])
  })

  it('sends the draft license and the draft refusal alike to the consumer-protection authority', () => {
    expect(r.interestedAuthorities.map((a) => [a.kind, a.source])).toEqual([[
      'consumer-protection',
      '000 L105-108',
    ]])
    expect(step(r, 'issue', 'draft').outcomes).toEqual([
      { id: 'grant', to: 'approval', decision: 'grant' },
      { id: 'refuse', to: 'approval', decision: 'refuse' },
    ])
    expect(step(r, 'issue', 'approval').outcomes).toEqual([
      { id: 'consent', to: 'finalize' },
      { id: 'objection', to: 'finalize' },
    ])
    expect(step(r, 'issue', 'finalize').outcomes.map((o) => [o.id, o.to, o.decision])).toEqual([
      ['grant', 'sign', 'grant'],
      ['refuse', 'sign', 'refuse'],
    ])
  })

  it('deadlines are sums of the steps: ≈ 10 wd + 1 h, ≈ 7 wd + 1 h, ≈ 1 wd + 9 h', () => {
    expect(
      r.subServices.map((
        s,
      ) => [s.kind, s.deadline.basis, 'summary' in s.deadline && s.deadline.summary.ru]),
    ).toEqual([
      ['issue', 'sum_of_steps', '≈ 10 рабочих дней + 1 час'],
      ['reissue', 'sum_of_steps', '≈ 7 рабочих дней + 1 час'],
      ['duplicate', 'sum_of_steps', '≈ 1 рабочий день + 9 часов'],
    ])
  })

  it('states no fee, no deemed issue, no survey; office and portal channels, partly automated', () => {
    expect(r.subServices.map((s) => [s.fee, Boolean(s.feeNote)])).toEqual([[null, true], [
      null,
      true,
    ], [null, true]])
    expect(r.deemedIssued.applies).toBe(false)
    expect(r.survey).toBeNull()
    expect([r.channels, r.automation, r.workingHours]).toEqual([
      ['office', 'portal'],
      'partial',
      null,
    ])
  })

  it('points to the Standard for documents, refusal grounds and qualification requirements', () => {
    const lists = [r.refusalGrounds, r.qualification, ...r.subServices.map((s) => s.documents)]
    expect(lists.map((l) => [l?.status, l?.items.length])).toEqual(
      Array(5).fill(['standard_reference', 0]),
    )
  })

  it('cites only seed 000 or SERVICES.md', () => {
    expect(sources(r).filter((s) => !/^(000 L|SERVICES\.md)/.test(s))).toEqual([])
  })
})

describe.each([
  {
    data: aktobeDesignLicense,
    id: 'aktobe-design-license',
    code: 'S3',
    register: '001 L131-135',
    sign: '001 L163-168',
  },
  {
    data: aktobeSurveyLicense,
    id: 'aktobe-survey-license',
    code: 'S4',
    register: '001 L347-351',
    sign: '001 L379-384',
  },
  {
    data: aktobeConstructionLicense,
    id: 'aktobe-construction-license',
    code: 'S5',
    register: '001 L562-566',
    sign: '001 L594-599',
  },
])('$id ($code)', ({ data, id, code, register, sign }) => {
  const r = parsed(data)

  it('validateRegulation() accepts the data, with issue and re-issue but no duplicate', () => {
    expect(validateRegulation(data).ok).toBe(true)
    expect([r.id, r.code, r.effectiveFrom, r.act.number]).toEqual([id, code, '2019-10-29', '436'])
    expect(r.subServices.map((s) => s.kind)).toEqual(['issue', 'reissue'])
  })

  it('issue route: 15 min, 1 h, 1 wd completeness, 4 wd draft, head signature without a norm', () => {
    expect(route(r, 'issue')).toEqual([
      ['register', 'office_specialist', min(15)],
      ['assign-executor', 'head', hour(1)],
      ['check-completeness', 'executor', wd(1)],
      ['draft', 'executor', wd(4)],
      ['sign', 'head', null],
    ])
    expect(step(r, 'issue', 'sign').note?.ru).toBe(
      'Срок подписания руководителем в регламенте не указан',
    )
  })

  it('re-issue route sets the draft norm by class: A 4 wd, B 2 wd', () => {
    expect(route(r, 'reissue')).toEqual([
      ['register', 'office_specialist', min(15)],
      ['assign-executor', 'head', hour(1)],
      ['check-completeness', 'executor', wd(1)],
      ['draft', 'executor', wd(4)],
      ['sign', 'head', null],
    ])
    expect(step(r, 'reissue', 'draft').normByReissueClass).toEqual({ A: wd(4), B: wd(2) })
  })

  it('only the draft step leaves out the day of acceptance', () => {
    for (const kind of ['issue', 'reissue'] as const) {
      expect(sub(r, kind).route.steps.filter((s) => s.excludeAcceptanceDay).map((s) => s.id))
        .toEqual(['draft'])
    }
  })

  it('an incomplete application goes straight to the head for a signed return', () => {
    expect(step(r, 'issue', 'check-completeness').outcomes).toEqual([
      { id: 'complete', to: 'draft' },
      { id: 'incomplete', to: 'sign', decision: 'return' },
    ])
  })

  it('lists the re-issue cases with their class', () => {
    expect(sub(r, 'reissue').reissueReasons?.map((x) => [x.id, x.class])).toEqual([
      ['spin-off', 'A'],
      ['division', 'A'],
      ['category-assignment', 'A'],
      ['individual-name-change', 'B'],
      ['sole-proprietor-change', 'B'],
      ['legal-entity-name-location-change', 'B'],
    ])
  })

  it('deadlines are sums of the steps, without the signature', () => {
    expect(r.subServices.map((s) => 'summary' in s.deadline && s.deadline.summary.ru)).toEqual([
      '≈ 5 рабочих дней + 1 час 15 минут (без срока подписания)',
      'Группа A: ≈ 5 рабочих дней + 1 час 15 минут; группа B: ≈ 3 рабочих дня + 1 час 15 минут (без срока подписания)',
    ])
  })

  it('portal only, fully automated, no fee, no deemed issue, no authority, no survey', () => {
    expect([r.channels, r.automation, r.deemedIssued.applies, r.interestedAuthorities, r.survey])
      .toEqual([['portal'], 'full', false, [], null])
    expect(r.subServices.map((s) => s.fee)).toEqual([null, null])
    expect(r.refusalGrounds.status).toBe('standard_reference')
  })

  it('cites the lines of its own copy in seed 001', () => {
    expect([step(r, 'issue', 'register').source, step(r, 'reissue', 'sign').source]).toEqual([
      register,
      sign,
    ])
    expect(sources(r).filter((s) => !/^(001 L|SERVICES\.md)/.test(s))).toEqual([])
  })
})

describe('aktobeExpertAttestation (S6)', () => {
  const r = parsed(aktobeExpertAttestation)

  it('validateRegulation() accepts the data, with one attestation sub-service', () => {
    expect(validateRegulation(aktobeExpertAttestation).ok).toBe(true)
    expect(r.subServices.map((s) => [s.kind, s.result])).toEqual([['attestation', 'attestation']])
  })

  it('route: schedule, sign, notify, test (no norm), draft, sign', () => {
    expect(route(r, 'attestation')).toEqual([
      ['register', 'office_specialist', min(15)],
      ['assign-executor', 'head', wd(1)],
      ['test-schedule', 'executor', wd(25)],
      ['sign-schedule', 'head', wd(1)],
      ['notify', 'executor', wd(1)],
      ['test', 'executor', null],
      ['draft', 'executor', wd(1)],
      ['sign', 'head', wd(1)],
    ])
  })

  it('a refusal ends the case at the notice; a failed test leads to a refusal', () => {
    expect(step(r, 'attestation', 'notify').outcomes).toContainEqual({ id: 'refuse', to: 'end' })
    expect(step(r, 'attestation', 'test').outcomes).toEqual([
      { id: 'passed', to: 'draft' },
      { id: 'failed', to: 'draft', decision: 'refuse' },
    ])
  })

  it('deadline ≈ 30 wd + 15 min + testing; portal only; no fee, no survey', () => {
    const s = sub(r, 'attestation')
    expect(s.deadline).toMatchObject({
      basis: 'sum_of_steps',
      summary: { ru: '≈ 30 рабочих дней + 15 минут + тестирование (продолжительность не указана)' },
    })
    expect([s.fee, r.channels, r.deemedIssued.applies, r.survey, r.qualification]).toEqual([
      null,
      ['portal'],
      false,
      null,
      null,
    ])
  })
})

describe('aktobeProjectManagementAccreditation (S7)', () => {
  const r = parsed(aktobeProjectManagementAccreditation)

  it('validateRegulation() accepts the data, with one accreditation sub-service', () => {
    expect(validateRegulation(aktobeProjectManagementAccreditation).ok).toBe(true)
    expect(r.subServices.map((s) => [s.kind, s.result])).toEqual([[
      'accreditation',
      'accreditation',
    ]])
  })

  it('route: four steps of 10 minutes', () => {
    expect(route(r, 'accreditation')).toEqual([
      ['register', 'office_specialist', min(10)],
      ['assign-executor', 'head', min(10)],
      ['draft', 'executor', min(10)],
      ['sign', 'head', min(10)],
    ])
  })

  it('deadline 40 min; portal only; no fee, no survey; qualification requirements only referenced', () => {
    const s = sub(r, 'accreditation')
    expect(s.deadline).toMatchObject({
      basis: 'sum_of_steps',
      summary: { ru: '40 минут (4 шага × 10 минут)' },
    })
    expect([s.fee, r.channels, r.deemedIssued.applies, r.survey]).toEqual([
      null,
      ['portal'],
      false,
      null,
    ])
    expect(r.qualification).toMatchObject({ status: 'standard_reference', items: [] })
  })
})
