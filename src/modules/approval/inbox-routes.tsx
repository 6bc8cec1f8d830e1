/**
 * `/approvals`: an authority's reviewers see the requests sent to their organisation; the
 * provider's officers see their requests still waiting and what they were told.
 */
import { Hono } from 'hono'
import { ApprovalsPage, type RequestListItem } from '../../../views/approval/inbox.tsx'
import type { AppEnv } from '../../http/env.ts'
import type { Lang, T } from '../../i18n.ts'
import { formatDateTime, requestState } from './format.ts'
import { actorOf, dueText, stateTag } from './present.ts'
import { loadInbox, loadOutbox } from './queries.ts'
import { caseApprovalsPath } from './round.ts'
import { inboxQuery } from './schema.ts'
import { readSnapshot } from './snapshot.ts'
import type { RequestRow } from './tables.ts'
import type { ApprovalDeps } from './types.ts'

const PROVIDER_ROLES = ['executor', 'head', 'deputy_head', 'department_head']

/** The route `/approvals`. */
export function inboxRoutes(deps: ApprovalDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.get('/approvals', async (c) => {
    const { t, lang } = c.var
    const viewer = actorOf(c)
    const now = deps.clock.now()
    const { tab } = inboxQuery.parse(c.req.query())
    const reviewer = viewer.roles.has('authority_reviewer') && viewer.organizationId
    const provider = PROVIDER_ROLES.some((r) => viewer.roles.has(r)) && viewer.organizationId
    const incoming = reviewer
      ? {
        tabs: (['waiting', 'answered'] as const).map((k) => ({
          text: t(`approval:inbox.tabs.${k}`),
          href: `/${lang}/approvals?tab=${k}`,
          current: k === tab,
        })),
        items: (await loadInbox(deps, viewer.organizationId!, tab)).map(({ row, snapshot }) =>
          listItem(
            t,
            lang,
            row,
            now,
            `/${lang}/approvals/${row.id}`,
            snapshot.provider.name[lang],
            snapshot,
          )
        ),
      }
      : undefined
    const outgoing = provider ? await outgoingOf(deps, c.var.t, lang, viewer, now) : undefined
    return c.render(<ApprovalsPage t={t} incoming={incoming} outgoing={outgoing} />, {
      title: t('approval:inbox.title'),
    })
  })
  return app
}

async function outgoingOf(
  deps: ApprovalDeps,
  t: T,
  lang: Lang,
  viewer: ReturnType<typeof actorOf>,
  now: Date,
) {
  const { unsent, waiting, notifications } = await loadOutbox(deps, viewer)
  return {
    unsent: unsent.map((r) => ({
      href: `/${lang}${caseApprovalsPath(r.case_id)}`,
      number: r.case_number,
      text: t(`approval:decision.${r.draft_decision ?? 'none'}`),
      at: formatDateTime(r.entered_at),
    })),
    items: waiting.map((row) => {
      const name = lang === 'kk' ? row.authority_name_kk : row.authority_name_ru
      return listItem(
        t,
        lang,
        row,
        now,
        `/${lang}${caseApprovalsPath(row.case_id)}`,
        name,
        readSnapshot(row.snapshot),
      )
    }),
    notices: notifications.map((n) => ({
      href: `/${lang}${caseApprovalsPath(n.case_id)}`,
      number: n.case_number,
      text: t(`approval:notification.${n.kind}`, {
        authority: lang === 'kk' ? n.authority_name_kk : n.authority_name_ru,
        due: n.due_at ? formatDateTime(n.due_at) : '—',
      }),
      at: formatDateTime(n.created_at),
    })),
  }
}

function listItem(
  t: T,
  lang: Lang,
  row: RequestRow,
  now: Date,
  href: string,
  party: string,
  snapshot: ReturnType<typeof readSnapshot>,
): RequestListItem {
  const state = requestState(row, now)
  return {
    href,
    number: row.case_number,
    service: snapshot.service.name[lang],
    party,
    sent: formatDateTime(row.sent_at),
    due: dueText(t, row.due_at, state),
    state: stateTag(t, state),
  }
}
