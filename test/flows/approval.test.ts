/**
 * Interested-authority approval over HTTP, on each dialect: an Aktobe grain application sent
 * through intake and taken by review to the approval step; the executor sends it; the
 * authority consents or objects with a conclusion signed by the demo key; a correction
 * supersedes; two authorities; the refusals (404 for another authority, 409, 422).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadApprovalDemo } from '../../src/modules/approval/index.ts'
import { DEMO_PASSWORD, demoCompanies } from '../../src/modules/identity/index.ts'
import { completeStep, getCase } from '../../src/modules/review/index.ts'
import { dueAt, kazakhstanCalendar, toAlmaty } from '../../src/modules/sla/index.ts'
import { applyAll, inputValue, pdfFile, redirected } from '../factories/intake.ts'
import { actorFor, officerClients, reviewApp, reviewDeps } from '../factories/review.ts'
import type { TestApp, TestClient } from '../helpers/app.ts'
import { dialects } from '../helpers/db.ts'
import { errorSummary, fieldValue, parse } from '../helpers/html.ts'

const AKTOBE = 'org-aktobe-agriculture'
const KZPP = 'org-aktobe-consumer-protection'

/** The approval test application: review's, with the demo routing and policy. */
async function approvalApp(name: 'sqlite' | 'postgres'): Promise<TestApp> {
  const t = await reviewApp(name)
  await loadApprovalDemo({ db: t.db, clock: t.clock })
  return t
}

/** An Aktobe grain application sent through intake and moved by review to the approval step. */
async function caseAtApproval(t: TestApp): Promise<string> {
  const { base } = await applyAll(t, {
    service: 'aktobe-grain-license',
    kind: 'issue',
    applicantType: 'legal_entity',
    applicant: demoCompanies.aktobeAstyk.bin,
  })
  const id = base.split('/').at(-1)!
  const deps = reviewDeps(t)
  const step = async (role: string, outcome: string, extra: object = {}) => {
    const c = (await getCase(deps, id))!
    const actor = await actorFor(t, AKTOBE, role)
    await completeStep(deps, { caseId: id, expectedVersion: c.version, outcome, actor, ...extra })
  }
  await step('office_specialist', 'done')
  await step('head', 'done', { assignee: (await actorFor(t, AKTOBE, 'executor')).accountId })
  await step('executor', 'grant', { decisionData: { refusal: null } })
  expect((await getCase(deps, id))!.status).toBe('on_approval')
  return id
}

/** The executor sends the case to the authorities checked (default: as the page proposes). */
async function send(
  executor: TestClient,
  id: string,
  authorities?: string[],
  documents?: string[],
) {
  const page = await executor.get(`/kk/cases/${id}/approvals`)
  expect(page.status, page.text.slice(0, 2000)).toBe(200)
  const doc = parse(page.text)
  const values = (sel: string) =>
    [...doc.querySelectorAll(sel)].map((e) => e.getAttribute('value') ?? '')
  const chosen = authorities ?? values('input[name="authorities"][checked]')
  return await executor.post(`/kk/cases/${id}/approvals`, {
    authorities: chosen,
    documents: documents ?? values('input[name="documents"]'),
  })
}

/** The requests of a case, by authority. */
function requestsOf(t: TestApp, caseId: string) {
  return t.db.kysely.selectFrom('approval_requests').selectAll().where('case_id', '=', caseId)
    .orderBy('organization_id').execute()
}

/** Posts a conclusion, signs it with the demo key on the signing page, and sends it. */
async function answer(
  reviewer: TestClient,
  requestId: string,
  form: Record<string, string | Blob>,
  resource = 'conclusion',
) {
  const signing = redirected(await reviewer.post(`/kk/approvals/${requestId}/${resource}`, form))
  expect(signing).toMatch(/^\/kk\/signatures\/[0-9a-f]+$/)
  const nonce = inputValue((await reviewer.get(signing)).text, 'nonce')
  const back = redirected(
    await reviewer.post(signing, { nonce, method: 'demo', password: DEMO_PASSWORD }),
  )
  expect(back).toBe(`/kk/approvals/${requestId}`)
  const page = await reviewer.get(back)
  const fields = {
    conclusion: inputValue(page.text, 'conclusion'),
    version: inputValue(page.text, 'version'),
  }
  return await reviewer.post(`/kk/approvals/${requestId}/answer`, fields)
}

describe.each(dialects)('$name: approval by the interested authority', ({ name }) => {
  let t: TestApp
  let as: ReturnType<typeof officerClients>
  beforeAll(async () => {
    t = await approvalApp(name)
    as = officerClients(t)
  })
  afterAll(() => t.close())

  it('consent: the executor sends, the authority consents with a signed conclusion, the route goes on', async () => {
    const id = await caseAtApproval(t)
    const executor = await as(AKTOBE, 'executor')
    const other = t.client()
    await other.signIn('aktobe-agri.head')
    const [a, b] = await Promise.all([send(executor, id), send(other, id)])
    expect([a.status, b.status].sort()).toEqual([303, 409])
    expect((a.status === 409 ? a : b).text).toContain('Жоба келісуге жіберіліп қойған')
    expect(await requestsOf(t, id)).toHaveLength(1)
    const [request] = await requestsOf(t, id)
    const applicant = t.client()
    await applicant.signIn(demoCompanies.aktobeAstyk.bin)
    expect((await applicant.get(`/kk/cabinet/${id}`)).text).toContain('Мүдделі органда келісуде: ')
    expect(request).toMatchObject({ organization_id: KZPP, authority_kind: 'consumer-protection' })
    const due = dueAt(
      new Date(request!.sent_at),
      { amount: 5, unit: 'workingDay' },
      kazakhstanCalendar(),
    )
    expect(request!.due_at).toBe(due.toISOString())
    // Mon 2 March 10:00; 7–8 March weekend, 9 March the Women's Day day off: five working days.
    expect(toAlmaty(new Date(request!.due_at!))).toBe('2026-03-10 10:00')
    const reviewer = await as(KZPP, 'authority_reviewer')
    const inbox = await reviewer.get('/kk/approvals')
    expect(inbox.text).toContain(request!.case_number)
    expect(inbox.text).toContain('10.03.2026 10:00')
    const page = await reviewer.get(`/kk/approvals/${request!.id}`)
    expect(page.status).toBe(200)
    const docLink = parse(page.text).querySelector(
      `a[href^="/kk/approvals/${request!.id}/documents/"]`,
    )
    expect((await reviewer.get(docLink!.getAttribute('href')!)).status).toBe(200)
    const sent = await answer(reviewer, request!.id, {
      verdict: 'consent',
      text: 'Талаптарға сәйкес келеді',
    })
    expect(redirected(sent)).toBe(`/kk/approvals/${request!.id}?done=sent`)
    const c = (await getCase(reviewDeps(t), id))!
    expect(c.currentStepId).toBe('finalize')
    const transition = await t.db.kysely.selectFrom('review_transitions').selectAll()
      .where('case_id', '=', id).where('step_id', '=', 'approval').executeTakeFirstOrThrow()
    expect(transition.outcome).toBe('consent')
    const again = await reviewer.post(`/kk/approvals/${request!.id}/conclusion`, {
      verdict: 'consent',
      text: 'Тағы',
    })
    expect(again.status).toBe(409)
    expect(again.text).toContain('Бұл сұрауға қорытынды жіберіліп қойған')
    const actions = await t.db.kysely.selectFrom('audit_entries').select('action')
      .where('entity_id', 'in', [request!.id, id]).orderBy('seq').execute()
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'approval_round_opened',
        'approval_requests_sent',
        'approval_conclusion_prepared',
        'approval_conclusion_sent',
        'approval_round_settled',
      ]),
    )
    const finalize = await executor.get(`/kk/cases/${id}`)
    const v = fieldValue(parse(finalize.text), 'version')!
    expect(
      (await executor.post(`/kk/cases/${id}/decision`, { version: v, outcome: 'grant' })).status,
    ).toBe(303)
    expect((await getCase(reviewDeps(t), id))!.status).toBe('on_signature')
    expect(t.missingTranslations).toEqual([])
  })

  it('refuses another authority (404), a conclusion without text or grounds (422, input kept)', async () => {
    const id = await caseAtApproval(t)
    await send(await as(AKTOBE, 'executor'), id, undefined, [])
    const [request] = await requestsOf(t, id)
    const unsent = await t.db.kysely.selectFrom('intake_documents').select('id')
      .where('application_id', '=', id).executeTakeFirstOrThrow()
    const own = await as(KZPP, 'authority_reviewer')
    expect((await own.get(`/kk/approvals/${request!.id}/documents/${unsent.id}`)).status).toBe(404)
    const stranger = await otherAuthority(t, 'stranger')
    expect((await stranger.get(`/kk/approvals/${request!.id}`)).status).toBe(404)
    const post = await stranger.post(`/kk/approvals/${request!.id}/conclusion`, {
      verdict: 'consent',
      text: 'x',
    })
    expect(post.status).toBe(404)
    expect((await stranger.get('/kk/approvals')).text).not.toContain(request!.case_number)
    const otherProvider = await as('org-zhambyl-agriculture', 'executor')
    expect((await otherProvider.get(`/kk/cases/${id}/approvals`)).status).toBe(404)
    const reviewer = await as(KZPP, 'authority_reviewer')
    const bad = await reviewer.post(`/kk/approvals/${request!.id}/conclusion`, {
      verdict: 'objection',
      text: '  ',
      requirements: '',
    })
    expect(bad.status).toBe(422)
    const doc = parse(bad.text)
    expect(errorSummary(doc).map(([href]) => href)).toEqual(['#text', '#requirements'])
    expect(doc.querySelector('#verdict-2')?.hasAttribute('checked')).toBe(true)
    const none = await reviewer.post(`/ru/approvals/${request!.id}/conclusion`, {
      text: 'Мәтін сақталады',
    })
    expect(none.status).toBe(422)
    expect(fieldValue(parse(none.text), 'text')).toBe('Мәтін сақталады')
    expect((await requestsOf(t, id))[0]!.outcome).toBeNull()
    expect(t.missingTranslations).toEqual([])
  })

  it('objection: requirements and a file reach the executor; the step ends with the objection', async () => {
    const id = await caseAtApproval(t)
    const executor = await as(AKTOBE, 'executor')
    await send(executor, id)
    const [request] = await requestsOf(t, id)
    const reviewer = await as(KZPP, 'authority_reviewer')
    const res = await answer(reviewer, request!.id, {
      verdict: 'objection',
      text: 'Қойманың санитарлық жағдайы талаптарға сәйкес келмейді',
      requirements: 'Санитарлық-эпидемиологиялық қорытынды жоқ\nЗертхана жабдықталмаған',
      attachments: pdfFile('акт.pdf'),
    })
    expect(res.status).toBe(303)
    const c = (await getCase(reviewDeps(t), id))!
    expect(c.currentStepId).toBe('finalize')
    const approval = c.decisionData?.['approval'] as { outcome: string; objections: unknown[] }
    expect(approval.outcome).toBe('objection')
    expect(approval.objections).toHaveLength(1)
    const page = await executor.get(`/kk/cases/${id}/approvals`)
    expect(page.text).toContain('Зертхана жабдықталмаған')
    const file = parse(page.text).querySelector('a[href*="/attachments/"]')!.getAttribute('href')!
    const download = await executor.get(file)
    expect(download.status).toBe(200)
    expect(download.text.startsWith('%PDF-')).toBe(true)
  })

  it('two authorities: one consents, the other objects, and the step ends with the objection', async () => {
    const id = await caseAtApproval(t)
    const second = await otherAuthority(t, 'second')
    const executor = await as(AKTOBE, 'executor')
    expect((await send(executor, id, [KZPP, secondOrg(t)])).status).toBe(303)
    const requests = await requestsOf(t, id)
    expect(requests).toHaveLength(2)
    const mine = requests.find((r) => r.organization_id === KZPP)!
    const theirs = requests.find((r) => r.organization_id !== KZPP)!
    const reviewer = await as(KZPP, 'authority_reviewer')
    expect((await answer(reviewer, mine.id, { verdict: 'consent', text: 'Келісеміз' })).status)
      .toBe(303)
    expect((await getCase(reviewDeps(t), id))!.currentStepId).toBe('approval')
    const notice = await executor.get(`/kk/cases/${id}`)
    expect(notice.text).toContain('келісілді')
    expect(
      (await answer(second, theirs.id, {
        verdict: 'objection',
        text: 'Келіспейміз',
        requirements: 'Өрт қауіпсіздігі талаптары',
      })).status,
    ).toBe(303)
    const c = (await getCase(reviewDeps(t), id))!
    expect(c.currentStepId).toBe('finalize')
    const transition = await t.db.kysely.selectFrom('review_transitions').select('outcome')
      .where('case_id', '=', id).where('step_id', '=', 'approval').executeTakeFirstOrThrow()
    expect(transition.outcome).toBe('objection')
    expect((await executor.get(`/kk/cases/${id}/approvals`)).text).toContain(
      'Өрт қауіпсіздігі талаптары',
    )
  })

  it('an objection first withdraws the request still waiting: acting on it is a 409', async () => {
    const id = await caseAtApproval(t)
    const second = await otherAuthority(t, 'third')
    await send(await as(AKTOBE, 'executor'), id, [KZPP, secondOrg(t)])
    const requests = await requestsOf(t, id)
    const mine = requests.find((r) => r.organization_id === KZPP)!
    const theirs = requests.find((r) => r.organization_id !== KZPP)!
    expect(
      (await answer(second, theirs.id, {
        verdict: 'objection',
        text: 'Келіспейміз',
        requirements: 'Талап',
      })).status,
    ).toBe(303)
    expect((await getCase(reviewDeps(t), id))!.currentStepId).toBe('finalize')
    const reviewer = await as(KZPP, 'authority_reviewer')
    const late = await reviewer.post(`/kk/approvals/${mine.id}/conclusion`, {
      verdict: 'consent',
      text: 'Кеш',
    })
    expect(late.status).toBe(409)
    expect(late.text).toContain('Сұрау кері қайтарылды')
  })

  it('a correction supersedes the conclusion in force; both are kept and the executor is told', async () => {
    const id = await caseAtApproval(t)
    const executor = await as(AKTOBE, 'executor')
    await send(executor, id)
    const [request] = await requestsOf(t, id)
    const reviewer = await as(KZPP, 'authority_reviewer')
    await answer(reviewer, request!.id, { verdict: 'consent', text: 'Бірінші қорытынды' })
    t.clock.advance(10 * 60_000)
    expect((await reviewer.get(`/kk/approvals/${request!.id}/correction`)).status).toBe(200)
    const res = await answer(reviewer, request!.id, {
      verdict: 'objection',
      text: 'Түзетілген қорытынды',
      requirements: 'Анықталған кемшілік',
    }, 'correction')
    expect(res.status).toBe(303)
    const rows = await t.db.kysely.selectFrom('approval_conclusions').selectAll()
      .where('request_id', '=', request!.id).where('sent_at', 'is not', null).orderBy('created_at')
      .execute()
    expect(rows.map((r) => [r.verdict, Boolean(r.superseded_at), r.supersedes_id])).toEqual([
      ['consent', true, null],
      ['objection', false, rows[0]!.id],
    ])
    const now = (await requestsOf(t, id))[0]!
    expect(now).toMatchObject({ outcome: 'objection', conclusion_id: rows[1]!.id })
    const page = await executor.get(`/kk/cases/${id}/approvals`)
    expect(page.text).toContain('Бірінші қорытынды')
    expect(page.text).toContain('Түзетілген қорытынды')
    expect((await executor.get('/kk/approvals')).text).toContain('қорытындыны түзетті')
  })
})

let authorities = 0

/** A second authority organisation with a reviewer, signed in (same demo password). */
async function otherAuthority(t: TestApp, login: string): Promise<TestClient> {
  authorities++
  const id = `org-test-authority-${login}`
  const now = t.clock.now().toISOString()
  await t.db.kysely.insertInto('identity_organizations').values({
    id,
    kind: 'authority',
    name_kk: `Сынақ органы ${authorities}`,
    name_ru: `Тестовый орган ${authorities}`,
    region: 'aktobe',
    created_at: now,
  }).execute()
  const template = await t.db.kysely.selectFrom('identity_accounts').selectAll()
    .where('login', '=', 'aktobe-kzpp.reviewer').executeTakeFirstOrThrow()
  const accountId = crypto.randomUUID().replaceAll('-', '')
  await t.db.kysely.insertInto('identity_accounts').values({
    ...template,
    id: accountId,
    login: `test-${login}.reviewer`,
    organization_id: id,
  }).execute()
  await t.db.kysely.insertInto('identity_role_grants').values({
    id: crypto.randomUUID().replaceAll('-', ''),
    account_id: accountId,
    role: 'authority_reviewer',
    granted_at: now,
    granted_by: null,
    revoked_at: null,
    revoked_by: null,
  }).execute()
  lastOrg.set(t, id)
  const client = t.client()
  await client.signIn(`test-${login}.reviewer`)
  return client
}

const lastOrg = new WeakMap<TestApp, string>()

function secondOrg(t: TestApp): string {
  return lastOrg.get(t)!
}
