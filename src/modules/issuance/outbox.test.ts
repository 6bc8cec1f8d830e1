import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialects, testDb } from '../../../test/helpers/db.ts'
import type { Db } from '../../db/connect.ts'
import { fixedClock } from '../../lib/clock.ts'
import { loadDocumentFonts } from '../../platform/fonts.ts'
import { syncCatalog } from '../catalog/index.ts'
import { CaseFixture } from './cases.fixture.ts'
import { issueSignedDecision } from './issue.ts'
import type { Mailer, OutgoingMail } from './mail.ts'
import { deliverOutbox, pauseAfter } from './outbox.ts'

const fonts = await loadDocumentFonts()

describe.each(dialects)('$name: deliverOutbox()', ({ name }) => {
  let db: Db
  let fx: CaseFixture
  const clock = fixedClock('2026-03-02T05:00:00Z')
  beforeAll(async () => {
    db = await testDb(name)
    await syncCatalog({ db, clock })
    fx = await CaseFixture.create(db, clock, fonts)
  })
  afterAll(() => db.close())

  it('keeps the notice while there is no mailer, retries a failure later, sends it once', async () => {
    const id = await fx.addCase({
      regulationId: 'aktobe-grain-license',
      lang: 'ru',
      applicant: { email: 'astyk@example.kz' },
    })
    await issueSignedDecision(
      fx.deps({ surveyLinkFor: () => Promise.resolve('/ru/survey/t0k3n') }),
      await fx.signDecision(id),
    )
    expect(await deliverOutbox(fx.deps())).toBe(0)
    const failing: Mailer = { send: () => Promise.reject(new Error('421 try later')) }
    expect(await deliverOutbox(fx.deps({ mailer: failing }))).toBe(0)
    let row = await db.kysely.selectFrom('issuance_outbox').selectAll().executeTakeFirstOrThrow()
    expect([row.attempts, row.last_error, row.sent_at]).toEqual([1, '421 try later', null])
    expect(row.next_attempt_at).toBe(new Date(clock.now().getTime() + 60_000).toISOString())
    const sent: OutgoingMail[] = []
    const working: Mailer = { send: (m) => Promise.resolve(void sent.push(m)) }
    expect(await deliverOutbox(fx.deps({ mailer: working }))).toBe(0)
    clock.advance(61_000)
    const [a, b] = await Promise.all([
      deliverOutbox(fx.deps({ mailer: working })),
      deliverOutbox(fx.deps({ mailer: working })),
    ])
    expect(a + b).toBe(1)
    expect(await deliverOutbox(fx.deps({ mailer: working }))).toBe(0)
    expect(sent).toHaveLength(1)
    expect(sent[0]!.to).toBe('astyk@example.kz')
    expect(sent[0]!.subject).toMatch(/^Лицензия № AKT-LIC-2026-\d{7}$/)
    expect(sent[0]!.text).toContain('https://e-licensing.example.kz/ru/licenses/')
    expect(sent[0]!.text).toContain('https://e-licensing.example.kz/ru/survey/t0k3n')
    row = await db.kysely.selectFrom('issuance_outbox').selectAll().executeTakeFirstOrThrow()
    expect(row.sent_at).not.toBeNull()
  })

  it('pauseAfter() doubles from one minute up to six hours', () => {
    expect([1, 2, 3, 10, 20].map(pauseAfter)).toEqual([
      60_000,
      120_000,
      240_000,
      6 * 3600_000,
      6 * 3600_000,
    ])
  })
})
