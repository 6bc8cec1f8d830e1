/**
 * The license fee: its amount (the regulation's MCI count × the year's MCI value), payment
 * through the gateway on the portal, and the paper receipt an officer records at the office.
 * A gateway notice is applied once per transaction; a replayed or altered notice changes
 * nothing.
 */
import { newId } from '../../lib/ids.ts'
import { feeInTenge, mciValue } from '../catalog/index.ts'
import { localDate } from '../sla/index.ts'
import type { ApplicationContext } from './context.ts'
import type { IntakeDeps } from './deps.ts'
import { type Actor, audit } from './drafts.ts'
import type { PaymentNotice } from './gateway.ts'
import {
  deleteReceipts,
  deleteUnpaid,
  findPayment,
  findPaymentByTransaction,
  findPayments,
  insertPayment,
  markPaid,
} from './payments-repo.ts'
import type { ApplicationRow, PaymentRow } from './tables.ts'

/** The fee of an application today; `tenge` is undefined when the year's MCI is not set. */
export interface Fee {
  readonly mci: number
  readonly year: number
  readonly tenge: number | undefined
}

/** The fee, or null when the sub-service has none. */
export async function feeOf(deps: IntakeDeps, ctx: ApplicationContext): Promise<Fee | null> {
  if (ctx.feeMci === null) return null
  const year = Number(localDate(deps.clock.now()).slice(0, 4))
  const value = await mciValue(deps, year)
  return { mci: ctx.feeMci, year, tenge: value ? feeInTenge(ctx.feeMci, value) : undefined }
}

/** The payment that counts: the paid one, else the newest pending one. */
export async function currentPayment(
  deps: Pick<IntakeDeps, 'db'>,
  applicationId: string,
): Promise<PaymentRow | undefined> {
  return (await findPayments(deps.db.kysely, applicationId))[0]
}

/** Starts (or resumes) a gateway payment; answers its id, or undefined when already paid. */
export async function startPayment(
  deps: IntakeDeps,
  row: ApplicationRow,
  fee: Fee & { tenge: number },
  actor: Actor,
): Promise<string | undefined> {
  const existing = await currentPayment(deps, row.id)
  if (existing?.paid_at) return undefined
  const now = deps.clock.now()
  const reusable = existing && existing.amount_tenge === fee.tenge ? existing : undefined
  const payment = reusable ?? {
    id: newId(),
    application_id: row.id,
    method: 'gateway' as const,
    amount_tenge: fee.tenge,
    mci: fee.mci,
    mci_year: fee.year,
    gateway_transaction_id: null,
    reference: null,
    paid_on: null,
    recorded_by: null,
    created_at: now.toISOString(),
    paid_at: null,
  }
  if (!reusable) {
    await deps.db.kysely.transaction().execute(async (trx) => {
      await insertPayment(trx, payment)
      await audit(deps, trx, now, actor, row.id, 'intake.payment.started', {
        paymentId: payment.id,
        amountTenge: payment.amount_tenge,
      })
    })
  }
  return payment.id
}

/** What a gateway notice did. */
export type NoticeOutcome = 'applied' | 'duplicate' | 'unknown' | 'mismatch'

/** Applies a verified gateway notice, once. */
export async function applyNotice(deps: IntakeDeps, notice: PaymentNotice): Promise<NoticeOutcome> {
  return await deps.db.kysely.transaction().execute(async (trx) => {
    if (await findPaymentByTransaction(trx, notice.transactionId)) return 'duplicate'
    const payment = await findPayment(trx, notice.paymentId)
    if (!payment || payment.method !== 'gateway') return 'unknown'
    if (payment.amount_tenge !== notice.amountTenge) return 'mismatch'
    const now = deps.clock.now()
    const changed = await markPaid(trx, payment.id, {
      transactionId: notice.transactionId,
      reference: notice.reference,
      paidAt: notice.paidAt,
    })
    if (changed !== 1) return 'duplicate'
    await audit(deps, trx, now, null, payment.application_id, 'intake.payment.paid', {
      paymentId: payment.id,
      transactionId: notice.transactionId,
      reference: notice.reference,
      amountTenge: notice.amountTenge,
    })
    return 'applied'
  })
}

/** Records the receipt an officer saw at the counter, replacing an earlier one of this draft. */
export async function recordReceipt(
  deps: IntakeDeps,
  row: ApplicationRow,
  fee: Fee & { tenge: number },
  input: { receiptNumber: string; paidOn: string; actor: Actor },
): Promise<void> {
  const now = deps.clock.now()
  await deps.db.kysely.transaction().execute(async (trx) => {
    await deleteReceipts(trx, row.id)
    await deleteUnpaid(trx, row.id)
    await insertPayment(trx, {
      id: newId(),
      application_id: row.id,
      method: 'receipt',
      amount_tenge: fee.tenge,
      mci: fee.mci,
      mci_year: fee.year,
      gateway_transaction_id: null,
      reference: input.receiptNumber,
      paid_on: input.paidOn,
      recorded_by: input.actor.accountId,
      created_at: now.toISOString(),
      paid_at: now.toISOString(),
    })
    await audit(deps, trx, now, input.actor, row.id, 'intake.payment.receipt_recorded', {
      reference: input.receiptNumber,
      paidOn: input.paidOn,
      amountTenge: fee.tenge,
    })
  })
}

/** A payment by id (the stand-in page checks whose it is). */
export function paymentById(
  deps: Pick<IntakeDeps, 'db'>,
  id: string,
): Promise<PaymentRow | undefined> {
  return findPayment(deps.db.kysely, id)
}
