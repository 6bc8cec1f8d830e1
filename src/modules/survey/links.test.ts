import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Db } from '../../db/connect.ts'
import { sha256Hex } from '../../lib/ids.ts'
import { dialects, testDb } from '../../../test/helpers/db.ts'
import {
  answerByLink,
  answerInCabinet,
  cabinetState,
  createSurveyLink,
  linkState,
  surveyLinkFor,
} from './links.ts'
import { aCase, answers, surveyTestDeps, type TestDeps } from './test-deps.ts'

function tokenOf(path: string): string {
  return path.split('/').at(-1)!
}

describe.each(dialects)('$name: one-time links and the cabinet', ({ name }) => {
  let db: Db
  let deps: TestDeps
  beforeEach(async () => {
    db = await testDb(name)
    deps = await surveyTestDeps(db)
  })
  afterEach(() => db.close())

  const count = async () =>
    Number(
      (await db.kysely.selectFrom('survey_answers').select((e) => e.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()).n,
    )

  it('createSurveyLink() makes a 256-bit token in the case language and stores only its hash', async () => {
    const facts = await aCase(deps, 'almaty-cotton-license', { lang: 'ru' })
    const link = (await createSurveyLink(deps, facts))!
    expect(link.path).toMatch(/^\/ru\/survey\/[A-Za-z0-9_-]{43}$/)
    expect(link.url).toBe(`https://elicensing.example.kz${link.path}`)
    const rows = await db.kysely.selectFrom('survey_links').selectAll().execute()
    expect(rows.map((r) => r.token_hash)).toEqual([await sha256Hex(tokenOf(link.path))])
    expect(JSON.stringify(rows)).not.toContain(tokenOf(link.path))
  })

  it('createSurveyLink() makes no link for a regulation without a survey (Aktobe grain)', async () => {
    const facts = await aCase(deps, 'aktobe-grain-license')
    expect(await createSurveyLink(deps, facts)).toBeUndefined()
    expect(await db.kysely.selectFrom('survey_invitations').selectAll().execute()).toEqual([])
  })

  it('surveyLinkFor() reads the case facts from the port, and knows no unknown case', async () => {
    const facts = await aCase(deps, 'zhambyl-grain-license')
    expect((await surveyLinkFor(deps, facts.caseId))?.path).toMatch(/^\/ru\/survey\//)
    expect(await surveyLinkFor(deps, 'no-such-case')).toBeUndefined()
  })

  it('answerByLink() stores one answer with its dimensions and nothing that names the case', async () => {
    const facts = await aCase(deps, 'almaty-cotton-license', { channel: 'psc' })
    const link = (await createSurveyLink(deps, facts))!
    const state = await linkState(deps, tokenOf(link.path))
    expect(state.kind === 'open' && state.wording.survey.id).toBe('almaty-2013')
    expect(
      await answerByLink(deps, {
        token: tokenOf(link.path),
        answers: answers(3, 2, 'Жақсы'),
        lang: 'kk',
      }),
    )
      .toBe('stored')
    const [row] = await db.kysely.selectFrom('survey_answers').selectAll().execute()
    expect(row).toMatchObject({
      source: 'link',
      regulation_id: 'almaty-cotton-license',
      regulation_version_id: facts.regulationVersionId,
      wording: 'almaty-2013',
      wording_basis: 'regulation',
      provider_id: 'org-almaty-agriculture',
      region: 'almaty',
      channel: 'psc',
      answered_on: '2026-03-02',
      month: '2026-03',
      q1: 3,
      q2: 2,
      comment: 'Жақсы',
      lang: 'kk',
      kiosk_id: null,
      entered_by: null,
    })
    expect(JSON.stringify(row)).not.toContain(facts.caseId)
  })

  it('a reused link answers "already answered" and a forged one "not valid"; neither stores', async () => {
    const facts = await aCase(deps, 'zhambyl-veterinary-license')
    const token = tokenOf((await createSurveyLink(deps, facts))!.path)
    expect(await answerByLink(deps, { token, answers: answers(1, 1), lang: 'ru' })).toBe('stored')
    expect(await answerByLink(deps, { token, answers: answers(3, 3), lang: 'ru' })).toBe('answered')
    expect((await linkState(deps, token)).kind).toBe('answered')
    const forged = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A')
    expect(await answerByLink(deps, { token: forged, answers: answers(3, 3), lang: 'ru' })).toBe(
      'invalid',
    )
    expect(await answerByLink(deps, { token: '<script>', answers: answers(3, 3), lang: 'ru' }))
      .toBe('invalid')
    expect(await count()).toBe(1)
  })

  it('two links of a case and two simultaneous submits still store one answer', async () => {
    const facts = await aCase(deps, 'zhambyl-grain-license')
    const a = tokenOf((await createSurveyLink(deps, facts))!.path)
    const b = tokenOf((await createSurveyLink(deps, facts))!.path)
    const outcomes = await Promise.all([
      answerByLink(deps, { token: a, answers: answers(3, 3), lang: 'ru' }),
      answerByLink(deps, { token: b, answers: answers(1, 1), lang: 'ru' }),
      answerByLink(deps, { token: a, answers: answers(2, 2), lang: 'ru' }),
    ])
    expect(outcomes.filter((o) => o === 'stored')).toHaveLength(1)
    expect(await count()).toBe(1)
    expect(await createSurveyLink(deps, facts)).toBeUndefined()
  })

  it('the cabinet shares the one-answer-per-case guard and is closed to another applicant', async () => {
    const facts = await aCase(deps, 'almaty-cotton-license')
    const token = tokenOf((await createSurveyLink(deps, facts))!.path)
    expect((await cabinetState(deps, facts.caseId, 'someone-else')).kind).toBe('invalid')
    const input = { caseId: facts.caseId, answers: answers(2, 3), lang: 'ru' as const }
    expect(await answerInCabinet(deps, { ...input, accountId: 'someone-else' })).toBe('invalid')
    expect(await answerInCabinet(deps, { ...input, accountId: facts.applicantAccountId! })).toBe(
      'stored',
    )
    expect(await answerByLink(deps, { token, answers: answers(1, 1), lang: 'ru' })).toBe('answered')
    const rows = await db.kysely.selectFrom('survey_answers').select(['source', 'q1']).execute()
    expect(rows).toEqual([{ source: 'cabinet', q1: 2 }])
  })
})
