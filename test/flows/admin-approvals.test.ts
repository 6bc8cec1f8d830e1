/**
 * The administration of approvals over HTTP, per dialect: an administrator maps the Aktobe
 * consumer-protection kind to another authority and changes the route's policy, and the
 * executor's send page proposes that authority alone; others get 403; bad input answers 422
 * with the input kept; every change is in the audit trail, an unchanged save adds nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { policyOf } from '../../src/modules/approval/index.ts'
import { listAuditEntries, verifyAuditChain } from '../../src/modules/audit/index.ts'
import { demoCompanies } from '../../src/modules/identity/index.ts'
import { completeStep, getCase } from '../../src/modules/review/index.ts'
import { applyAll } from '../factories/intake.ts'
import { actorFor, officerClients, officerId, reviewApp, reviewDeps } from '../factories/review.ts'
import type { TestApp, TestClient } from '../helpers/app.ts'
import { dialects } from '../helpers/db.ts'
import { errorSummary, h1s, parse } from '../helpers/html.ts'

const AKTOBE = 'org-aktobe-agriculture'
const KZPP = 'org-aktobe-consumer-protection'
const ROUTE = 'aktobe-grain-license.issue'

function selected(html: string, id: string): string | undefined {
  return parse(html).querySelector(`#${id} option[selected]`)?.getAttribute('value') ?? undefined
}

function checked(html: string, name: string): string | undefined {
  return parse(html).querySelector(`input[name="${name}"][checked]`)?.getAttribute('value') ??
    undefined
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

describe.each(dialects)('$name: administration of approvals', ({ name }) => {
  let t: TestApp
  let admin: TestClient
  beforeAll(async () => {
    t = await reviewApp(name)
    admin = t.client()
    await admin.signIn('admin.admin')
  })
  afterAll(() => t.close())

  it('GET /admin/approvals shows the routing table and the policy of each route with an approval step', async () => {
    expect((await admin.get('/ru/admin')).text).toContain('href="/ru/admin/approvals"')
    const page = await admin.get('/ru/admin/approvals')
    expect(page.status).toBe(200)
    const doc = parse(page.text)
    expect(h1s(doc)).toEqual(['Настройка согласований'])
    const row = [...doc.querySelectorAll('tbody tr')][0]!.textContent ?? ''
    expect(row).toContain('Территориальные подразделения Агентства Республики Казахстан')
    expect(row).toContain('Актюбинская область')
    expect(row).toContain('Территориальное подразделение по защите прав потребителей')
    expect(doc.querySelectorAll('input[name^="silence."]')).toHaveLength(2)
    expect(checked(page.text, `silence.${ROUTE}`)).toBe('wait')
    expect(checked(page.text, `choice.${ROUTE}`)).toBe('executor')
    expect((await admin.get('/kk/admin/approvals')).status).toBe(200)
    expect(t.missingTranslations).toEqual([])
  })

  it('POST /authorities and /policies change whom the executor is offered, audited', async () => {
    const created = await admin.post('/kk/admin/organizations', {
      kind: 'authority',
      nameKk: 'Ақтөбе облысының санитариялық-эпидемиологиялық бақылау департаменті',
      nameRu: 'Департамент санитарно-эпидемиологического контроля Актюбинской области',
      region: 'aktobe',
    })
    expect(created.status).toBe(303)
    const page = parse((await admin.get('/kk/admin/approvals')).text)
    const other = [...page.querySelectorAll('#organizationId option')]
      .find((o) => o.textContent?.includes('санитариялық'))!.getAttribute('value')!
    const route = { kind: 'consumer-protection', region: 'aktobe', organizationId: other }
    const saved = await admin.post('/kk/admin/approvals/authorities', route)
    expect(saved.headers.get('location')).toBe('/kk/admin/approvals?saved=authority')
    const policies = await admin.post('/kk/admin/approvals/policies', {
      [`silence.${ROUTE}`]: 'deemed_agreed',
      [`choice.${ROUTE}`]: 'mapped',
    })
    expect(policies.headers.get('location')).toBe('/kk/admin/approvals?saved=policies')
    expect((await admin.get('/kk/admin/approvals?saved=policies')).text)
      .toContain('Келісу ережелері сақталды.')

    expect(await policyOf(t, 'aktobe-grain-license', 'issue')).toEqual({
      silence: 'deemed_agreed',
      authorityChoice: 'mapped',
      source: null,
    })
    const id = await caseAtApproval(t)
    const executor = await officerClients(t)(AKTOBE, 'executor')
    const sendPage = await executor.get(`/kk/cases/${id}/approvals`)
    expect(sendPage.text).toContain('санитариялық-эпидемиологиялық бақылау департаменті')
    expect(sendPage.text).not.toContain('Тұтынушылардың құқықтарын қорғау департаментінің')
    expect(parse(sendPage.text).querySelectorAll('input[name="authorities"]')).toHaveLength(0)
    const documents = [...parse(sendPage.text).querySelectorAll('input[name="documents"]')]
      .map((e) => e.getAttribute('value') ?? '')
    const sent = await executor.post(`/kk/cases/${id}/approvals`, { authorities: [], documents })
    expect(sent.status).toBe(303)
    const requests = await t.db.kysely.selectFrom('approval_requests').select('organization_id')
      .where('case_id', '=', id).execute()
    expect(requests).toEqual([{ organization_id: other }])

    const adminId = await officerId(t, 'admin.admin')
    const routing = await listAuditEntries(
      t.db.kysely,
      'approval_authority_route',
      'consumer-protection:aktobe',
    )
    expect(routing.at(-1)).toMatchObject({
      action: 'approval_authority_changed',
      actor_id: adminId,
    })
    expect(JSON.parse(routing.at(-1)!.details)).toEqual({ ...route, previous: KZPP })
    const policy = await listAuditEntries(
      t.db.kysely,
      'approval_policy',
      'aktobe-grain-license:issue',
    )
    expect(policy.at(-1)).toMatchObject({ action: 'approval_policy_set', actor_id: adminId })
    expect(JSON.parse(policy.at(-1)!.details).previous).toMatchObject({
      silence: 'wait',
      authorityChoice: 'executor',
    })
    expect((await verifyAuditChain(t.db.kysely)).ok).toBe(true)
  }, 60_000)

  it('saving what is already set redirects with "unchanged" and adds no audit entry', async () => {
    const count = async () =>
      (await t.db.kysely.selectFrom('audit_entries').select('seq').execute()).length
    const before = await count()
    const current = await t.db.kysely.selectFrom('approval_authority_routes').selectAll()
      .where('kind', '=', 'consumer-protection').executeTakeFirstOrThrow()
    const res = await admin.post('/ru/admin/approvals/authorities', {
      kind: 'consumer-protection',
      region: 'aktobe',
      organizationId: current.organization_id,
    })
    expect(res.headers.get('location')).toBe('/ru/admin/approvals?saved=unchanged')
    const policy = await policyOf(t, 'aktobe-grain-license', 'issue')
    const again = await admin.post('/ru/admin/approvals/policies', {
      [`silence.${ROUTE}`]: policy.silence,
      [`choice.${ROUTE}`]: policy.authorityChoice,
    })
    expect(again.headers.get('location')).toBe('/ru/admin/approvals?saved=unchanged')
    expect(await count()).toBe(before)
  })

  it('refuses the page and both saves to a non-administrator (403), changing nothing', async () => {
    const head = t.client()
    await head.signIn('aktobe-agri.head')
    const before = await policyOf(t, 'aktobe-grain-license', 'issue')
    expect((await head.get('/kk/admin/approvals')).status).toBe(403)
    const route = { kind: 'consumer-protection', region: 'aktobe', organizationId: KZPP }
    expect((await head.post('/kk/admin/approvals/authorities', route)).status).toBe(403)
    const flip = { [`silence.${ROUTE}`]: 'wait', [`choice.${ROUTE}`]: 'executor' }
    expect((await head.post('/kk/admin/approvals/policies', flip)).status).toBe(403)
    expect(await policyOf(t, 'aktobe-grain-license', 'issue')).toEqual(before)
    const row = await t.db.kysely.selectFrom('approval_authority_routes').select('organization_id')
      .where('kind', '=', 'consumer-protection').executeTakeFirstOrThrow()
    expect(row.organization_id).not.toBe(KZPP)
  })

  it('answers 422 with the input kept for a missing kind, an unknown organisation or value', async () => {
    const bad = await admin.post('/ru/admin/approvals/authorities', {
      kind: '',
      region: 'zhambyl',
      organizationId: 'org-zhambyl-agriculture',
    })
    expect(bad.status).toBe(422)
    expect(errorSummary(parse(bad.text))).toEqual([
      ['#kind', 'Выберите вид заинтересованного органа'],
    ])
    expect(selected(bad.text, 'region')).toBe('zhambyl')
    const provider = await admin.post('/ru/admin/approvals/authorities', {
      kind: 'consumer-protection',
      region: 'zhambyl',
      organizationId: 'org-zhambyl-agriculture',
    })
    expect(provider.status).toBe(422)
    expect(errorSummary(parse(provider.text)).map(([href]) => href)).toEqual(['#organizationId'])
    expect(selected(provider.text, 'kind')).toBe('consumer-protection')
    expect(selected(provider.text, 'region')).toBe('zhambyl')

    const before = await policyOf(t, 'aktobe-grain-license', 'issue')
    const value = await admin.post('/kk/admin/approvals/policies', {
      [`silence.${ROUTE}`]: 'forever',
      [`choice.${ROUTE}`]: 'executor',
    })
    expect(value.status).toBe(422)
    expect(errorSummary(parse(value.text))).toEqual([
      [`#silence-${ROUTE.replace('.', '-')}`, 'S1-A, Лицензия беру: мәнді тізімнен таңдаңыз'],
    ])
    expect(checked(value.text, `choice.${ROUTE}`)).toBe('executor')
    expect(checked(value.text, `silence.${ROUTE}`)).toBeUndefined()
    const route = await admin.post('/kk/admin/approvals/policies', {
      'silence.zhambyl-grain-license.issue': 'wait',
    })
    expect(route.status).toBe(422)
    expect(errorSummary(parse(route.text)).map(([href]) => href)).toEqual(['#policies-form'])
    expect(await policyOf(t, 'aktobe-grain-license', 'issue')).toEqual(before)
    const zhambyl = await t.db.kysely.selectFrom('approval_authority_routes').selectAll()
      .where('region', '=', 'zhambyl').execute()
    expect(zhambyl).toEqual([])
    expect(t.missingTranslations).toEqual([])
  })
})
