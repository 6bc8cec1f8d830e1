import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Db } from '../../db/connect.ts'
import { dialects, testDb } from '../../../test/helpers/db.ts'
import { enterPaperAnswer } from './paper.ts'
import { analyst, answers, surveyTestDeps, type TestDeps } from './test-deps.ts'

describe.each(dialects)('$name: enterPaperAnswer()', ({ name }) => {
  let db: Db
  let deps: TestDeps
  beforeEach(async () => {
    db = await testDb(name)
    deps = await surveyTestDeps(db)
  })
  afterEach(() => db.close())

  const input = (regulationId: string, answeredOn: string) => ({
    regulationId,
    answeredOn,
    channel: 'office',
    answers: answers(2, 3, '=1+1'),
    lang: 'ru' as const,
  })

  it('stores a form marked paper, on the date written on it, by the analyst', async () => {
    const who = analyst()
    expect(await enterPaperAnswer(deps, who, input('zhambyl-pesticide-sale-license', '2026-02-14')))
      .toBe('stored')
    const row = await db.kysely.selectFrom('survey_answers').selectAll().executeTakeFirstOrThrow()
    expect(row).toMatchObject({
      source: 'paper',
      answered_on: '2026-02-14',
      month: '2026-02',
      wording: 'zhambyl-2013',
      wording_basis: 'regulation',
      provider_id: 'org-zhambyl-agriculture',
      region: 'zhambyl',
      channel: 'office',
      entered_by: who.accountId,
      comment: '=1+1',
    })
    const audit = await db.kysely.selectFrom('audit_entries').select(['action', 'details'])
      .where('action', '=', 'survey_paper_entered').execute()
    expect(audit).toHaveLength(1)
    expect(audit[0]!.details).not.toContain('=1+1')
  })

  it('takes the default Zhambyl wording for a regulation without a survey, and says so', async () => {
    expect(await enterPaperAnswer(deps, analyst(), input('aktobe-grain-license', '2026-03-01')))
      .toBe('stored')
    const row = await db.kysely.selectFrom('survey_answers').selectAll().executeTakeFirstOrThrow()
    expect(row).toMatchObject({
      wording: 'zhambyl-2013',
      wording_basis: 'default',
      provider_id: 'org-aktobe-agriculture',
      region: 'aktobe',
    })
  })

  it('refuses a date after today (Almaty) and a date before the regulation was in force', async () => {
    expect(await enterPaperAnswer(deps, analyst(), input('zhambyl-grain-license', '2026-03-03')))
      .toBe('future')
    expect(await enterPaperAnswer(deps, analyst(), input('zhambyl-grain-license', '1999-01-01')))
      .toBe('notInForce')
    expect(await db.kysely.selectFrom('survey_answers').selectAll().execute()).toEqual([])
  })
})
