/** Formatting shared by the approval pages: the actor, state tags, conclusions, sizes. */
import type { Context } from 'hono'
import type { ConclusionItem } from '../../../views/approval/_conclusions.tsx'
import type { TagColour } from '../../../views/components/tag.tsx'
import type { AppEnv } from '../../http/env.ts'
import type { T } from '../../i18n.ts'
import { formatDateTime, type RequestState } from './format.ts'
import type { ConclusionView } from './queries.ts'
import type { Actor } from './types.ts'

type C = Context<AppEnv>

/** The signed-in officer as an actor. */
export function actorOf(c: C): Actor {
  const u = c.var.user!
  return {
    accountId: u.accountId,
    roles: u.roles,
    organizationId: u.organizationId,
    name: u.displayName,
  }
}

const COLOURS: Record<RequestState, TagColour> = {
  waiting: 'blue',
  overdue: 'red',
  consent: 'green',
  objection: 'red',
  deemed_agreed: 'purple',
  withdrawn: 'grey',
}

/** The tag of a request's state. */
export function stateTag(t: T, state: RequestState): { text: string; colour: TagColour } {
  return { text: t(`approval:state.${state}`), colour: COLOURS[state] }
}

/** A deadline with its overdue mark. */
export function dueText(t: T, dueAt: string | null, state: RequestState): string {
  if (!dueAt) return t('approval:request.noNorm')
  const at = formatDateTime(dueAt)
  return state === 'overdue' ? t('approval:request.overdueSince', { at }) : at
}

/** A conclusion for the list; `attachmentHref` gives the link of each file. */
export function conclusionItem(
  t: T,
  v: ConclusionView,
  attachmentHref: (id: string) => string,
): ConclusionItem {
  const { row } = v
  const at = formatDateTime(row.sent_at ?? row.created_at)
  const heading = row.sent_at
    ? t(row.supersedes_id ? 'approval:conclusion.correctionSent' : 'approval:conclusion.sent', {
      at,
    })
    : t('approval:conclusion.prepared', { at })
  return {
    heading,
    verdict: {
      text: t(`approval:verdict.${row.verdict}`),
      colour: row.verdict === 'consent' ? 'green' : 'red',
    },
    superseded: row.superseded_at
      ? t('approval:conclusion.superseded', { at: formatDateTime(row.superseded_at) })
      : undefined,
    rows: [
      { key: t('approval:conclusion.text'), value: row.text },
      { key: t('approval:conclusion.author'), value: row.author_name },
      ...(v.signer
        ? [{
          key: t('approval:conclusion.signer'),
          value: v.signer.demo
            ? t('approval:conclusion.demoSignature', { name: v.signer.name })
            : v.signer.name,
        }]
        : []),
    ],
    requirements: v.requirements.length
      ? { key: t('approval:conclusion.requirements'), items: v.requirements }
      : undefined,
    attachments: v.attachments.length
      ? {
        key: t('approval:conclusion.attachments'),
        items: v.attachments.map((a) => ({
          name: `${a.filename} (${sizeText(t, a.size)})`,
          href: attachmentHref(a.id),
        })),
      }
      : undefined,
  }
}

/** A file size in KB or MB. */
export function sizeText(t: T, bytes: number): string {
  return bytes >= 1024 * 1024
    ? t('approval:size.mb', { value: (bytes / 1024 / 1024).toFixed(1) })
    : t('approval:size.kb', { value: Math.max(1, Math.round(bytes / 1024)) })
}

/** A file as a download, never rendered inline in the site's origin. */
export function fileResponse(
  c: C,
  file: { bytes: Uint8Array; contentType: string; filename: string },
) {
  c.header('Content-Type', file.contentType)
  c.header(
    'Content-Disposition',
    `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
  )
  c.header('X-Content-Type-Options', 'nosniff')
  c.header('Cache-Control', 'private, no-store')
  // A copy: a driver's Buffer may be a view into a larger shared pool.
  return c.body(new Uint8Array(file.bytes).buffer)
}
