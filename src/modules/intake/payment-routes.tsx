/**
 * Payments: the local stand-in gateway's page (`/:lang/payments/:id`, clearly labelled) and the
 * callback the gateway posts to (`POST /api/v1/payments/callback`, server-to-server JSON,
 * outside the pages' CSRF check; it trusts only the HMAC signature and applies a transaction
 * once).
 */
import { Hono } from 'hono'
import { PaymentStandInPage } from '../../../views/intake/payments/show.tsx'
import type { AppEnv } from '../../http/env.ts'
import { seeOther } from '../../http/htmx.ts'
import { NotFoundError } from '../../lib/errors.ts'
import type { LocalPaymentGateway } from './gateway.ts'
import { ID, type IntakeRouteDeps, mayEdit } from './http.ts'
import { applyNotice, paymentById } from './payments.ts'
import { formatTenge } from './receipt.ts'
import { applicationById } from './view.ts'

const MAX_NOTICE_BYTES = 4096

/** The stand-in gateway's pages, mounted at `/payments`; 404 when a real gateway is wired. */
export function paymentRoutes(deps: IntakeRouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  app.get(`/${ID}`, async (c) => {
    const { t, lang } = c.var
    const { payment, row } = await ownPayment(deps, c.req.param('id'), c.var.user!)
    const fee = `/${lang}/applications/${row.id}/fee`
    return c.render(
      <PaymentStandInPage
        label={t('intake:payment.standInLabel')}
        title={t('intake:payment.title')}
        explanation={t('intake:payment.explanation')}
        rows={[
          { key: t('intake:payment.amount'), value: formatTenge(Number(payment.amount_tenge)) },
          { key: t('intake:payment.purpose'), value: t('intake:payment.purposeValue') },
          { key: t('intake:payment.id'), value: payment.id },
        ]}
        confirm={payment.paid_at ? undefined : {
          action: `/${lang}/payments/${payment.id}/confirmation`,
          text: t('intake:payment.confirm'),
        }}
        message={payment.paid_at ? t('intake:payment.alreadyPaid') : undefined}
        csrf={c.var.csrfToken()}
        cancel={{ href: fee, text: t('intake:payment.back') }}
      />,
      { title: t('intake:payment.title') },
    )
  })

  app.post(`/${ID}/confirmation`, async (c) => {
    const { payment, row } = await ownPayment(deps, c.req.param('id'), c.var.user!)
    if (!payment.paid_at) {
      const gateway = deps.gateway as LocalPaymentGateway
      const answer = await gateway.confirm(
        { id: payment.id, amountTenge: Number(payment.amount_tenge) },
        deps.clock.now(),
      )
      if (!answer.ok) {
        c.var.log?.warn('stand-in gateway callback refused', { status: answer.status })
      }
    }
    return seeOther(c, `/${c.var.lang}/applications/${row.id}/fee`)
  })

  return app
}

async function ownPayment(
  deps: IntakeRouteDeps,
  id: string | undefined,
  user: NonNullable<AppEnv['Variables']['user']>,
) {
  if (!deps.gateway.local) throw new NotFoundError('The payment stand-in is off')
  const payment = await paymentById(deps, id ?? '')
  const row = payment && await applicationById(deps, payment.application_id)
  if (!payment || !row || !mayEdit(row, user, 'portal') || payment.method !== 'gateway') {
    throw new NotFoundError('No such payment')
  }
  return { payment, row }
}

/** The gateway's callback, mounted at `/api/v1`. */
export function paymentCallbackApi(deps: IntakeRouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.post('/payments/callback', async (c) => {
    const body = await c.req.text()
    if (body.length > MAX_NOTICE_BYTES) return c.json({ error: 'too_large' }, 413)
    const notice = await deps.gateway.verifyCallback(body, c.req.raw.headers)
    if (!notice) {
      c.var.log?.warn('payment callback refused: bad signature or shape')
      return c.json({ error: 'invalid_signature' }, 401)
    }
    const outcome = await applyNotice(deps, notice)
    if (outcome === 'unknown') return c.json({ error: 'unknown_payment' }, 404)
    if (outcome === 'mismatch') return c.json({ error: 'amount_mismatch' }, 409)
    return c.json({ status: outcome })
  })
  return app
}
