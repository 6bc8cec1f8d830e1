import { describe, expect, it } from 'vitest'
import { hmacBase64Url } from '../../lib/ids.ts'
import { localPaymentGateway, SIGNATURE_HEADER, verifyNotice } from './gateway.ts'

const secret = 'a-payment-gateway-secret-for-tests-only-0'
const notice = {
  paymentId: 'p1',
  transactionId: 't1',
  reference: 'R-1',
  amountTenge: 43250,
  status: 'paid',
  paidAt: '2026-03-02T05:00:00.000Z',
}

async function headersFor(body: string, key = secret) {
  return new Headers({ [SIGNATURE_HEADER]: await hmacBase64Url(key, body) })
}

describe('verifyNotice()', () => {
  it('accepts a notice signed with the shared secret', async () => {
    const body = JSON.stringify(notice)
    const { status: _status, ...expected } = notice
    expect(await verifyNotice(secret, body, await headersFor(body))).toEqual(expected)
  })

  it('refuses another secret, an altered body, a missing header and a wrong shape', async () => {
    const body = JSON.stringify(notice)
    expect(await verifyNotice(secret, body, await headersFor(body, `${secret}x`))).toBeUndefined()
    const altered = JSON.stringify({ ...notice, amountTenge: 1 })
    expect(await verifyNotice(secret, altered, await headersFor(body))).toBeUndefined()
    expect(await verifyNotice(secret, body, new Headers())).toBeUndefined()
    const extra = JSON.stringify({ ...notice, admin: true })
    expect(await verifyNotice(secret, extra, await headersFor(extra))).toBeUndefined()
    expect(await verifyNotice(secret, 'not json', await headersFor('not json'))).toBeUndefined()
  })
})

describe('localPaymentGateway()', () => {
  it('confirms by posting a notice it signed to the callback path, as a gateway would', async () => {
    const seen: Request[] = []
    const gateway = localPaymentGateway({
      secret,
      origin: 'https://elicense.example.kz',
      deliver: (request) => {
        seen.push(request)
        return Promise.resolve(new Response('{}'))
      },
    })
    await gateway.confirm({ id: 'p9', amountTenge: 100 }, new Date('2026-03-02T05:00:00Z'))
    const request = seen[0]!
    expect(request.url).toBe('https://elicense.example.kz/api/v1/payments/callback')
    const body = await request.text()
    const verified = await gateway.verifyCallback(body, request.headers)
    expect(verified).toMatchObject({ paymentId: 'p9', amountTenge: 100 })
    expect(gateway.checkoutUrl('p9', 'ru')).toBe('/ru/payments/p9')
  })
})
