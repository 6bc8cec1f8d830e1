/**
 * The working-day calendar page for administrators, and the rule for editing it under running
 * cases: the edit is allowed and audited, a running case keeps the deadlines it has reached,
 * and only deadlines computed after the edit use it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listAuditEntries } from '../../src/modules/audit/index.ts'
import { getCase } from '../../src/modules/review/index.ts'
import { toAlmaty } from '../../src/modules/sla/index.ts'
import { dialects } from '../helpers/db.ts'
import type { TestApp, TestClient } from '../helpers/app.ts'
import { errorSummary, fieldValue, h1s, parse } from '../helpers/html.ts'
import { openCase, reviewApp, reviewDeps } from '../factories/review.ts'

describe.each(dialects)('$name: /admin/calendar', ({ name }) => {
  let t: TestApp
  let admin: TestClient
  beforeAll(async () => {
    t = await reviewApp(name)
    admin = t.client()
    await admin.signIn('admin.admin')
  })
  afterAll(() => t.close())

  it("GET lists the year's days with their kind, holiday and status in both languages", async () => {
    const kk = parse((await admin.get('/kk/admin/calendar?year=2026')).text)
    expect(h1s(kk)).toEqual(['Жұмыс күндерінің күнтізбесі'])
    expect(kk.querySelector('table')?.textContent).toContain('Наурыз мейрамы')
    const ru = await admin.get('/ru/admin/calendar?year=2025')
    expect(ru.text).toContain('Рассчитано, требует подтверждения')
    expect(t.missingTranslations).toEqual([])
  })

  it('POST /days refuses a weekend day off and a working weekday with 422, keeping the input', async () => {
    const res = await admin.post('/kk/admin/calendar/days', {
      date: '2026-04-04',
      kind: 'decree',
      note: 'Қаулы № 1',
    })
    expect(res.status).toBe(422)
    const doc = parse(res.text)
    expect(errorSummary(doc).map(([href]) => href)).toEqual(['#kind'])
    expect(fieldValue(doc, 'note')).toBe('Қаулы № 1')
    const missing = await admin.post('/kk/admin/calendar/days', {
      date: '2026-04-06',
      kind: 'holiday',
    })
    expect(missing.status).toBe(422)
    expect(errorSummary(parse(missing.text)).map(([href]) => href)).toEqual(['#holiday'])
  })

  it('a running case keeps its deadline when a day off is removed; later cases and the audit trail see the edit', async () => {
    t.clock.set('2026-03-02T05:00:00Z')
    const running = await openCase(t, 'zhambyl-grain-license', 'issue')
    const before = (await getCase(reviewDeps(t), running))!
    expect(toAlmaty(new Date(before.dueAt))).toBe('2026-03-27 10:00')
    const removed = await admin.post('/kk/admin/calendar/days/2026-03-24/removal', {})
    expect(removed.status).toBe(303)
    const after = (await getCase(reviewDeps(t), running))!
    expect(after.dueAt).toBe(before.dueAt)
    const later =
      (await getCase(reviewDeps(t), await openCase(t, 'zhambyl-grain-license', 'issue')))!
    expect(toAlmaty(new Date(later.dueAt))).toBe('2026-03-26 10:00')
    const audit = await listAuditEntries(t.db.kysely, 'calendar_day', '2026-03-24')
    expect(audit.map((a) => [a.action, a.actor_role])).toEqual([[
      'calendar_day_removed',
      'administrator',
    ]])
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ kind: 'moved', holiday: 'nauryz' })
    const added = await admin.post('/kk/admin/calendar/days', {
      date: '2026-03-24',
      kind: 'moved',
      holiday: 'nauryz',
    })
    expect(added.status).toBe(303)
    const back =
      (await getCase(reviewDeps(t), await openCase(t, 'zhambyl-grain-license', 'issue')))!
    expect(toAlmaty(new Date(back.dueAt))).toBe('2026-03-27 10:00')
  })

  it('POST /confirmation confirms a computed day and /years adds a computed year once', async () => {
    expect((await admin.post('/kk/admin/calendar/days/2025-01-07/confirmation', {})).status).toBe(
      303,
    )
    expect((await admin.post('/kk/admin/calendar/days/2025-01-07/confirmation', {})).status).toBe(
      404,
    )
    const row = await t.db.kysely.selectFrom('sla_calendar_days').selectAll().where(
      'date',
      '=',
      '2025-01-07',
    )
      .executeTakeFirstOrThrow()
    expect([row.status, row.confirmed_by !== null]).toEqual(['published', true])
    const wrong = await admin.post('/kk/admin/calendar/years', {
      year: '2028',
      kurbanAit: '2027-05-05',
    })
    expect(wrong.status).toBe(422)
    expect(errorSummary(parse(wrong.text)).map(([href]) => href)).toEqual(['#kurbanAit'])
    expect(
      (await admin.post('/kk/admin/calendar/years', { year: '2028', kurbanAit: '2028-05-04' }))
        .status,
    ).toBe(303)
    const year = await t.db.kysely.selectFrom('sla_calendar_days').select(['date', 'status'])
      .where('date', '>=', '2028-01-01').where('date', '<=', '2028-12-31').execute()
    expect(year.length).toBeGreaterThan(8)
    expect(year.every((d) => d.status === 'computed')).toBe(true)
    await admin.post('/kk/admin/calendar/years', { year: '2028', kurbanAit: '2028-05-04' })
    const again = await t.db.kysely.selectFrom('sla_calendar_days').select('date')
      .where('date', '>=', '2028-01-01').where('date', '<=', '2028-12-31').execute()
    expect(again.length).toBe(year.length)
  })

  it('is for administrators only', async () => {
    const office = t.client()
    await office.signIn('zhambyl-agri.office')
    expect((await office.get('/kk/admin/calendar')).status).toBe(403)
  })
})
