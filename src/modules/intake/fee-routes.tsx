/**
 * The fee step: `GET …/:id/fee` and `POST …/:id/payment` — on the portal it starts a payment
 * and sends the payer to the gateway; at a counter it records the paper receipt.
 */
import type { Context, Hono } from 'hono'
import { FeePage } from '../../../views/intake/applications/fee.tsx'
import type { AppEnv } from '../../http/env.ts'
import { errorItems, fieldError, type FieldErrors, validForm } from '../../http/forms.ts'
import { seeOther } from '../../http/htmx.ts'
import { localDate } from '../sla/index.ts'
import { actorOf, basePath, ID, type IntakeRouteDeps, type Mode } from './http.ts'
import { recordReceipt, startPayment } from './payments.ts'
import type { DraftFacts } from './readiness.ts'
import { formatDateTime, formatTenge } from './receipt.ts'
import { kept, taskListPath, withDraft } from './route-kit.ts'
import { receiptForm } from './schema.ts'

type Values = Record<string, unknown>

/** Registers the fee step. */
export function feePages(app: Hono<AppEnv>, deps: IntakeRouteDeps, mode: Mode): void {
  app.get(`/${ID}/fee`, (c) => withDraft(deps, c, mode, (f) => feePage(c, mode, f, {}, {})))

  if (mode === 'portal') {
    app.post(`/${ID}/payment`, (c) =>
      withDraft(deps, c, mode, async (f) => {
        const fee = f.fee
        if (!fee || fee.tenge === undefined || f.payment?.paid_at) {
          return seeOther(c, `${basePath(c.var.lang, mode)}/${f.row.id}/fee`)
        }
        const id = await startPayment(deps, f.row, { ...fee, tenge: fee.tenge }, actorOf(c))
        if (!id) return seeOther(c, `${basePath(c.var.lang, mode)}/${f.row.id}/fee`)
        return seeOther(c, deps.gateway.checkoutUrl(id, c.var.lang))
      }))
    return
  }

  app.post(
    `/${ID}/payment`,
    validForm(
      receiptForm,
      (c, values, errors) => withDraft(deps, c, mode, (f) => feePage(c, mode, f, values, errors)),
    ),
    (c) =>
      withDraft(deps, c, mode, async (f) => {
        const form = c.req.valid('form')
        const fee = f.fee
        if (
          !fee || fee.tenge === undefined || f.payment?.method === 'gateway' && f.payment.paid_at
        ) {
          return seeOther(c, `${basePath(c.var.lang, mode)}/${f.row.id}/fee`)
        }
        if (form.paidOn > localDate(deps.clock.now())) {
          return feePage(c, mode, f, form, { paidOn: c.var.t('intake:errors.paidOnFuture') })
        }
        await recordReceipt(deps, f.row, { ...fee, tenge: fee.tenge }, {
          ...form,
          actor: actorOf(c),
        })
        return seeOther(c, taskListPath(c.var.lang, mode, f.row.id))
      }),
  )
}

function feePage(
  c: Context<AppEnv>,
  mode: Mode,
  f: DraftFacts,
  values: Values,
  errors: FieldErrors,
) {
  const { t, lang } = c.var
  const hasErrors = Object.keys(errors).length > 0
  if (hasErrors) c.status(422)
  const fee = f.fee
  const paid = f.payment?.paid_at ? f.payment : undefined
  const rows = fee
    ? [
      { key: t('intake:fee.mci'), value: String(fee.mci) },
      {
        key: t('intake:fee.amount'),
        value: fee.tenge === undefined ? '—' : formatTenge(fee.tenge),
      },
      { key: t('intake:fee.status'), value: t(paid ? 'intake:fee.paid' : 'intake:fee.unpaid') },
      ...(paid
        ? [
          { key: t('intake:fee.reference'), value: paid.reference ?? '' },
          { key: t('intake:fee.paidAt'), value: formatDateTime(paid.paid_at!) },
        ]
        : []),
    ]
    : []
  const action = `${basePath(lang, mode)}/${f.row.id}/payment`
  const canPay = fee && fee.tenge !== undefined && !paid
  const receiptAllowed = fee && fee.tenge !== undefined && paid?.method !== 'gateway'
  return c.render(
    <FeePage
      caption={f.ctx.regulation.name[lang]}
      title={t('intake:fee.title')}
      errorTitle={t('form.errorSummaryTitle')}
      errors={errorItems(errors, ['receiptNumber', 'paidOn'])}
      lead={t(fee ? 'intake:fee.lead' : 'intake:fee.none', { year: fee?.year ?? '' })}
      rows={rows}
      message={fee && fee.tenge === undefined
        ? t('intake:fee.noMci', { year: fee.year })
        : undefined}
      pay={mode === 'portal' && canPay
        ? { action, text: t('intake:fee.pay'), hint: t('intake:fee.payHint') }
        : undefined}
      receipt={mode === 'office' && receiptAllowed
        ? {
          action,
          number: {
            label: t('intake:fee.receiptNumber'),
            value: kept(values, 'receiptNumber') || (paid?.reference ?? ''),
            error: fieldError(errors, 'receiptNumber', t),
          },
          paidOn: {
            label: t('intake:fee.paidOn'),
            hint: t('intake:fee.paidOnHint'),
            value: kept(values, 'paidOn') || (paid?.paid_on ?? ''),
            error: fieldError(errors, 'paidOn', t),
          },
          submitText: t('intake:fee.recordReceipt'),
        }
        : undefined}
      csrf={c.var.csrfToken()}
      continueHref={taskListPath(lang, mode, f.row.id)}
      continueText={t('intake:backToTasks')}
      back={{ href: taskListPath(lang, mode, f.row.id), text: t('intake:backToTasks') }}
    />,
    { title: t('intake:fee.title'), hasErrors },
  )
}
