/**
 * The registry: unique numbers under concurrent issues, re-issue and duplicate chains, the
 * administrator's status changes, and the issue step a portal result completes by itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../../src/db/connect.ts'
import { fixedClock } from '../../src/lib/clock.ts'
import { syncCatalog } from '../../src/modules/catalog/index.ts'
import { CaseFixture } from '../../src/modules/issuance/cases.fixture.ts'
import { issueSignedDecision, lookupLicense } from '../../src/modules/issuance/index.ts'
import { changeStatus } from '../../src/modules/issuance/registry.ts'
import { findEvents, findLicenseByNumber } from '../../src/modules/issuance/repo.ts'
import { loadDocumentFonts } from '../../src/platform/fonts.ts'
import { dialects, testDb } from '../helpers/db.ts'

const fonts = await loadDocumentFonts()
const admin = { accountId: 'admin-1', name: { kk: 'Әкімші', ru: 'Администратор' } }

describe.each(dialects)('$name: the license registry', ({ name }) => {
  let db: Db
  let fx: CaseFixture
  beforeAll(async () => {
    db = await testDb(name)
    const clock = fixedClock('2026-03-02T05:00:00Z')
    await syncCatalog({ db, clock })
    fx = await CaseFixture.create(db, clock, fonts)
  })
  afterAll(() => db.close())

  async function issue(input: Parameters<CaseFixture['addCase']>[0]) {
    const id = await fx.addCase(input)
    return await issueSignedDecision(fx.deps(), await fx.signDecision(id))
  }

  it('issueSignedDecision() gives 50 concurrent issues 50 distinct numbers in sequence', async () => {
    const ids = await Promise.all(
      Array.from({ length: 50 }, () =>
        fx.addCase({
          regulationId: 'almaty-cotton-license',
          organizationId: 'org-almaty-agriculture',
        })),
    )
    const handoffs = await Promise.all(ids.map((id) => fx.signDecision(id)))
    const docs = await Promise.all(handoffs.map((h) => issueSignedDecision(fx.deps(), h)))
    const numbers = docs.map((d) => d.number)
    expect(new Set(numbers).size).toBe(50)
    expect(numbers.map((n) => Number(n.slice(-7))).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 50 }, (_, i) => i + 1),
    )
    for (const n of numbers) expect(n).toMatch(/^ALM-LIC-2026-\d{7}$/)
  })

  it('issueSignedDecision() delivered twice issues one document', async () => {
    const id = await fx.addCase({ regulationId: 'aktobe-grain-license' })
    const handoff = await fx.signDecision(id)
    const [a, b] = await Promise.all([
      issueSignedDecision(fx.deps(), handoff),
      issueSignedDecision(fx.deps(), handoff),
    ])
    expect(a.id).toBe(b.id)
    const again = await issueSignedDecision(fx.deps(), handoff)
    expect(again.id).toBe(a.id)
  })

  it('issueSignedDecision() refuses a hand-off whose signature is not the decision', async () => {
    const id = await fx.addCase({ regulationId: 'aktobe-grain-license' })
    const handoff = await fx.signDecision(id)
    await expect(issueSignedDecision(fx.deps(), { ...handoff, documentHash: '0'.repeat(64) }))
      .rejects.toThrow(/no signed request/)
  })

  it('a duplicate copies the license; a re-issue supersedes it with a new number', async () => {
    const original = await issue({ regulationId: 'aktobe-grain-license' })
    const particulars = { licenseNumber: original.number.toLowerCase() }
    const dup1 = await issue({
      regulationId: 'aktobe-grain-license',
      subService: 'duplicate',
      particulars,
    })
    const dup2 = await issue({
      regulationId: 'aktobe-grain-license',
      subService: 'duplicate',
      particulars,
    })
    expect([dup1.number, dup1.copy_no, dup2.copy_no]).toEqual([original.number, 1, 2])
    expect((await findLicenseByNumber(db.kysely, original.number))!.status).toBe('duplicate_issued')
    const reissued = await issue({
      regulationId: 'aktobe-grain-license',
      subService: 'reissue',
      particulars,
    })
    expect(reissued.number).not.toBe(original.number)
    const old = (await findLicenseByNumber(db.kysely, original.number))!
    const fresh = (await findLicenseByNumber(db.kysely, reissued.number))!
    expect([old.status, old.replaced_by_id, fresh.replaces_id]).toEqual([
      'reissued',
      fresh.id,
      old.id,
    ])
    expect((await findEvents(db.kysely, old.id)).map((e) => e.kind)).toEqual([
      'issued',
      'duplicate_issued',
      'duplicate_issued',
      'reissued',
    ])
    const second = await issue({
      regulationId: 'aktobe-grain-license',
      subService: 'reissue',
      particulars: { licenseNumber: reissued.number },
    })
    expect((await findLicenseByNumber(db.kysely, reissued.number))!.replaced_by_id).not.toBeNull()
    expect((await findLicenseByNumber(db.kysely, second.number))!.status).toBe('active')
    // The superseded license is final: a duplicate of it is only a reference, not a link.
    const late = await issue({
      regulationId: 'aktobe-grain-license',
      subService: 'duplicate',
      particulars,
    })
    expect(late.license_id).toBeNull()
    expect((await findLicenseByNumber(db.kysely, original.number))!.status).toBe('reissued')
  })

  it('a license number typed by another holder is not linked to their license', async () => {
    const theirs = await issue({ regulationId: 'aktobe-grain-license' })
    const mine = await issue({
      regulationId: 'aktobe-grain-license',
      subService: 'reissue',
      applicant: { bin: '980540000034' },
      particulars: { licenseNumber: theirs.number },
    })
    expect((await findLicenseByNumber(db.kysely, theirs.number))!.status).toBe('active')
    expect((await findLicenseByNumber(db.kysely, mine.number))!.replaces_id).toBeNull()
  })

  it('changeStatus() suspends, resumes and terminates with a reason, at the version seen', async () => {
    const doc = await issue({ regulationId: 'aktobe-grain-license' })
    const row = (await findLicenseByNumber(db.kysely, doc.number))!
    const change = (action: 'suspend' | 'resume' | 'terminate', version: number) =>
      changeStatus(fx.deps(), {
        licenseId: row.id,
        action,
        reason: 'Сот шешімі № 2-15/2026',
        expectedVersion: version,
        actor: admin,
      })
    expect(await change('resume', row.version)).toEqual({ ok: false, refusal: 'notAllowed' })
    expect(await change('suspend', row.version)).toEqual({ ok: true })
    expect(await change('suspend', row.version)).toEqual({ ok: false, refusal: 'notAllowed' })
    expect(await change('resume', row.version)).toEqual({ ok: false, refusal: 'changed' })
    expect(await change('resume', row.version + 1)).toEqual({ ok: true })
    expect(await change('terminate', row.version + 2)).toEqual({ ok: true })
    expect(await change('suspend', row.version + 3)).toEqual({ ok: false, refusal: 'notAllowed' })
    const events = await findEvents(db.kysely, row.id)
    expect(events.map((e) => [e.kind, e.reason, e.actor_account_id])).toEqual([
      ['issued', null, null],
      ['suspended', 'Сот шешімі № 2-15/2026', 'admin-1'],
      ['resumed', 'Сот шешімі № 2-15/2026', 'admin-1'],
      ['terminated', 'Сот шешімі № 2-15/2026', 'admin-1'],
    ])
    const found = await lookupLicense(fx.deps(), { number: doc.number, client: 'registry-test' })
    expect(found.kind === 'found' && found.license.status).toBe('terminated')
  })

  it('a portal result completes the issue step as the system; an office result waits', async () => {
    const portal = await fx.addCase({ regulationId: 'aktobe-grain-license', channel: 'portal' })
    const office = await fx.addCase({ regulationId: 'aktobe-grain-license', channel: 'office' })
    const p = await issueSignedDecision(fx.deps(), await fx.signDecision(portal))
    const o = await issueSignedDecision(fx.deps(), await fx.signDecision(office))
    expect(p.delivered_at).not.toBeNull()
    expect(o.delivered_at).toBeNull()
    const done = fx.completed.filter((c) => c.caseId === portal || c.caseId === office)
    expect(done.map((c) => [c.caseId, c.outcome, c.actor.accountId, [...c.actor.roles]])).toEqual([
      [portal, 'done', 'system', ['office_specialist']],
    ])
    expect(fx.cases.get(office)!.state.stepKind).toBe('issue')
  })
})
