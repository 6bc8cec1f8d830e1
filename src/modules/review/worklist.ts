/**
 * The worklists: "mine" (the cases waiting on the viewer: appointed to them, or at a step of a
 * role they hold in their organisation) and "organisation" (every case of the viewer's
 * organisation), filtered, searched and paged by cursor in deadline order.
 */
import { listRegulationVersions } from '../catalog/index.ts'
import { localDate } from '../sla/index.ts'
import { findRegulationsOf } from './repo.ts'
import {
  type Cursor,
  findIdsByPrefix,
  findQueuePage,
  type QueueFilter,
  type QueueRow,
} from './queue-repo.ts'
import { queryWords } from './search.ts'
import type { Actor, ReviewDeps } from './types.ts'

/** Rows per page. */
export const PAGE_SIZE = 25
/** A search word matching more cases than this shows the first ones and asks to narrow it. */
export const SEARCH_CAP = 2000

/** Statuses of cases that have ended (the organisation tab shows them when asked). */
export const ENDED_STATUSES = ['ready', 'refused', 'returned', 'deemed_issued'] as const

/** The roles whose steps can wait on an officer. */
const STEP_ROLES = ['office_specialist', 'head', 'deputy_head', 'department_head', 'executor']

/** What the viewer asked for. */
export interface WorklistQuery {
  readonly tab: 'mine' | 'organization'
  readonly service?: string | undefined
  readonly step?: string | undefined
  readonly status?: string | undefined
  readonly deadline?: 'overdue' | 'today' | undefined
  readonly q?: string | undefined
  readonly after?: Cursor | undefined
  readonly before?: Cursor | undefined
}

/** A page of the worklist. */
export interface WorklistPage {
  readonly rows: QueueRow[]
  /** Cursors of the neighbouring pages, when there are any. */
  readonly previous: Cursor | undefined
  readonly next: Cursor | undefined
  /** The search matched more cases than are searched; the viewer should narrow it. */
  readonly truncated: boolean
}

/** The worklist keys of "mine": the viewer, and each step role they hold in their organisation. */
export function mineKeys(viewer: Actor): string[] {
  const roles = STEP_ROLES.filter((r) => viewer.roles.has(r))
  return [`a:${viewer.accountId}`, ...roles.map((r) => `r:${viewer.organizationId}:${r}`)]
}

/** One page of the viewer's worklist. */
export async function listWorklist(
  deps: ReviewDeps,
  viewer: Actor,
  query: WorklistQuery,
): Promise<WorklistPage> {
  const org = viewer.organizationId
  if (!org) return { rows: [], previous: undefined, next: undefined, truncated: false }
  const base = await baseFilter(deps, org, query)
  const scopes: QueueFilter['scope'][] = query.tab === 'mine'
    ? mineKeys(viewer).map((key) => ({ kind: 'actor', key }))
    : [{ kind: 'organization', organizationId: org, ended: isEnded(query.status) }]
  const pages = await Promise.all(
    scopes.map((scope) => findQueuePage(deps.db.kysely, { ...base.filter, scope })),
  )
  return pageOf(merge(pages, Boolean(query.before && !query.after)), query, base.truncated)
}

function isEnded(status: string | undefined): boolean {
  return (ENDED_STATUSES as readonly string[]).includes(status ?? '')
}

async function baseFilter(deps: ReviewDeps, org: string, query: WorklistQuery) {
  const now = deps.clock.now()
  const words = queryWords(query.q ?? '')
  let ids: string[] | undefined
  let truncated = false
  if (words.length) {
    // Each word's matches; the smallest complete set drives, the other words are checked on it.
    const sets = await Promise.all(
      words.map((w) => findIdsByPrefix(deps.db.kysely, org, w, SEARCH_CAP + 1)),
    )
    const smallest = sets.reduce((a, b) => (b.length < a.length ? b : a))
    truncated = smallest.length > SEARCH_CAP
    ids = smallest.slice(0, SEARCH_CAP)
  }
  const filter: Omit<QueueFilter, 'scope'> = {
    regulationId: query.service,
    stepKind: query.step,
    status: query.status,
    ...deadlineRange(query.deadline, now),
    ids,
    words: words.length > 1 ? words : undefined,
    after: query.after,
    before: query.after ? undefined : query.before,
    limit: PAGE_SIZE + 1,
  }
  return { filter, truncated }
}

/** `overdue`: due before now; `today`: due from now to the end of today in Almaty. */
function deadlineRange(deadline: WorklistQuery['deadline'], now: Date) {
  if (deadline === 'overdue') return { dueBefore: now.toISOString() }
  if (deadline !== 'today') return {}
  const tomorrow = new Date(`${localDate(now)}T00:00:00+05:00`).getTime() + 86_400_000
  return { dueFrom: now.toISOString(), dueBefore: new Date(tomorrow).toISOString() }
}

function compare(a: QueueRow, b: QueueRow): number {
  return a.sort_due_at < b.sort_due_at
    ? -1
    : a.sort_due_at > b.sort_due_at
    ? 1
    : a.id < b.id
    ? -1
    : a.id > b.id
    ? 1
    : 0
}

/** Merges the pages of several keys; the page nearest the cursor wins. */
function merge(pages: QueueRow[][], backwards: boolean): QueueRow[] {
  const seen = new Set<string>()
  const all = pages.flat().filter((r) => !seen.has(r.id) && seen.add(r.id)).sort(compare)
  return backwards ? all.slice(-(PAGE_SIZE + 1)) : all.slice(0, PAGE_SIZE + 1)
}

function pageOf(rows: QueueRow[], query: WorklistQuery, truncated: boolean): WorklistPage {
  const backwards = Boolean(query.before && !query.after)
  const more = rows.length > PAGE_SIZE
  const page = backwards ? rows.slice(more ? 1 : 0) : rows.slice(0, PAGE_SIZE)
  const first = page[0]
  const last = page.at(-1)
  const cursorOf = (r: QueueRow | undefined) => (r ? { due: r.sort_due_at, id: r.id } : undefined)
  return {
    rows: page,
    previous: (backwards ? more : Boolean(query.after)) ? cursorOf(first) : undefined,
    next: (backwards ? true : more) ? cursorOf(last) : undefined,
    truncated,
  }
}

/** The services (regulations) an organisation provides, with their current names. */
export async function servicesOf(
  deps: ReviewDeps,
  organizationId: string | undefined,
): Promise<Array<{ id: string; name: { kk: string; ru: string } }>> {
  if (!organizationId) return []
  const out = []
  for (const id of await findRegulationsOf(deps.db.kysely, organizationId)) {
    const latest = (await listRegulationVersions(deps, id)).at(-1)
    if (latest) out.push({ id, name: latest.definition.name })
  }
  return out
}
