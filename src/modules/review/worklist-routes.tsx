/** The worklist and the notifications page. */
import { type Context, Hono } from 'hono'
import { NotificationsPage } from '../../../views/review/notifications/index.tsx'
import { WorklistPage } from '../../../views/review/worklist/index.tsx'
import type { AppEnv } from '../../http/env.ts'
import { stepKinds } from '../catalog/index.ts'
import { listNotifications } from './notifications.ts'
import { actorOf } from './pages.tsx'
import { fmtTime, marksOf, statusTag } from './present.ts'
import type { Cursor, QueueRow } from './queue-repo.ts'
import { worklistQuery } from './schema.ts'
import { ENDED_STATUSES, listWorklist, servicesOf, type WorklistQuery } from './worklist.ts'
import type { ReviewDeps } from './types.ts'

type C = Context<AppEnv>

const ACTIVE_STATUSES = [
  'sent',
  'under_review',
  'inspection',
  'testing_scheduled',
  'on_approval',
  'on_signature',
]

/** The worklist routes, mounted with the pages. */
export function worklistRoutes(deps: ReviewDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  app.get('/worklist', async (c) => {
    const q = worklistQuery.parse(c.req.query())
    const query: WorklistQuery = {
      tab: q.tab,
      service: q.service || undefined,
      step: q.step || undefined,
      status: q.status || undefined,
      deadline: q.deadline,
      q: q.q,
      after: decodeCursor(q.after),
      before: decodeCursor(q.before),
    }
    const viewer = actorOf(c)
    const now = deps.clock.now()
    const day = new Date(now.getTime() - 86_400_000).toISOString()
    const [page, services, recent] = await Promise.all([
      listWorklist(deps, viewer, query),
      servicesOf(deps, viewer.organizationId),
      listNotifications(deps, viewer, { since: day, limit: 100 }),
    ])
    const { t, lang } = c.var
    const href = (extra: Record<string, string | undefined>) => linkTo(c, query, extra)
    return c.render(
      <WorklistPage
        t={t}
        action={`/${lang}/worklist`}
        tab={query.tab}
        tabs={(['mine', 'organization'] as const).map((tab) => ({
          href: `/${lang}/worklist?tab=${tab}`,
          text: t(`review:worklist.tabs.${tab}`),
          current: tab === query.tab,
        }))}
        filters={filters(c, query, services)}
        rows={page.rows.map((r) => rowView(c, r, now))}
        notifications={{ count: recent.length, href: `/${lang}/notifications` }}
        truncated={page.truncated}
        previous={page.previous
          ? href({ before: encodeCursor(page.previous), after: undefined })
          : undefined}
        next={page.next ? href({ after: encodeCursor(page.next), before: undefined }) : undefined}
      />,
      { title: t('review:worklist.title') },
    )
  })

  app.get('/notifications', async (c) => {
    const { t, lang } = c.var
    const items = await listNotifications(deps, actorOf(c))
    return c.render(
      <NotificationsPage
        t={t}
        backHref={`/${lang}/worklist`}
        items={items.map((n) => ({
          href: `/${lang}/cases/${n.caseId}`,
          number: n.number,
          service: n.serviceName[lang],
          breached: n.kind === 'breached',
          text: t(`review:notifications.${n.kind}.${n.clock}`),
          due: fmtTime(n.dueAt),
          at: fmtTime(n.createdAt),
        }))}
      />,
      { title: t('review:notifications.title') },
    )
  })

  return app
}

/** `2026-03-02T05:00:00.000Z~<id>`, as the query string carries it. */
export function encodeCursor(c: Cursor): string {
  return `${c.due}~${c.id}`
}

/** A cursor from the query string, or undefined for anything malformed. */
export function decodeCursor(text: string | undefined): Cursor | undefined {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)~([0-9a-f]{32})$/.exec(text ?? '')
  return m ? { due: m[1]!, id: m[2]! } : undefined
}

function linkTo(c: C, query: WorklistQuery, extra: Record<string, string | undefined>): string {
  const params = new URLSearchParams()
  const all: Record<string, string | undefined> = {
    tab: query.tab,
    q: query.q,
    service: query.service,
    step: query.step,
    status: query.status,
    deadline: query.deadline,
    ...extra,
  }
  for (const [k, v] of Object.entries(all)) if (v) params.set(k, v)
  return `/${c.var.lang}/worklist?${params}`
}

function filters(c: C, q: WorklistQuery, services: Awaited<ReturnType<typeof servicesOf>>) {
  const { t, lang } = c.var
  const items = (
    all: string,
    list: ReadonlyArray<{ value: string; text: string }>,
    current?: string,
  ) => [
    { value: '', text: all },
    ...list.map((i) => ({ ...i, selected: i.value === current })),
  ]
  return {
    service: items(
      t('review:worklist.all'),
      services.map((s) => ({ value: s.id, text: s.name[lang] })),
      q.service,
    ),
    step: items(
      t('review:worklist.all'),
      stepKinds.map((k) => ({ value: k, text: t(`catalog:stepKinds.${k}`) })),
      q.step,
    ),
    status: items(
      t('review:worklist.allActive'),
      [...ACTIVE_STATUSES, ...ENDED_STATUSES].map((s) => ({ value: s, text: t(`status.${s}`) })),
      q.status,
    ),
    deadline: items(t('review:worklist.anyDeadline'), [
      { value: 'overdue', text: t('review:marks.overdue') },
      { value: 'today', text: t('review:marks.dueToday') },
    ], q.deadline),
    q: q.q ?? '',
  }
}

function rowView(c: C, r: QueueRow, now: Date) {
  const { t, lang } = c.var
  return {
    href: `/${lang}/cases/${r.id}`,
    number: r.number,
    service: lang === 'kk' ? r.service_name_kk : r.service_name_ru,
    applicant: lang === 'kk' ? r.applicant_name_kk : r.applicant_name_ru,
    idNumber: r.applicant_id_number ?? '',
    step: r.step_kind ? t(`catalog:stepKinds.${r.step_kind}`) : '—',
    stepDue: fmtTime(r.step_due_at),
    overallDue: fmtTime(r.due_at),
    status: statusTag(t, r.status),
    marks: marksOf(t, r, now),
  }
}
