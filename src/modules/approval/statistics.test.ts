import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../../db/connect.ts'
import { fixedClock } from '../../lib/clock.ts'
import { dialects, testDb } from '../../../test/helpers/db.ts'
import { approvalStatistics } from './statistics.ts'
import type { NewRequestRow } from './tables.ts'

const DUE = '2026-03-10T05:00:00.000Z'

describe.each(dialects)('$name: approvalStatistics()', ({ name }) => {
  let db: Db
  const clock = fixedClock('2026-03-20T05:00:00Z')
  beforeAll(async () => {
    db = await testDb(name)
    const rows: Array<Partial<NewRequestRow> & { id: string; organization_id: string }> = [
      {
        id: 'on-time',
        organization_id: 'org-a',
        answered_at: '2026-03-05T05:00:00.000Z',
        outcome: 'consent',
      },
      {
        id: 'late',
        organization_id: 'org-a',
        answered_at: '2026-03-11T05:00:00.000Z',
        outcome: 'objection',
      },
      { id: 'silent', organization_id: 'org-a' },
      { id: 'deemed', organization_id: 'org-a', outcome: 'deemed_agreed' },
      { id: 'withdrawn', organization_id: 'org-a', withdrawn_at: '2026-03-04T05:00:00.000Z' },
      {
        id: 'other',
        organization_id: 'org-b',
        answered_at: '2026-03-04T05:00:00.000Z',
        outcome: 'consent',
      },
      { id: 'april', organization_id: 'org-a', sent_at: '2026-04-02T05:00:00.000Z' },
    ]
    // One round (one case) per request: an authority is asked once per round.
    await db.kysely.insertInto('approval_rounds').values(rows.map((r) => ({
      id: r.id,
      case_id: r.id,
      case_number: 'AKT-2026-000001',
      provider_id: 'org-p',
      regulation_id: 'aktobe-grain-license',
      regulation_version_id: 'v1',
      sub_service: 'issue',
      step_id: 'approval',
      draft_decision: 'grant',
      entered_at: '2026-03-02T05:00:00.000Z',
    }))).execute()
    for (const r of rows) {
      await db.kysely.insertInto('approval_requests').values(request(r)).execute()
    }
  })
  afterAll(() => db.close())

  it("approvalStatistics() counts each authority's requests of the period, on time and late", async () => {
    const stats = await approvalStatistics({ db, clock }, {
      from: '2026-03-01T00:00:00Z',
      to: '2026-04-01T00:00:00Z',
    })
    expect(stats).toEqual([
      {
        organizationId: 'org-a',
        name: { kk: 'А органы', ru: 'Орган А' },
        received: 5,
        answered: 2,
        onTime: 1,
        late: 1,
        overdue: 2,
        deemedAgreed: 1,
        withdrawn: 1,
        consents: 1,
        objections: 1,
        consentRate: 0.5,
      },
      expect.objectContaining({ organizationId: 'org-b', received: 1, onTime: 1, consentRate: 1 }),
    ])
  })

  it('approvalStatistics() keeps to one authority when asked, and has no rate before any verdict', async () => {
    const stats = await approvalStatistics({ db, clock }, {
      from: '2026-04-01T00:00:00Z',
      to: '2026-05-01T00:00:00Z',
      organizationId: 'org-a',
    })
    expect(stats).toEqual([
      expect.objectContaining({ received: 1, answered: 0, overdue: 0, consentRate: null }),
    ])
  })
})

function request(
  r: Partial<NewRequestRow> & { id: string; organization_id: string },
): NewRequestRow {
  const a = r.organization_id === 'org-a'
  return {
    round_id: r.id,
    case_id: r.id,
    case_number: 'AKT-2026-000001',
    provider_id: 'org-p',
    authority_kind: 'consumer-protection',
    authority_name_kk: a ? 'А органы' : 'Б органы',
    authority_name_ru: a ? 'Орган А' : 'Орган Б',
    snapshot: '{}',
    sent_at: '2026-03-02T05:00:00.000Z',
    due_at: r.sent_at ? '2026-04-09T05:00:00.000Z' : DUE,
    version: 1,
    ...r,
  }
}
