/** Formatting of instants and request states, shared by the services' texts and the routes. */
import { toAlmaty } from '../sla/index.ts'
import type { RequestRow } from './tables.ts'

/** An instant as Almaty wall-clock time written the Kazakh way: `12.03.2026 14:30`. */
export function formatDateTime(iso: string): string {
  const [date = '', time = ''] = toAlmaty(new Date(iso)).split(' ')
  const [y, m, d] = date.split('-')
  return `${d}.${m}.${y} ${time}`
}

/** Where a request stands, as the pages and notices name it. */
export type RequestState =
  | 'waiting'
  | 'overdue'
  | 'consent'
  | 'objection'
  | 'deemed_agreed'
  | 'withdrawn'

/** The state of a request at an instant. */
export function requestState(
  r: Pick<RequestRow, 'outcome' | 'withdrawn_at' | 'due_at'>,
  now: Date,
): RequestState {
  if (r.withdrawn_at) return 'withdrawn'
  if (r.outcome) return r.outcome
  return r.due_at && r.due_at < now.toISOString() ? 'overdue' : 'waiting'
}

/** True when the request was answered after its deadline. */
export function answeredLate(r: Pick<RequestRow, 'answered_at' | 'due_at'>): boolean {
  return Boolean(r.answered_at && r.due_at && r.answered_at > r.due_at)
}
