import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Db } from '../../db/connect.ts'
import { dialects, testDb } from '../../../test/helpers/db.ts'
import { catalogProviders, withSurveyEntries } from './lifecycle.ts'
import { answerInCabinet } from './links.ts'
import { aCase, answers, surveyTestDeps, type TestDeps } from './test-deps.ts'

describe.each(dialects)('$name: the ports from the case lifecycle', ({ name }) => {
  let db: Db
  let deps: TestDeps
  beforeEach(async () => {
    db = await testDb(name)
    deps = await surveyTestDeps(db)
  })
  afterEach(() => db.close())

  it('catalogProviders() groups the regulations by provider, named as the regulation names it', async () => {
    const providers = await deps.providers()
    const zhambyl = providers.find((p) => p.id === 'org-zhambyl-agriculture')!
    expect(zhambyl.regulationIds).toHaveLength(5)
    expect(zhambyl.name.ru).toContain('Жамбылской области')
    expect(providers.map((p) => p.id).sort()).toEqual([
      'org-aktobe-agriculture',
      'org-aktobe-construction',
      'org-almaty-agriculture',
      'org-east-kazakhstan-akimat',
      'org-zhambyl-agriculture',
    ])
    expect(await catalogProviders(deps, () => Promise.resolve(undefined))).toEqual([])
  })

  it('withSurveyEntries() offers the survey of an ended case until it is answered', async () => {
    const ended = await aCase(deps, 'almaty-cotton-license', { lang: 'kk' })
    const active = await aCase(deps, 'almaty-cotton-license')
    const noSurvey = await aCase(deps, 'aktobe-grain-license')
    const statuses = new Map([
      [ended.caseId, { status: 'ready' }],
      [active.caseId, { status: 'under_review' }],
      [noSurvey.caseId, { status: 'refused' }],
    ])
    const progress = withSurveyEntries(
      deps,
      (ids) =>
        Promise.resolve(
          new Map(ids.filter((id) => statuses.has(id)).map((id) => [id, statuses.get(id)!])),
        ),
    )
    const ids = [ended.caseId, active.caseId, noSurvey.caseId, 'unknown']
    const first = await progress(ids)
    expect(first.get(ended.caseId)).toEqual({
      status: 'ready',
      surveyHref: `/kk/survey/cases/${ended.caseId}`,
    })
    expect(first.get(active.caseId)).toEqual({ status: 'under_review' })
    expect(first.get(noSurvey.caseId)).toEqual({ status: 'refused' })
    expect(first.has('unknown')).toBe(false)
    const outcome = await answerInCabinet(deps, {
      caseId: ended.caseId,
      accountId: ended.applicantAccountId!,
      answers: answers(3, 3),
      lang: 'kk',
    })
    expect(outcome).toBe('stored')
    expect((await progress(ids)).get(ended.caseId)).toEqual({ status: 'ready' })
  })
})
