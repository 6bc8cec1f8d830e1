/**
 * The e-government payment gateway (ЭҮТШ / ПШЭП) behind an interface. The gateway calls us back
 * server-to-server with a signed JSON notice; a real adapter implements the same interface. The
 * local stand-in is honest about what it is: its page says so, and its "confirm" builds the
 * notice a gateway would send, signs it with the shared secret and delivers it to our callback
 * endpoint as an HTTP request, so the callback code path is the one a real gateway exercises.
 */
import { z } from 'zod'
import { hmacBase64Url, newId, timingSafeEqual } from '../../lib/ids.ts'

/** A verified "payment received" notice. */
export interface PaymentNotice {
  readonly paymentId: string
  readonly transactionId: string
  readonly reference: string
  readonly amountTenge: number
  readonly paidAt: string
}

/** What intake needs from a payment gateway. */
export interface PaymentGateway {
  /** True for the local stand-in; its pages are labelled as such. */
  readonly local: boolean
  /** Where the payer goes to pay (an absolute URL, or a path of this site for the stand-in). */
  checkoutUrl(paymentId: string, lang: 'kk' | 'ru'): string
  /** The notice in a callback, or undefined when its signature or shape is wrong. */
  verifyCallback(body: string, headers: Headers): Promise<PaymentNotice | undefined>
}

/** The stand-in also plays the gateway's part: it confirms a payment by calling us back. */
export interface LocalPaymentGateway extends PaymentGateway {
  readonly local: true
  confirm(payment: { id: string; amountTenge: number }, at: Date): Promise<Response>
}

/** The header that carries the notice's HMAC-SHA-256 (base64url) under the shared secret. */
export const SIGNATURE_HEADER = 'x-payment-signature'

/** The callback path, where the gateway posts its notices. */
export const CALLBACK_PATH = '/api/v1/payments/callback'

const notice = z.object({
  paymentId: z.string().min(1).max(64),
  transactionId: z.string().min(1).max(64),
  reference: z.string().min(1).max(64),
  amountTenge: z.number().int().positive(),
  status: z.literal('paid'),
  paidAt: z.iso.datetime(),
}).strict()

/** Options of the local stand-in. */
export interface LocalGatewayOptions {
  readonly secret: string
  /** The site's origin, for the callback request's URL. */
  readonly origin: string
  /** Delivers a request to this application (server-to-server, no browser involved). */
  readonly deliver: (request: Request) => Promise<Response>
}

/** The local stand-in for the payment gateway. */
export function localPaymentGateway(options: LocalGatewayOptions): LocalPaymentGateway {
  return {
    local: true,
    checkoutUrl: (paymentId, lang) => `/${lang}/payments/${paymentId}`,
    verifyCallback: (body, headers) => verifyNotice(options.secret, body, headers),
    async confirm(payment, at) {
      const transactionId = newId()
      const body = JSON.stringify({
        paymentId: payment.id,
        transactionId,
        reference: `LOCAL-${transactionId.slice(0, 10).toUpperCase()}`,
        amountTenge: payment.amountTenge,
        status: 'paid',
        paidAt: at.toISOString(),
      })
      return await options.deliver(
        new Request(`${options.origin}${CALLBACK_PATH}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [SIGNATURE_HEADER]: await hmacBase64Url(options.secret, body),
          },
          body,
        }),
      )
    },
  }
}

/** Checks a notice's signature and shape; shared by every HMAC-signing gateway. */
export async function verifyNotice(
  secret: string,
  body: string,
  headers: Headers,
): Promise<PaymentNotice | undefined> {
  const sent = headers.get(SIGNATURE_HEADER) ?? ''
  if (!sent || !timingSafeEqual(sent, await hmacBase64Url(secret, body))) return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return undefined
  }
  const result = notice.safeParse(parsed)
  if (!result.success) return undefined
  const { status: _status, ...rest } = result.data
  return rest
}
