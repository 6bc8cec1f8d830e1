/**
 * Where a regulation lets the executor fix the draft after an objection (its route sends an
 * objection back to the draft step), the fixed draft goes out as a new round: a new request
 * to the same authority that points to the one objected to, which stays as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createI18n } from '../../src/i18n.ts'
import {
  type ApprovalDeps,
  loadApprovalDemo,
  sendForApproval,
} from '../../src/modules/approval/index.ts'
import { addRegulationVersion, getRegulationInForce } from '../../src/modules/catalog/index.ts'
import { DEMO_PASSWORD } from '../../src/modules/identity/index.ts'
import { completeStep, getCase } from '../../src/modules/review/index.ts'
import { inputValue, redirected } from '../factories/intake.ts'
import { actorFor, officerClients, openCase, reviewApp, reviewDeps } from '../factories/review.ts'
import type { TestApp } from '../helpers/app.ts'
import { dialects } from '../helpers/db.ts'

const AKTOBE = 'org-aktobe-agriculture'
const KZPP = 'org-aktobe-consumer-protection'
const GRAIN = 'aktobe-grain-license'

describe.each(dialects)('$name: fixing the draft after an objection', ({ name }) => {
  let t: TestApp
  beforeAll(async () => {
    t = await reviewApp(name)
    await loadApprovalDemo({ db: t.db, clock: t.clock })
    const current = await getRegulationInForce(t, GRAIN, t.clock.now())
    const definition = structuredClone(current!.definition)
    const approval = definition.subServices.find((s) => s.kind === 'issue')!.route.steps
      .find((s) => s.kind === 'approval')!
    approval.outcomes = [{ id: 'consent', to: 'finalize' }, { id: 'objection', to: 'draft' }]
    const added = await addRegulationVersion(t, {
      regulationId: GRAIN,
      effectiveFrom: '2026-01-01',
      definition,
      actorId: null,
    })
    expect(added.ok).toBe(true)
  })
  afterAll(() => t.close())

  it('the objection sends the case back to the draft; the new request points to the old one', async () => {
    const id = await openCase(t, GRAIN, 'issue')
    await move(t, id, 'office_specialist', 'done')
    const executor = await actorFor(t, AKTOBE, 'executor')
    await move(t, id, 'head', 'done', { assignee: executor.accountId })
    await move(t, id, 'executor', 'grant')
    const deps = approvalDeps(t, id)
    expect(
      (await sendForApproval(deps, {
        caseId: id,
        actor: executor,
        authorities: [KZPP],
        documents: ['doc-1'],
      })).ok,
    )
      .toBe(true)
    const [first] = await requestsOf(t, id)
    expect(
      await answer(t, first!.id, {
        verdict: 'objection',
        text: 'Жоба толық емес',
        requirements: 'Қойма көлемі',
      }),
    )
      .toBe(303)
    expect((await getCase(reviewDeps(t), id))!.currentStepId).toBe('draft')
    await move(t, id, 'executor', 'grant')
    expect((await getCase(reviewDeps(t), id))!.currentStepId).toBe('approval')
    expect(
      (await sendForApproval(deps, {
        caseId: id,
        actor: executor,
        authorities: [KZPP],
        documents: [],
      })).ok,
    )
      .toBe(true)
    const [, second] = await requestsOf(t, id)
    expect(second).toMatchObject({ previous_request_id: first!.id, outcome: null })
    expect((await requestsOf(t, id))[0]).toMatchObject({ outcome: 'objection', withdrawn_at: null })
    expect(
      await answer(t, second!.id, { verdict: 'consent', text: 'Түзетілген жобамен келісеміз' }),
    ).toBe(303)
    expect((await getCase(reviewDeps(t), id))!.currentStepId).toBe('finalize')
    const rounds = await t.db.kysely.selectFrom('approval_rounds').selectAll().where(
      'case_id',
      '=',
      id,
    )
      .orderBy('entered_at').orderBy('sent_at').execute()
    expect(rounds.map((r) => [r.outcome, Boolean(r.completed_at)])).toEqual([['objection', true], [
      'consent',
      true,
    ]])
  })
})

async function move(t: TestApp, id: string, role: string, outcome: string, extra: object = {}) {
  const c = (await getCase(reviewDeps(t), id))!
  const actor = await actorFor(t, AKTOBE, role)
  await completeStep(reviewDeps(t), {
    caseId: id,
    expectedVersion: c.version,
    outcome,
    actor,
    ...extra,
  })
  t.clock.advance(60_000)
}

function requestsOf(t: TestApp, caseId: string) {
  return t.db.kysely.selectFrom('approval_requests').selectAll().where('case_id', '=', caseId)
    .orderBy('sent_at').execute()
}

/** Approval's dependencies with the application as intake would give it. */
function approvalDeps(t: TestApp, caseId: string): ApprovalDeps {
  return {
    db: t.db,
    clock: t.clock,
    review: reviewDeps(t),
    translator: createI18n().translator,
    application: (id) =>
      Promise.resolve(
        id !== caseId ? undefined : {
          id,
          number: null,
          applicant: {
            type: 'legal_entity',
            iin: null,
            bin: '050140000656',
            name: { kk: '«Ақтөбе Астық» ЖШС', ru: 'ТОО «Актобе Астык»' },
            address: null,
          },
          documents: [{
            id: 'doc-1',
            catalogDocumentId: null,
            name: 'өтініш.pdf',
            contentType: 'application/pdf',
            size: 900,
          }],
          submittedAt: t.clock.now().toISOString(),
        },
      ),
  }
}

/** The authority's reviewer posts, signs with the demo key and sends a conclusion. */
async function answer(
  t: TestApp,
  requestId: string,
  form: Record<string, string>,
): Promise<number> {
  const reviewer = await officerClients(t)(KZPP, 'authority_reviewer')
  const signing = redirected(await reviewer.post(`/kk/approvals/${requestId}/conclusion`, form))
  const nonce = inputValue((await reviewer.get(signing)).text, 'nonce')
  redirected(await reviewer.post(signing, { nonce, method: 'demo', password: DEMO_PASSWORD }))
  const page = await reviewer.get(`/kk/approvals/${requestId}`)
  const res = await reviewer.post(`/kk/approvals/${requestId}/answer`, {
    conclusion: inputValue(page.text, 'conclusion'),
    version: inputValue(page.text, 'version'),
  })
  return res.status
}
