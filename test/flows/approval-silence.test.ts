/**
 * Silence past an authority's deadline, on each dialect: by default the executor and the head
 * are told once (however many job runs race) and the case page says so, and a late answer still
 * counts, as late; where the route's policy deems silence agreement, the step completes with
 * consent on its own. The statistics count both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createI18n } from '../../src/i18n.ts'
import {
  type ApprovalDeps,
  approvalStatistics,
  loadApprovalDemo,
  runApprovalSilence,
  sendForApproval,
} from '../../src/modules/approval/index.ts'
import { DEMO_PASSWORD, demoCompanies } from '../../src/modules/identity/index.ts'
import { getApplication } from '../../src/modules/intake/index.ts'
import { completeStep, getCase } from '../../src/modules/review/index.ts'
import {
  createSignatureRequest,
  getSignature,
  type SignatureRequestInput,
} from '../../src/modules/signing/index.ts'
import { applyAll, inputValue, redirected } from '../factories/intake.ts'
import { actorFor, officerClients, reviewApp, reviewDeps } from '../factories/review.ts'
import type { TestApp } from '../helpers/app.ts'
import { dialects } from '../helpers/db.ts'

const AKTOBE = 'org-aktobe-agriculture'
const KZPP = 'org-aktobe-consumer-protection'

describe.each(dialects)('$name: silence of the interested authority', ({ name }) => {
  let t: TestApp
  let as: ReturnType<typeof officerClients>
  const start = '2026-03-02T05:00:00.000Z'
  beforeAll(async () => {
    t = await reviewApp(name)
    await loadApprovalDemo({ db: t.db, clock: t.clock })
    as = officerClients(t)
  })
  afterAll(() => t.close())

  it('wait: one notice to the executor and one to the head, the case page says so, a late answer is late', async () => {
    t.clock.set(start)
    const { id, request } = await sentCase(t)
    t.clock.set(new Date(Date.parse(request.due_at!) + 60_000))
    const handled = await Promise.all([
      runApprovalSilence(approvalDeps(t)),
      runApprovalSilence(approvalDeps(t)),
    ])
    expect(handled[0] + handled[1]).toBe(1)
    expect(await runApprovalSilence(approvalDeps(t))).toBe(0)
    const notices = await t.db.kysely.selectFrom('approval_notifications').selectAll()
      .where('request_id', '=', request.id).execute()
    expect(notices.map((n) => [n.kind, n.recipient_role ?? 'account']).sort()).toEqual([
      ['overdue', 'account'],
      ['overdue', 'head'],
    ])
    const audit = await t.db.kysely.selectFrom('audit_entries').select('details')
      .where('action', '=', 'approval_silence_escalated').where('entity_id', '=', request.id)
      .execute()
    expect(audit).toHaveLength(1)
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ policy: 'wait' })
    expect((await getCase(reviewDeps(t), id))!.currentStepId).toBe('approval')
    const executor = await as(AKTOBE, 'executor')
    expect((await executor.get(`/kk/cases/${id}`)).text).toContain('мерзімі өтті, жауап жоқ')
    expect((await (await as(AKTOBE, 'head')).get('/kk/approvals')).text).toContain(
      'мерзімінде жауап бермеді',
    )
    const reviewer = await as(KZPP, 'authority_reviewer')
    expect((await reviewer.get('/kk/approvals')).text).toContain('Мерзімі өтті')
    expect((await answer(request.id, 'consent')).status).toBe(303)
    expect((await getCase(reviewDeps(t), id))!.currentStepId).toBe('finalize')
  })

  it('deemed agreed: where the route says so, silence completes the step with consent', async () => {
    t.clock.set(start)
    const { id, request } = await sentCase(t)
    await t.db.kysely.updateTable('approval_policies').set({ silence: 'deemed_agreed' })
      .where('regulation_id', '=', 'aktobe-grain-license').execute()
    t.clock.set(new Date(Date.parse(request.due_at!) + 60_000))
    try {
      expect(await runApprovalSilence(approvalDeps(t))).toBe(1)
    } finally {
      await t.db.kysely.updateTable('approval_policies').set({ silence: 'wait' })
        .where('regulation_id', '=', 'aktobe-grain-license').execute()
    }
    const row = await t.db.kysely.selectFrom('approval_requests').selectAll()
      .where('id', '=', request.id).executeTakeFirstOrThrow()
    expect(row.outcome).toBe('deemed_agreed')
    expect((await getCase(reviewDeps(t), id))!.currentStepId).toBe('finalize')
    const transition = await t.db.kysely.selectFrom('review_transitions').selectAll()
      .where('case_id', '=', id).where('step_id', '=', 'approval').executeTakeFirstOrThrow()
    expect(transition).toMatchObject({ outcome: 'consent', actor_account_id: 'system' })
    const audit = await t.db.kysely.selectFrom('audit_entries').select('action')
      .where('entity_id', '=', request.id).where('action', '=', 'approval_deemed_agreed').execute()
    expect(audit).toHaveLength(1)
    const reviewer = await as(KZPP, 'authority_reviewer')
    const late = await reviewer.post(`/kk/approvals/${request.id}/conclusion`, {
      verdict: 'consent',
      text: 'Кеш',
    })
    expect(late.status).toBe(409)
    expect(late.text).toContain('келісілді деп есептеледі')
  })

  it('approvalStatistics() counts per authority: received, on time, late, deemed agreed, consent rate', async () => {
    const stats = await approvalStatistics({ db: t.db, clock: t.clock }, {
      from: '2026-03-01T00:00:00Z',
      to: '2026-04-01T00:00:00Z',
      organizationId: KZPP,
    })
    expect(stats).toEqual([expect.objectContaining({
      organizationId: KZPP,
      received: 2,
      answered: 1,
      onTime: 0,
      late: 1,
      overdue: 1,
      deemedAgreed: 1,
      consents: 1,
      objections: 0,
      consentRate: 1,
    })])
  })

  /** A case sent to the demo authority, with its request. */
  async function sentCase(t: TestApp) {
    const { base } = await applyAll(t, {
      service: 'aktobe-grain-license',
      kind: 'issue',
      applicantType: 'legal_entity',
      applicant: demoCompanies.aktobeAstyk.bin,
    })
    const id = base.split('/').at(-1)!
    const deps = reviewDeps(t)
    const executor = await actorFor(t, AKTOBE, 'executor')
    for (
      const [role, outcome, extra] of [
        ['office_specialist', 'done', {}],
        ['head', 'done', { assignee: executor.accountId }],
        ['executor', 'grant', { decisionData: { refusal: null } }],
      ] as const
    ) {
      const c = (await getCase(deps, id))!
      const actor = await actorFor(t, AKTOBE, role)
      await completeStep(deps, { caseId: id, expectedVersion: c.version, outcome, actor, ...extra })
    }
    const sent = await sendForApproval(approvalDeps(t), {
      caseId: id,
      actor: executor,
      authorities: [KZPP],
      documents: [],
    })
    expect(sent.ok).toBe(true)
    const request = await t.db.kysely.selectFrom('approval_requests').selectAll()
      .where('case_id', '=', id).executeTakeFirstOrThrow()
    return { id, request }
  }

  async function answer(requestId: string, verdict: string) {
    const reviewer = await as(KZPP, 'authority_reviewer')
    const signing = redirected(
      await reviewer.post(`/kk/approvals/${requestId}/conclusion`, { verdict, text: 'Кеш жауап' }),
    )
    const nonce = inputValue((await reviewer.get(signing)).text, 'nonce')
    redirected(await reviewer.post(signing, { nonce, method: 'demo', password: DEMO_PASSWORD }))
    const page = await reviewer.get(`/kk/approvals/${requestId}`)
    return await reviewer.post(`/kk/approvals/${requestId}/answer`, {
      conclusion: inputValue(page.text, 'conclusion'),
      version: inputValue(page.text, 'version'),
    })
  }
})

/** Approval's dependencies over the test app, as src/app.ts wires them (intake included). */
function approvalDeps(t: TestApp): ApprovalDeps {
  const signatures = {
    create: (input: SignatureRequestInput) => createSignatureRequest(t, input),
    get: (id: string) => getSignature(t, id),
  }
  return {
    db: t.db,
    clock: t.clock,
    review: reviewDeps(t),
    translator: createI18n().translator,
    application: (id) => getApplication({ db: t.db, signatures }, id),
  }
}
