/**
 * The survey over HTTP: a one-time link from a result notice (made here through the survey's
 * own API for a case, since the notice's delivery is issuance's), a kiosk registered by the
 * quality team and answered anonymously, paper entry, the indicators page and the exports.
 */
import { gzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { demoApplicants, demoOfficers } from '../../src/modules/identity/index.ts'
import { registerCase } from '../../src/modules/review/index.ts'
import {
  createSurveyLink,
  lifecyclePorts,
  type SurveyCase,
  surveyLinkFor,
} from '../../src/modules/survey/index.ts'
import { getRegulationInForce } from '../../src/modules/catalog/index.ts'
import { createTestApp, TEST_ORIGIN, type TestApp } from '../helpers/app.ts'
import { dialects } from '../helpers/db.ts'
import { errorSummary, fieldValue, h1s, parse } from '../helpers/html.ts'

const ANALYST =
  demoOfficers().find((o) =>
    o.role === 'quality_analyst' && o.org.id === 'org-zhambyl-agriculture'
  )!.login

describe.each(dialects)('$name: the survey over HTTP', ({ name }) => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp({ dialect: name, demo: true })
  })
  afterEach(async () => {
    expect(t.missingTranslations).toEqual([])
    await t.close()
  })

  const answerCount = async () =>
    (await t.db.kysely.selectFrom('survey_answers').selectAll().execute()).length

  async function link(regulationId = 'almaty-cotton-license', lang: 'kk' | 'ru' = 'ru') {
    const version = (await getRegulationInForce(t, regulationId, t.clock.now()))!
    const facts: SurveyCase = {
      caseId: crypto.randomUUID(),
      regulationId,
      regulationVersionId: version.id,
      providerId: 'org-almaty-agriculture',
      channel: 'portal',
      lang,
      applicantAccountId: null,
    }
    const deps = {
      db: t.db,
      clock: t.clock,
      publicOrigin: t.config.publicOrigin,
      providers: () => Promise.resolve([]),
    }
    return (await createSurveyLink(deps, facts))!.path
  }

  it('a link shows the regulation wording in Russian and stores one answer; reuse says so', async () => {
    const path = await link()
    const c = t.client()
    const page = await c.get(path)
    expect(page.status).toBe(200)
    expect(page.headers.get('referrer-policy')).toBe('no-referrer')
    const doc = parse(page.text)
    expect(h1s(doc)).toEqual([
      'Форма анкеты для определения показателей электронной государственной услуги: «качество» и «доступность»',
    ])
    expect(doc.querySelector('legend')?.textContent).toContain(
      'Удовлетворены ли Вы качеством процесса',
    )
    expect([...doc.querySelectorAll('label[for^="q1"]')].map((l) => l.textContent)).toEqual([
      'не удовлетворен(а)',
      'частично удовлетворен(а)',
      'удовлетворен(а)',
    ])
    // The first round trip (14 KB): the page and its stylesheet, compressed.
    const css = await c.get(doc.querySelector('link[rel="stylesheet"]')!.getAttribute('href')!)
    expect(gzipSync(page.text + css.text).length).toBeLessThan(14 * 1024)
    const res = await c.post(path, { q1: '3', q2: '2', comment: 'Всё быстро' })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/ru/survey/thanks')
    expect((await c.get('/ru/survey/thanks')).status).toBe(200)
    const again = await c.post(path, { q1: '1', q2: '1' })
    expect(again.status).toBe(409)
    expect(h1s(parse(again.text))).toEqual(['На анкету уже ответили'])
    expect(h1s(parse((await c.get(path)).text))).toEqual(['На анкету уже ответили'])
    expect(await answerCount()).toBe(1)
  })

  it('a forged link is "not valid" and stores nothing', async () => {
    const path = await link()
    const forged = path.slice(0, -4) + 'AAAA'
    const res = await t.client().post(forged, { q1: '3', q2: '3' })
    expect(res.status).toBe(404)
    expect(h1s(parse(res.text))).toEqual(['Ссылка недействительна'])
    expect((await t.client().get('/ru/survey/not-a-token')).status).toBe(404)
    expect(await answerCount()).toBe(0)
  })

  it('answers outside the options, a 100 000-character comment and HTML are a 422, kept safely', async () => {
    const path = await link('zhambyl-grain-license', 'kk')
    const c = t.client()
    const empty = await c.post(path, {})
    expect(empty.status).toBe(422)
    expect(errorSummary(parse(empty.text)).map(([href]) => href)).toEqual(['#q1', '#q2'])
    const outside = await c.post(path, { q1: '4', q2: '0', comment: '<script>alert(1)</script>' })
    expect(outside.status).toBe(422)
    expect(outside.text).not.toContain('<script>alert(1)')
    expect(outside.text).toContain('>&lt;script&gt;alert(1)&lt;/script&gt;</textarea>')
    const long = await c.post(path, { q1: '3', q2: '3', comment: 'ә'.repeat(100_000) })
    expect(long.status).toBe(422)
    const doc = parse(long.text)
    expect(errorSummary(doc)).toEqual([[
      '#comment',
      'Пікір 2000 таңбадан ұзын болды, сондықтан 2000 таңбаға дейін қысқартылды: тексеріп, қайта жіберіңіз',
    ]])
    expect(fieldValue(doc, 'comment')).toHaveLength(2000)
    expect(await answerCount()).toBe(0)
    expect((await c.post(path, { q1: '3', q2: '3', comment: '<b>ok</b>' })).status).toBe(303)
  })

  it('a kiosk registered by the quality team takes anonymous answers, once per form, not too fast', async () => {
    const staff = t.client()
    await staff.signIn(ANALYST)
    expect((await staff.get('/kk/quality/kiosks')).status).toBe(200)
    const bad = await staff.post('/kk/quality/kiosks', {
      providerId: 'org-zhambyl-agriculture',
      name: '',
      minIntervalSeconds: '2',
      maxPerHour: 'x',
    })
    expect(bad.status).toBe(422)
    expect(errorSummary(parse(bad.text)).map(([h]) => h)).toEqual([
      '#name',
      '#minIntervalSeconds',
      '#maxPerHour',
    ])
    const made = await staff.post('/kk/quality/kiosks', {
      providerId: 'org-zhambyl-agriculture',
      name: 'Планшет 1',
      minIntervalSeconds: '30',
      maxPerHour: '60',
    })
    expect(made.status).toBe(303)
    const kioskPath = made.headers.get('location')!
    expect(kioskPath).toMatch(/^\/kk\/kiosk\/[0-9a-f]{32}$/)
    expect(made.headers.getSetCookie().join()).toMatch(/kiosk=[^;]+;.*HttpOnly/i)
    expect((await staff.get(kioskPath)).text).toContain('Сіз жүйеге кірген күйдесіз')
    const tablet = t.client()
    tablet.cookies.set('kiosk', staff.cookies.get('kiosk')!)
    expect((await t.client().get(kioskPath)).status).toBe(404)
    const choose = parse((await tablet.get(kioskPath)).text)
    expect(choose.querySelectorAll('input[name="service"]')).toHaveLength(5)
    expect(choose.querySelector('.banner')).toBeNull()
    const form = parse((await tablet.get(`${kioskPath}?service=zhambyl-grain-license`)).text)
    const formKey = fieldValue(form, 'formKey')!
    const body = { service: 'zhambyl-grain-license', formKey, q1: '2', q2: '3' }
    const first = await tablet.post(kioskPath, body)
    expect(first.status).toBe(303)
    expect(first.headers.get('location')).toBe(`${kioskPath}/thanks`)
    expect((await tablet.post(kioskPath, body)).status).toBe(409)
    const next = parse((await tablet.get(`${kioskPath}?service=zhambyl-grain-license`)).text)
    const soon = await tablet.post(kioskPath, { ...body, formKey: fieldValue(next, 'formKey')! })
    expect(soon.status).toBe(429)
    expect(soon.headers.get('retry-after')).toBe('30')
    expect(fieldValue(parse(soon.text), 'formKey')).toBe(fieldValue(next, 'formKey'))
    const rows = await t.db.kysely.selectFrom('survey_answers').select([
      'source',
      'provider_id',
      'answered_on',
    ]).execute()
    expect(rows).toEqual([{
      source: 'kiosk',
      provider_id: 'org-zhambyl-agriculture',
      answered_on: '2026-03-02',
    }])
  })

  it('paper entry marks the form, uses the default wording where the regulation has none', async () => {
    const c = t.client()
    await c.signIn(ANALYST)
    expect((await c.get('/ru/quality/paper')).status).toBe(200)
    const form = await c.get('/ru/quality/paper/aktobe-grain-license')
    expect(form.text).toContain('В регламенте этой услуги нет анкеты')
    const future = await c.post('/ru/quality/paper/aktobe-grain-license', {
      answeredOn: '2026-03-03',
      channel: 'office',
      q1: '3',
      q2: '3',
    })
    expect(future.status).toBe(422)
    expect(errorSummary(parse(future.text))).toEqual([[
      '#answeredOn',
      'Дата в анкете не может быть в будущем',
    ]])
    const saved = await c.post('/ru/quality/paper/aktobe-grain-license', {
      answeredOn: '2026-02-20',
      channel: 'office',
      q1: '3',
      q2: '2',
    })
    expect(saved.status).toBe(303)
    const rows = await t.db.kysely.selectFrom('survey_answers').select([
      'source',
      'wording_basis',
      'answered_on',
    ]).execute()
    expect(rows).toEqual([{ source: 'paper', wording_basis: 'default', answered_on: '2026-02-20' }])
  })

  it('the indicators page, CSV exports and report are for the quality team only', async () => {
    const path = await link()
    await t.client().post(path, { q1: '3', q2: '1', comment: '=cmd|"/c calc"!A1' })
    const applicant = t.client()
    await applicant.signIn(demoApplicants()[0]!.login)
    expect((await applicant.get('/ru/quality')).status).toBe(403)
    const c = t.client()
    await c.signIn(ANALYST)
    const page = await c.get(
      '/ru/quality?from=2026-03-01&to=2026-03-02&service=almaty-cotton-license',
    )
    expect(page.status).toBe(200)
    const doc = parse(page.text)
    // Shares, the two monthly trends of the survey, and cases decided on time by month.
    expect(doc.querySelectorAll('svg[role="img"]')).toHaveLength(4)
    expect(doc.querySelector('#trend-decided-title')?.textContent).toBe(
      'Доля заявлений, решённых в общий срок, по месяцам',
    )
    expect(page.text).toContain('Качество — 1 ответ')
    const none = await c.get('/ru/quality?service=aktobe-grain-license')
    expect(none.text).toContain('В регламенте услуги «Выдача лицензии')
    const wrong = await c.get('/ru/quality?from=2026-03-05&to=2026-03-01')
    expect(wrong.status).toBe(422)
    expect(errorSummary(parse(wrong.text))).toHaveLength(1)
    const csv = await c.get('/ru/quality/answers.csv?from=2026-03-01&to=2026-03-02')
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    // Response.text() drops a byte order mark, so read the bytes themselves.
    const cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
    const raw = await t.app.request(`${TEST_ORIGIN}/ru/quality/answers.csv`, {
      headers: { cookie },
    })
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(csv.text).toContain(`"'=cmd|""/c calc""!A1"`)
    const ind = await c.get('/ru/quality/indicators.csv?from=2026-03-01&to=2026-03-02')
    expect(ind.text.split('\r\n')[0]).toBe(
      'Раздел,Показатель,Месяц,Всего,Количество,Доля,Нижняя граница 95-процентного интервала,Верхняя граница 95-процентного интервала',
    )
    expect(
      (await c.get(
        '/ru/quality/report?from=2026-03-01&to=2026-03-02&provider=org-almaty-agriculture',
      )).status,
    ).toBe(200)
  })

  it('a case review registered: its link from the wired ports, and the cabinet of its applicant only', async () => {
    const version = (await getRegulationInForce(t, 'almaty-cotton-license', t.clock.now()))!
    const applicant = demoApplicants()[0]!
    const account = await t.db.kysely.selectFrom('identity_accounts').select('id')
      .where('login', '=', applicant.login).executeTakeFirstOrThrow()
    const review = { db: t.db, clock: t.clock }
    const caseId = crypto.randomUUID().replaceAll('-', '')
    await registerCase(review, {
      id: caseId,
      number: 'ALM-2026-000001',
      regulationId: 'almaty-cotton-license',
      regulationVersionId: version.id,
      subService: 'issue',
      channel: 'portal',
      lang: 'ru',
      applicant: {
        accountId: account.id,
        type: 'individual',
        iin: applicant.login,
        bin: null,
        name: { kk: applicant.kk, ru: applicant.ru },
        address: null,
        phone: null,
        email: null,
      },
      documents: [],
      submittedAt: t.clock.now().toISOString(),
    }, t.clock.now())
    const deps = {
      db: t.db,
      clock: t.clock,
      publicOrigin: t.config.publicOrigin,
      ...lifecyclePorts({ review, intake: { db: t.db, signatures: undefined as never } }),
    }
    const link = (await surveyLinkFor(deps, caseId))!
    expect(link.url).toMatch(new RegExp(`^${t.config.publicOrigin}/ru/survey/`))
    const invitation = await t.db.kysely.selectFrom('survey_invitations').selectAll()
      .executeTakeFirstOrThrow()
    expect(invitation).toMatchObject({ provider_id: 'org-almaty-agriculture', region: 'almaty' })
    const other = t.client()
    await other.signIn(demoApplicants()[1]!.login)
    expect((await other.get(`/ru/survey/cases/${caseId}`)).status).toBe(404)
    const owner = t.client()
    await owner.signIn(applicant.login)
    expect((await owner.get(`/ru/survey/cases/${caseId}`)).status).toBe(200)
    expect((await owner.post(`/ru/survey/cases/${caseId}`, { q1: '3', q2: '3' })).status).toBe(303)
    expect((await owner.post(`/ru/survey/cases/${caseId}`, { q1: '1', q2: '1' })).status).toBe(409)
    expect((await t.client().post(new URL(link.url).pathname, { q1: '1', q2: '1' })).status).toBe(
      409,
    )
    const rows = await t.db.kysely.selectFrom('survey_answers').select(['source', 'q1']).execute()
    expect(rows).toEqual([{ source: 'cabinet', q1: 3 }])
  })

  it('the accessibility questions appear once switched on, and their answers are kept', async () => {
    const c = t.client()
    await c.signIn(ANALYST)
    const path = await link()
    expect(parse((await t.client().get(path)).text).querySelector('[name="appliedHow"]')).toBeNull()
    expect((await c.post('/kk/quality/settings', { accessibility: 'maybe' })).status).toBe(422)
    expect((await c.post('/kk/quality/settings', { accessibility: 'on' })).status).toBe(303)
    const form = parse((await t.client().get(path)).text)
    expect(form.querySelectorAll('[name="connection"]')).toHaveLength(4)
    expect(
      (await t.client().post(path, {
        q1: '2',
        q2: '2',
        appliedHow: 'psc',
        connection: 'mobile',
        neededHelp: 'nope',
      })).status,
    ).toBe(422)
    expect(
      (await t.client().post(path, { q1: '2', q2: '2', appliedHow: 'psc', connection: 'mobile' }))
        .status,
    ).toBe(303)
    const row = await t.db.kysely.selectFrom('survey_answers').select([
      'applied_how',
      'connection',
      'needed_help',
    ]).executeTakeFirstOrThrow()
    expect(row).toEqual({ applied_how: 'psc', connection: 'mobile', needed_help: null })
  })
})
