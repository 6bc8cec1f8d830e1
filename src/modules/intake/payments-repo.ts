/** Queries over `intake_payments`. */
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/database.ts'
import type { PaymentRow, PaymentsTable } from './tables.ts'

type Db = Kysely<Database> | Transaction<Database>

/** Adds a payment. */
export async function insertPayment(db: Db, row: PaymentsTable): Promise<void> {
  await db.insertInto('intake_payments').values(row).execute()
}

/** A payment by id. */
export function findPayment(db: Db, id: string): Promise<PaymentRow | undefined> {
  return db.selectFrom('intake_payments').selectAll().where('id', '=', id).executeTakeFirst()
}

/** The application's payments, the paid one (if any) first, then the newest. */
export function findPayments(db: Db, applicationId: string): Promise<PaymentRow[]> {
  return db.selectFrom('intake_payments').selectAll().where('application_id', '=', applicationId)
    .orderBy('paid_at', 'desc').orderBy('created_at', 'desc').orderBy('id').execute()
}

/** The payment a gateway transaction paid, if that transaction was already applied. */
export function findPaymentByTransaction(
  db: Db,
  transactionId: string,
): Promise<PaymentRow | undefined> {
  return db.selectFrom('intake_payments').selectAll()
    .where('gateway_transaction_id', '=', transactionId).executeTakeFirst()
}

/** Marks an unpaid payment paid; answers how many rows changed (0: already paid). */
export async function markPaid(
  db: Db,
  id: string,
  paid: { transactionId: string; reference: string; paidAt: string },
): Promise<number> {
  const result = await db.updateTable('intake_payments')
    .set({
      gateway_transaction_id: paid.transactionId,
      reference: paid.reference,
      paid_at: paid.paidAt,
    })
    .where('id', '=', id).where('paid_at', 'is', null).executeTakeFirst()
  return Number(result.numUpdatedRows)
}

/** Deletes the unpaid payments of an application (a receipt replaces them at the office). */
export async function deleteUnpaid(db: Db, applicationId: string): Promise<void> {
  await db.deleteFrom('intake_payments').where('application_id', '=', applicationId)
    .where('paid_at', 'is', null).execute()
}

/** Deletes the receipts an officer recorded on a draft (a corrected receipt replaces them). */
export async function deleteReceipts(db: Db, applicationId: string): Promise<void> {
  await db.deleteFrom('intake_payments').where('application_id', '=', applicationId)
    .where('method', '=', 'receipt').execute()
}
