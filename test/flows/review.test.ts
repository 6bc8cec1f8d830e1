/**
 * The review pages over HTTP: worklists, the case page, one action per step, the race of two
 * officers on one step, refusals for the wrong role, step or organisation, forms kept on 422.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getCase } from '../../src/modules/review/index.ts'
import { createOfficer } from '../../src/modules/identity/index.ts'
import { dialects } from '../helpers/db.ts'
import type { TestApp } from '../helpers/app.ts'
import { errorSummary, fieldValue, h1s, parse } from '../helpers/html.ts'
import { officerClients, openCase, reviewApp, reviewDeps } from '../factories/review.ts'

const ZHAMBYL = 'org-zhambyl-agriculture'
const AKTOBE = 'org-aktobe-agriculture'
const VKO = 'org-east-kazakhstan-akimat'

function versionOf(html: string): string {
  return fieldValue(parse(html), 'version') ?? ''
}

describe.each(dialects)('$name: review pages', ({ name }) => {
  let t: TestApp
  let as: ReturnType<typeof officerClients>
  beforeAll(async () => {
    t = await reviewApp(name)
    as = officerClients(t)
  })
  afterAll(() => t.close())

  it('GET /worklist lists a new case for the office, with its deadlines and a search that finds it', async () => {
    const id = await openCase(t, 'zhambyl-veterinary-license', 'issue')
    const office = await as(ZHAMBYL, 'office_specialist')
    const page = await office.get('/kk/worklist')
    expect(page.status).toBe(200)
    const c = (await getCase(reviewDeps(t), id))!
    expect(page.text).toContain(c.number)
    for (const q of [c.number.toLowerCase(), '050140000656', 'АҚТӨБЕ', 'актобе астык']) {
      const found = await office.get(`/ru/worklist?tab=organization&q=${encodeURIComponent(q)}`)
      expect(found.text, q).toContain(c.number)
    }
    const none = await office.get(
      `/kk/worklist?tab=organization&q=${encodeURIComponent('Жоқ Адам')}`,
    )
    expect(none.text).not.toContain(c.number)
    expect(t.missingTranslations).toEqual([])
  })

  it('POST /registration by two office specialists at once: one 303, one 409, one transition', async () => {
    const id = await openCase(t, 'zhambyl-grain-license', 'issue')
    const office = await as(ZHAMBYL, 'office_specialist')
    const other = t.client()
    await other.signIn('zhambyl-agri.office')
    const page = await office.get(`/kk/cases/${id}`)
    const version = versionOf(page.text)
    const [a, b] = await Promise.all([
      office.post(`/kk/cases/${id}/registration`, { version, outcome: 'done' }),
      other.post(`/kk/cases/${id}/registration`, { version, outcome: 'done' }),
    ])
    expect([a.status, b.status].sort()).toEqual([303, 409])
    const loser = a.status === 409 ? a : b
    expect(h1s(parse(loser.text))[0]).toBe('Өтініш өзгерді')
    const rows = await t.db.kysely.selectFrom('review_transitions').selectAll()
      .where('case_id', '=', id).execute()
    expect(rows).toHaveLength(1)
  })

  it('refuses an action of another step (409), role (403) or organisation (404), changing nothing', async () => {
    const id = await openCase(t, 'zhambyl-grain-license', 'issue')
    const before = (await getCase(reviewDeps(t), id))!
    const version = String(before.version)
    const head = await as(ZHAMBYL, 'head')
    const misfit = await head.post(`/kk/cases/${id}/assignment`, { version, assignee: 'x' })
    expect(misfit.status).toBe(409)
    expect(h1s(parse(misfit.text))[0]).toBe('Әрекет ағымдағы кезеңге қатысты емес')
    const stranger = await as(AKTOBE, 'office_specialist')
    expect((await stranger.get(`/kk/cases/${id}`)).status).toBe(404)
    expect((await stranger.post(`/kk/cases/${id}/registration`, { version })).status).toBe(404)
    const executor = await as(ZHAMBYL, 'executor')
    expect((await executor.post(`/kk/cases/${id}/registration`, { version })).status).toBe(403)
    const after = (await getCase(reviewDeps(t), id))!
    expect(after.version).toBe(before.version)
    expect(after.currentStepId).toBe('register')
  })

  it("refuses the head's step to a deputy head of the same organisation (403)", async () => {
    const id = await openCase(t, 'east-kazakhstan-grain-license', 'issue')
    const office = await as(VKO, 'office_specialist')
    const v = versionOf((await office.get(`/kk/cases/${id}`)).text)
    expect((await office.post(`/kk/cases/${id}/registration`, { version: v })).status).toBe(303)
    const deputy = await as(VKO, 'deputy_head')
    const page = await deputy.get(`/kk/cases/${id}`)
    expect(parse(page.text).querySelector('#assignee')).toBeNull()
    const res = await deputy.post(`/kk/cases/${id}/assignment`, {
      version: String((await getCase(reviewDeps(t), id))!.version),
      assignee: 'x',
    })
    expect(res.status).toBe(403)
    expect((await getCase(reviewDeps(t), id))!.currentStepId).toBe('assign-deputy')
  })

  it('keeps the form and answers 422 for a refusal without a ground or a reason', async () => {
    const id = await openCase(t, 'zhambyl-pesticide-sale-license', 'duplicate')
    const office = await as(ZHAMBYL, 'office_specialist')
    const head = await as(ZHAMBYL, 'head')
    const executor = await as(ZHAMBYL, 'executor')
    let v = versionOf((await office.get(`/kk/cases/${id}`)).text)
    expect((await office.post(`/kk/cases/${id}/registration`, { version: v })).status).toBe(303)
    const assignPage = parse((await head.get(`/kk/cases/${id}`)).text)
    const assignee = [...assignPage.querySelectorAll('#assignee option')]
      .map((o) => o.getAttribute('value')).find(Boolean)!
    v = fieldValue(assignPage, 'version')!
    expect((await head.post(`/kk/cases/${id}/assignment`, { version: v, assignee })).status).toBe(
      303,
    )
    v = versionOf((await executor.get(`/kk/cases/${id}`)).text)
    const res = await executor.post(`/ru/cases/${id}/draft`, {
      version: v,
      outcome: 'refuse',
      comment: 'Мой комментарий',
    })
    expect(res.status).toBe(422)
    const doc = parse(res.text)
    expect(errorSummary(doc).map(([href]) => href)).toEqual(['#grounds', '#reason'])
    expect(fieldValue(doc, 'comment')).toBe('Мой комментарий')
    expect(doc.querySelector('#outcome-2')?.hasAttribute('checked')).toBe(true)
    expect((await getCase(reviewDeps(t), id))!.currentStepId).toBe('draft')
    expect(t.missingTranslations).toEqual([])
  })

  async function toDraft(regulationId: string, subService: string): Promise<string> {
    const id = await openCase(t, regulationId, subService)
    const office = await as(ZHAMBYL, 'office_specialist')
    const head = await as(ZHAMBYL, 'head')
    const v = async () => String((await getCase(reviewDeps(t), id))!.version)
    expect((await office.post(`/kk/cases/${id}/registration`, { version: await v() })).status).toBe(
      303,
    )
    const assignee = [
      ...parse((await head.get(`/kk/cases/${id}`)).text).querySelectorAll('#assignee option'),
    ]
      .map((o) => o.getAttribute('value')).find(Boolean)!
    expect((await head.post(`/kk/cases/${id}/assignment`, { version: await v(), assignee })).status)
      .toBe(303)
    return id
  }

  it('stores a file attached to a step and serves it inline or as a download, only to its organisation', async () => {
    const id = await toDraft('zhambyl-veterinary-license', 'duplicate')
    const executor = await as(ZHAMBYL, 'executor')
    const version = String((await getCase(reviewDeps(t), id))!.version)
    const pdf = new File([new TextEncoder().encode('%PDF-1.7 акт')], 'Акт "тексеру".pdf', {
      type: 'text/html',
    })
    const res = await executor.post(`/kk/cases/${id}/draft`, {
      version,
      outcome: 'grant',
      attachment: pdf,
    })
    expect(res.status).toBe(303)
    const page = parse((await executor.get(`/kk/cases/${id}`)).text)
    const href = [...page.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '')
      .find((h) => h.includes('/attachments/'))!
    const inline = await executor.get(href)
    expect(inline.headers.get('content-type')).toBe('application/pdf')
    expect(inline.headers.get('content-disposition')).toMatch(/^inline; filename="/)
    const download = await executor.get(`${href}?download=1`)
    expect(download.headers.get('content-type')).toBe('application/octet-stream')
    expect(download.headers.get('content-disposition')).toContain(
      "filename*=UTF-8''%D0%90%D0%BA%D1%82%20%22%D1%82%D0%B5%D0%BA%D1%81%D0%B5%D1%80%D1%83%22.pdf",
    )
    const stranger = await as(AKTOBE, 'executor')
    expect((await stranger.get(href)).status).toBe(404)
  })

  it('rejects a file that is not a PDF or an image with 422 and no change', async () => {
    const id = await toDraft('zhambyl-veterinary-license', 'duplicate')
    const executor = await as(ZHAMBYL, 'executor')
    const version = String((await getCase(reviewDeps(t), id))!.version)
    const html = new File(['<script>alert(1)</script>'], 'x.pdf', { type: 'application/pdf' })
    const res = await executor.post(`/kk/cases/${id}/draft`, {
      version,
      outcome: 'grant',
      attachment: html,
    })
    expect(res.status).toBe(422)
    expect(errorSummary(parse(res.text)).map(([href]) => href)).toEqual(['#attachment'])
    expect((await getCase(reviewDeps(t), id))!.currentStepId).toBe('draft')
  })

  it('POST /pause and /resumption stop and restart the clocks; actions wait while paused', async () => {
    const id = await toDraft('zhambyl-grain-license', 'issue')
    const executor = await as(ZHAMBYL, 'executor')
    const v = async () => String((await getCase(reviewDeps(t), id))!.version)
    const empty = await executor.post(`/kk/cases/${id}/pause`, {
      version: await v(),
      pauseReason: ' ',
    })
    expect(empty.status).toBe(422)
    expect(errorSummary(parse(empty.text)).map(([href]) => href)).toEqual(['#pauseReason'])
    const paused = await executor.post(`/kk/cases/${id}/pause`, {
      version: await v(),
      pauseReason: 'Құжат күтілуде',
    })
    expect(paused.status).toBe(303)
    const page = await executor.get(`/kk/cases/${id}`)
    expect(page.text).toContain('Тоқтатылған')
    const blocked = await executor.post(`/kk/cases/${id}/completeness`, {
      version: await v(),
      outcome: 'complete',
    })
    expect(blocked.status).toBe(409)
    expect(h1s(parse(blocked.text))[0]).toBe('Мерзімдер тоқтатылған')
    const office = await as(ZHAMBYL, 'office_specialist')
    expect((await office.post(`/kk/cases/${id}/resumption`, { version: await v() })).status).toBe(
      403,
    )
    expect((await executor.post(`/kk/cases/${id}/resumption`, { version: await v() })).status).toBe(
      303,
    )
    expect((await getCase(reviewDeps(t), id))!.pausedAt).toBeNull()
  })

  it("POST /reassignment lets the head give the executor's step to another executor", async () => {
    const id = await toDraft('zhambyl-grain-license', 'duplicate')
    const head = await as(ZHAMBYL, 'head')
    const version = String((await getCase(reviewDeps(t), id))!.version)
    const bad = await head.post(`/kk/cases/${id}/reassignment`, { version, reassignee: 'nobody' })
    expect(bad.status).toBe(422)
    expect(errorSummary(parse(bad.text)).map(([href]) => href)).toEqual(['#reassignee'])
    const executor = await as(ZHAMBYL, 'executor')
    expect(
      (await executor.post(`/kk/cases/${id}/reassignment`, { version, reassignee: 'x' })).status,
    ).toBe(403)
    const second = await secondExecutor()
    const moved = await head.post(`/kk/cases/${id}/reassignment`, { version, reassignee: second })
    expect(moved.status).toBe(303)
    const c = (await getCase(reviewDeps(t), id))!
    const refused = await executor.post(`/kk/cases/${id}/draft`, {
      version: String(c.version),
      outcome: 'grant',
    })
    expect(refused.status).toBe(403)
    expect(h1s(parse(refused.text))[0]).toBe('Кезең басқа қызметкерге белгіленген')
    const other = t.client()
    await other.signIn('zhambyl-agri.executor2')
    expect(
      (await other.post(`/kk/cases/${id}/draft`, { version: String(c.version), outcome: 'grant' }))
        .status,
    )
      .toBe(303)
  })

  async function secondExecutor(): Promise<string> {
    const existing = await t.db.kysely.selectFrom('identity_accounts').select('id')
      .where('login', '=', 'zhambyl-agri.executor2').executeTakeFirst()
    if (existing) return existing.id
    const hash = await t.db.kysely.selectFrom('identity_accounts').select('password_hash')
      .where('login', '=', 'zhambyl-agri.executor').executeTakeFirstOrThrow()
    const meta = { ip: null, requestId: null, userAgent: null }
    const created = await createOfficer(
      { db: t.db, clock: t.clock } as never,
      null,
      {
        login: 'zhambyl-agri.executor2',
        displayName: 'Ержан Бекұлы',
        organizationId: ZHAMBYL,
        password: '',
        roles: ['executor'],
      },
      meta,
      hash.password_hash,
    )
    if (!created.ok) throw new Error('second executor not created')
    return created.accountId
  }

  it('GET /notifications and the worklist show deadline notifications to the heads', async () => {
    const { runDeadlineAlerts } = await import('../../src/modules/review/index.ts')
    const id = await openCase(t, 'zhambyl-pesticide-production-license', 'duplicate')
    t.clock.advance(45 * 60_000)
    await runDeadlineAlerts(reviewDeps(t))
    const head = await as(ZHAMBYL, 'head')
    const c = (await getCase(reviewDeps(t), id))!
    const list = await head.get('/ru/notifications')
    expect(list.status).toBe(200)
    expect(list.text).toContain(c.number)
    expect(list.text).toContain('Срок этапа истёк')
    expect(t.missingTranslations).toEqual([])
  })

  it('GET /worklist pages by cursor in deadline order, marks overdue cases and filters them', async () => {
    t.clock.set('2026-03-02T05:00:00Z')
    const numbers: string[] = []
    for (let i = 0; i < 27; i++) {
      const id = await openCase(t, 'aktobe-project-management-accreditation', 'accreditation')
      numbers.push((await getCase(reviewDeps(t), id))!.number)
      t.clock.advance(10_000)
    }
    const office = t.client()
    await office.signIn('aktobe-build.office')
    const rows = (html: string) =>
      [...parse(html).querySelectorAll('tbody tr th a')].map((a) => a.textContent?.trim() ?? '')
    const first = await office.get('/kk/worklist')
    expect(rows(first.text)).toEqual(numbers.slice(0, 25))
    const next = parse(first.text).querySelector('a[rel=next]')!.getAttribute('href')!
    const second = await office.get(next)
    expect(rows(second.text)).toEqual(numbers.slice(25))
    expect(parse(second.text).querySelector('a[rel=next]')).toBeNull()
    const back = await office.get(
      parse(second.text).querySelector('a[rel=prev]')!.getAttribute('href')!,
    )
    expect(rows(back.text)).toEqual(numbers.slice(0, 25))
    const overdueTags = (html: string) => parse(html).querySelectorAll('tbody .tag--red').length
    expect(overdueTags(first.text)).toBe(0)
    t.clock.advance(30 * 60_000)
    const late = await office.get('/kk/worklist?deadline=overdue')
    expect(rows(late.text)).toEqual(numbers.slice(0, 25))
    expect(overdueTags(late.text)).toBe(25)
    const today = await office.get('/kk/worklist?deadline=today')
    expect(rows(today.text)).toEqual([])
  })
})
