/**
 * The administration of providers over HTTP, per dialect: an administrator maps a regulation to
 * a new organisation, a new application lands in that organisation's worklist while a registered
 * case stays where it was; others get 403; bad input answers 422 with the choices kept; every
 * change is in the audit trail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listAuditEntries, verifyAuditChain } from '../../src/modules/audit/index.ts'
import { createOfficer, demoPersons } from '../../src/modules/identity/index.ts'
import { providerOf, setProvider } from '../../src/modules/review/index.ts'
import type { TestApp, TestClient } from '../helpers/app.ts'
import { dialects } from '../helpers/db.ts'
import { errorSummary, h1s, parse } from '../helpers/html.ts'
import { applyAll } from '../factories/intake.ts'
import { officerId, reviewApp, reviewDeps } from '../factories/review.ts'

const ZHAMBYL = 'org-zhambyl-agriculture'

function chosen(html: string, regulationId: string): string | undefined {
  const doc = parse(html)
  return doc.querySelector(`#provider-${regulationId} option[selected]`)?.getAttribute('value') ??
    undefined
}

describe.each(dialects)('$name: administration of providers', ({ name }) => {
  let t: TestApp
  let admin: TestClient
  beforeAll(async () => {
    t = await reviewApp(name)
    admin = t.client()
    await admin.signIn('admin.admin')
  })
  afterAll(() => t.close())

  it('GET /admin/providers lists every regulation with its provider, linked from the start page', async () => {
    const start = await admin.get('/kk/admin')
    expect(start.text).toContain('href="/kk/admin/providers"')
    const page = await admin.get('/ru/admin/providers')
    expect(page.status).toBe(200)
    const doc = parse(page.text)
    expect(h1s(doc)).toEqual(['Услугодатели'])
    expect(doc.querySelectorAll('select[name^="provider."]')).toHaveLength(13)
    expect(chosen(page.text, 'zhambyl-grain-license')).toBe(ZHAMBYL)
    const options = [...doc.querySelectorAll('#provider-zhambyl-grain-license option')]
      .map((o) => o.getAttribute('value'))
    expect(options).toContain('org-aktobe-construction')
    expect(options).not.toContain('org-aktobe-consumer-protection')
    expect(page.text).toContain('Жамбылская область')
    expect(t.missingTranslations).toEqual([])
  })

  it(
    'POST /admin/providers sends new applications to the new organisation; a registered case stays',
    async () => {
      // Numbers come from intake's sequence, so both applications go through intake.
      const aliya = {
        service: 'zhambyl-grain-license',
        kind: 'issue',
        applicantType: 'individual',
        applicant: demoPersons.aliya.iin,
      } as const
      const { number: oldNumber } = await applyAll(t, aliya)
      const created = await admin.post('/kk/admin/organizations', {
        kind: 'provider',
        nameKk: 'Жамбыл облысының ауыл шаруашылығы басқармасының Тараз бөлімі',
        nameRu: 'Таразский отдел управления сельского хозяйства Жамбылской области',
        region: 'zhambyl',
      })
      expect(created.status).toBe(303)
      const page = parse((await admin.get('/kk/admin/providers')).text)
      const newOrg = [...page.querySelectorAll('#provider-zhambyl-grain-license option')]
        .find((o) => o.textContent?.includes('Тараз бөлімі'))!.getAttribute('value')!
      const office = await newOffice(newOrg)

      const saved = await admin.post('/kk/admin/providers', {
        'provider.zhambyl-grain-license': newOrg,
        'provider.aktobe-grain-license': 'org-aktobe-agriculture',
      })
      expect(saved.status).toBe(303)
      expect(saved.headers.get('location')).toBe('/kk/admin/providers?saved=1')
      const after = await admin.get('/kk/admin/providers?saved=1')
      expect(after.text).toContain('Өзгерістер сақталды')
      expect(chosen(after.text, 'zhambyl-grain-license')).toBe(newOrg)
      expect(chosen(after.text, 'aktobe-grain-license')).toBe('org-aktobe-agriculture')

      const { number } = await applyAll(t, aliya)
      const theirs = (await office.get('/kk/worklist')).text
      expect(theirs).toContain(number)
      expect(theirs).not.toContain(oldNumber)
      const before = t.client()
      await before.signIn('zhambyl-agri.office')
      const ours = (await before.get('/kk/worklist')).text
      expect(ours).toContain(oldNumber)
      expect(ours).not.toContain(number)
      const cases = await t.db.kysely.selectFrom('review_cases').select([
        'number',
        'organization_id',
      ])
        .where('number', 'in', [number, oldNumber]).orderBy('number').execute()
      expect(Object.fromEntries(cases.map((c) => [c.number, c.organization_id])))
        .toEqual({ [number]: newOrg, [oldNumber]: ZHAMBYL })

      const entries = await listAuditEntries(t.db.kysely, 'regulation', 'zhambyl-grain-license')
      const change = entries.find((e) => e.action === 'provider_changed')!
      expect(change).toMatchObject({
        actor_id: await officerId(t, 'admin.admin'),
        actor_role: 'administrator',
        organization_id: newOrg,
      })
      expect(JSON.parse(change.details)).toEqual({ previous: ZHAMBYL, organizationId: newOrg })
      const untouched = await listAuditEntries(t.db.kysely, 'regulation', 'aktobe-grain-license')
      expect(untouched.map((e) => e.action)).toEqual(['provider_mapped'])
      expect((await verifyAuditChain(t.db.kysely)).ok).toBe(true)
    },
    60_000,
  )

  it('refuses the page and the save to a non-administrator (403), changing nothing', async () => {
    const head = t.client()
    await head.signIn('aktobe-agri.head')
    expect((await head.get('/kk/admin/providers')).status).toBe(403)
    const post = await head.post('/kk/admin/providers', {
      'provider.aktobe-grain-license': 'org-aktobe-construction',
    })
    expect(post.status).toBe(403)
    expect(await providerOf(reviewDeps(t), 'aktobe-grain-license')).toBe('org-aktobe-agriculture')
    const anonymous = await t.client().get('/kk/admin/providers')
    expect(anonymous.status).toBe(303)
    expect(anonymous.headers.get('location')).toMatch(/^\/kk\/login\?/)
  })

  it('answers 422 with the choices kept for an unknown organisation, regulation or none', async () => {
    const bad = await admin.post('/ru/admin/providers', {
      'provider.aktobe-grain-license': 'org-aktobe-construction',
      'provider.aktobe-design-license': 'org-aktobe-consumer-protection',
      'provider.aktobe-survey-license': '',
    })
    expect(bad.status).toBe(422)
    expect(errorSummary(parse(bad.text))).toEqual([
      ['#provider-aktobe-design-license', 'S3: выбрана организация, которой нет в списке'],
      ['#provider-aktobe-survey-license', 'S4: выберите услугодателя'],
    ])
    expect(chosen(bad.text, 'aktobe-grain-license')).toBe('org-aktobe-construction')
    expect(chosen(bad.text, 'aktobe-design-license')).toBe('')
    expect(bad.text).toContain('<title>Ошибка')
    const unknown = await admin.post('/kk/admin/providers', {
      'provider.aktobe-grain-license': 'org-aktobe-construction',
      'provider.no-such-regulation': 'org-aktobe-agriculture',
    })
    expect(unknown.status).toBe(422)
    expect(errorSummary(parse(unknown.text)).map(([href]) => href)).toEqual(['#providers-form'])
    expect(chosen(unknown.text, 'aktobe-grain-license')).toBe('org-aktobe-construction')
    expect(await providerOf(reviewDeps(t), 'aktobe-grain-license')).toBe('org-aktobe-agriculture')
    expect(await providerOf(reviewDeps(t), 'aktobe-design-license')).toBe('org-aktobe-construction')
    expect(t.missingTranslations).toEqual([])
  })

  it('setProvider() refuses an organisation that is not a provider and records nothing for no change', async () => {
    const actor = { accountId: 'admin', ip: null, requestId: null }
    const count = async () =>
      (await listAuditEntries(t.db.kysely, 'regulation', 'almaty-cotton-license')).length
    const before = await count()
    expect(
      await setProvider(reviewDeps(t), {
        regulationId: 'almaty-cotton-license',
        organizationId: 'org-taraz-psc',
      }, actor),
    ).toEqual({
      ok: false,
      problems: [{ regulationId: 'almaty-cotton-license', problem: 'unknown_organization' }],
    })
    expect(
      await setProvider(reviewDeps(t), {
        regulationId: 'almaty-cotton-license',
        organizationId: 'org-almaty-agriculture',
      }, actor),
    ).toEqual({ ok: true, changed: 0 })
    expect(await count()).toBe(before)
  })

  async function newOffice(organizationId: string): Promise<TestClient> {
    const hash = await t.db.kysely.selectFrom('identity_accounts').select('password_hash')
      .where('login', '=', 'zhambyl-agri.office').executeTakeFirstOrThrow()
    const made = await createOfficer(
      { db: t.db, clock: t.clock } as never,
      null,
      {
        login: 'taraz-agri.office',
        displayName: 'Мөлдір Сапарова',
        organizationId,
        password: '',
        roles: ['office_specialist'],
      },
      { ip: null, requestId: null, userAgent: null },
      hash.password_hash,
    )
    expect(made.ok).toBe(true)
    const client = t.client()
    await client.signIn('taraz-agri.office')
    return client
  }
})
