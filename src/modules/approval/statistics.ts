/**
 * Statistics for the quality team: per authority, the requests received in a period (by the
 * day they were sent), how many were answered, on time or late, still overdue, deemed agreed
 * or withdrawn, and the verdicts of the conclusions in force.
 */
import type { Db as Connection } from '../../db/connect.ts'
import type { Clock } from '../../lib/clock.ts'
import type { Bilingual } from './types.ts'

/** The period (ISO instants, `to` excluded) and optionally one authority. */
export interface StatisticsFilter {
  readonly from: string
  readonly to: string
  readonly organizationId?: string | undefined
}

/** One authority's figures. */
export interface AuthorityStatistics {
  readonly organizationId: string
  readonly name: Bilingual
  readonly received: number
  readonly answered: number
  readonly onTime: number
  readonly late: number
  /** Not answered and past the deadline now (deemed agreed included). */
  readonly overdue: number
  readonly deemedAgreed: number
  readonly withdrawn: number
  readonly consents: number
  readonly objections: number
  /** consents / (consents + objections); null before any verdict. */
  readonly consentRate: number | null
}

/** Per-authority statistics, by Kazakh name. */
export async function approvalStatistics(
  deps: { readonly db: Connection; readonly clock: Clock },
  filter: StatisticsFilter,
): Promise<AuthorityStatistics[]> {
  let q = deps.db.kysely.selectFrom('approval_requests')
    .select([
      'organization_id',
      'authority_name_kk',
      'authority_name_ru',
      'due_at',
      'answered_at',
      'outcome',
      'withdrawn_at',
    ])
    .where('sent_at', '>=', filter.from).where('sent_at', '<', filter.to)
  if (filter.organizationId) q = q.where('organization_id', '=', filter.organizationId)
  const now = deps.clock.now().toISOString()
  const byOrg = new Map<string, Counter>()
  for (const r of await q.orderBy('sent_at').execute()) {
    const c = byOrg.get(r.organization_id) ?? counter(r.organization_id)
    c.name = { kk: r.authority_name_kk, ru: r.authority_name_ru }
    c.received++
    if (r.withdrawn_at) c.withdrawn++
    if (r.answered_at) {
      c.answered++
      if (!r.due_at || r.answered_at <= r.due_at) c.onTime++
      else c.late++
    } else if (!r.withdrawn_at && r.due_at && r.due_at < now) c.overdue++
    if (r.outcome === 'consent') c.consents++
    if (r.outcome === 'objection') c.objections++
    if (r.outcome === 'deemed_agreed') c.deemedAgreed++
    byOrg.set(r.organization_id, c)
  }
  return [...byOrg.values()].map((c) => ({
    ...c,
    consentRate: c.consents + c.objections ? c.consents / (c.consents + c.objections) : null,
  })).sort((a, b) => a.name.kk.localeCompare(b.name.kk, 'kk'))
}

type Counter = {
  -readonly [K in Exclude<keyof AuthorityStatistics, 'consentRate'>]: AuthorityStatistics[K]
}

function counter(organizationId: string): Counter {
  return {
    organizationId,
    name: { kk: '', ru: '' },
    received: 0,
    answered: 0,
    onTime: 0,
    late: 0,
    overdue: 0,
    deemedAgreed: 0,
    withdrawn: 0,
    consents: 0,
    objections: 0,
  }
}
