/** The rows that tell the provider's officers about a request: the executor who sent it, the head. */
import { newId } from '../../lib/ids.ts'
import type { NotificationRow, RequestRow } from './tables.ts'

/** One notice to the account that sent the request (if known), and one to the head if asked. */
export function noticesOf(
  request: Pick<RequestRow, 'id' | 'case_id' | 'provider_id'>,
  kind: NotificationRow['kind'],
  at: string,
  to: { readonly account: string | null; readonly head: boolean },
): NotificationRow[] {
  const base = {
    request_id: request.id,
    case_id: request.case_id,
    organization_id: request.provider_id,
    kind,
    created_at: at,
  }
  return [
    ...(to.account
      ? [{ ...base, id: newId(), recipient_account_id: to.account, recipient_role: null }]
      : []),
    ...(to.head
      ? [{ ...base, id: newId(), recipient_account_id: null, recipient_role: 'head' }]
      : []),
  ]
}
