/** The deadline notifications an officer sees: their own, and their roles' in their organisation. */
import type { Actor, ReviewDeps } from './types.ts'

/** One notification with its case. */
export interface NotificationItem {
  readonly id: string
  readonly caseId: string
  readonly number: string
  readonly serviceName: { kk: string; ru: string }
  readonly kind: 'nearing' | 'breached'
  readonly clock: 'step' | 'overall'
  readonly dueAt: string
  readonly createdAt: string
}

/** The viewer's latest notifications, newest first. */
export async function listNotifications(
  deps: ReviewDeps,
  viewer: Actor,
  options: { limit?: number; since?: string } = {},
): Promise<NotificationItem[]> {
  if (!viewer.organizationId) return []
  // An empty IN list is invalid SQL; `''` is no role.
  const roles = [...viewer.roles, '']
  let q = deps.db.kysely.selectFrom('review_notifications as n')
    .innerJoin('review_cases as c', 'c.id', 'n.case_id')
    .select([
      'n.id',
      'n.case_id',
      'c.number',
      'c.service_name_kk',
      'c.service_name_ru',
      'n.kind',
      'n.clock',
      'n.due_at',
      'n.created_at',
    ])
    .where('n.organization_id', '=', viewer.organizationId)
    .where((eb) =>
      eb.or([
        eb('n.recipient_account_id', '=', viewer.accountId),
        eb.and([eb('n.recipient_account_id', 'is', null), eb('n.recipient_role', 'in', roles)]),
      ])
    )
  if (options.since) q = q.where('n.created_at', '>=', options.since)
  const rows = await q.orderBy('n.created_at', 'desc').orderBy('n.id').limit(options.limit ?? 50)
    .execute()
  return rows.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    number: r.number,
    serviceName: { kk: r.service_name_kk, ru: r.service_name_ru },
    kind: r.kind,
    clock: r.clock,
    dueAt: r.due_at,
    createdAt: r.created_at,
  }))
}
