/**
 * The payment gateway's callback, per dialect: only a notice signed with the shared secret
 * counts; a replayed notice, a tampered one, another amount or an unknown payment changes
 * nothing; the stand-in's own "confirm" goes through the same endpoint.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoPersons } from '../../src/modules/identity/index.ts'
import { CALLBACK_PATH, SIGNATURE_HEADER } from '../../src/modules/intake/index.ts'
import { hmacBase64Url } from '../../src/lib/ids.ts'
import { createTestApp, TEST_ORIGIN, type TestApp } from '../helpers/app.ts'
import { dialects } from '../helpers/db.ts'
import { payThroughStandIn, redirected, startPortalDraft } from '../factories/intake.ts'

const SECRET = 'test-payment-secret-test-payment-secret-0'

describe.each(dialects)('$name: the payment callback', ({ name }) => {
  let t: TestApp
  let paymentId: string
  let base: string
  beforeAll(async () => {
    t = await createTestApp({ dialect: name, demo: true, env: { PAYMENT_GATEWAY_SECRET: SECRET } })
    const c = t.client()
    await c.signIn(demoPersons.aliya.iin)
    base = await startPortalDraft(c, 'zhambyl-veterinary-license', 'issue')
    const gateway = redirected(await c.post(`${base}/payment`, {}))
    paymentId = gateway.split('/').at(-1)!
  })
  afterAll(() => t.close())

  async function notify(payload: Record<string, unknown>, signWith = SECRET, alter?: string) {
    const body = JSON.stringify(payload)
    const signature = await hmacBase64Url(signWith, body)
    return await t.app.request(`${TEST_ORIGIN}${CALLBACK_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signature },
      body: alter ?? body,
    })
  }

  const notice = () => ({
    paymentId,
    transactionId: 'txn-0001',
    reference: 'EGOV-77231',
    amountTenge: 43250,
    status: 'paid',
    paidAt: '2026-03-02T05:01:00.000Z',
  })

  async function payment() {
    return await t.db.kysely.selectFrom('intake_payments').selectAll()
      .where('id', '=', paymentId).executeTakeFirstOrThrow()
  }

  it('refuses a notice signed with another secret, a tampered body and a wrong amount', async () => {
    expect((await notify(notice(), 'another-secret-another-secret-another-1')).status).toBe(401)
    const tampered = JSON.stringify({ ...notice(), amountTenge: 1 })
    expect((await notify(notice(), SECRET, tampered)).status).toBe(401)
    expect((await notify({ ...notice(), amountTenge: 100 })).status).toBe(409)
    expect((await notify({ ...notice(), paymentId: 'f'.repeat(32) })).status).toBe(404)
    const noHeader = await t.app.request(`${TEST_ORIGIN}${CALLBACK_PATH}`, {
      method: 'POST',
      body: 'not json',
    })
    expect(noHeader.status).toBe(401)
    expect((await payment()).paid_at).toBeNull()
  })

  it('applies a signed notice once; a replay or a second transaction changes nothing', async () => {
    const first = await notify(notice())
    expect(await first.json()).toEqual({ status: 'applied' })
    const paid = await payment()
    expect(paid.reference).toBe('EGOV-77231')
    const replay = await notify(notice())
    expect(await replay.json()).toEqual({ status: 'duplicate' })
    const other = await notify({ ...notice(), transactionId: 'txn-0002', reference: 'EGOV-9' })
    expect(await other.json()).toEqual({ status: 'duplicate' })
    expect(await payment()).toEqual(paid)
    const audit = await t.db.kysely.selectFrom('audit_entries').select('action')
      .where('action', '=', 'intake.payment.paid').execute()
    expect(audit.length).toBe(1)
  })

  it('the stand-in page says it is local, and its confirmation pays through the callback', async () => {
    const c = t.client()
    await c.signIn(demoPersons.olga.iin)
    const draft = await startPortalDraft(c, 'zhambyl-grain-license', 'duplicate', 'ru')
    const gateway = redirected(await c.post(`${draft}/payment`, {}))
    const page = await c.get(gateway)
    expect(page.text).toContain('ЛОКАЛЬНАЯ ЗАМЕНА')
    await payThroughStandIn(c, draft)
    const fee = await c.get(`${draft}/fee`)
    expect(fee.text).toContain('Оплачено')
    const someoneElse = t.client()
    await someoneElse.signIn(demoPersons.aliya.iin)
    expect((await someoneElse.get(gateway)).status).toBe(404)
    expect((await someoneElse.post(`${gateway}/confirmation`, {})).status).toBe(404)
  })
})
