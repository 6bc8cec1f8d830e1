/** The e-mail outbox page: every notice with its state, newest first. */
import type { Context } from 'hono'
import { OutboxPage } from '../../../views/issuance/admin/outbox.tsx'
import type { AppEnv } from '../../http/env.ts'
import type { IssuanceDeps } from './deps.ts'
import { dateTimeText } from './format.ts'
import { findOutbox } from './outbox-repo.ts'
import { outboxQuery } from './schema.ts'
import type { OutboxRow } from './tables.ts'

const PAGE = 50

/** Renders the outbox page. */
export async function outboxPage(deps: IssuanceDeps, c: Context<AppEnv>) {
  const { t, lang } = c.var
  const query = outboxQuery.parse(c.req.query())
  const page = query.page ?? 1
  const unsentOnly = query.unsent === '1'
  const rows = await findOutbox(deps.db.kysely, {
    unsentOnly,
    limit: PAGE + 1,
    offset: (page - 1) * PAGE,
  })
  const base = `/${lang}/admin/licenses/outbox`
  const link = (n: number) => `${base}?${unsentOnly ? 'unsent=1&' : ''}page=${n}`
  return c.render(
    <OutboxPage
      back={{ href: `/${lang}/admin/licenses`, text: t('issuance:admin.title') }}
      title={t('issuance:outbox.title')}
      notConfigured={deps.mailer
        ? undefined
        : { title: t('issuance:outbox.offTitle'), body: t('issuance:outbox.offBody') }}
      filter={unsentOnly
        ? { href: base, text: t('issuance:outbox.showAll') }
        : { href: `${base}?unsent=1`, text: t('issuance:outbox.showUnsent') }}
      caption={t('issuance:outbox.title')}
      head={[
        t('issuance:outbox.created'),
        t('issuance:outbox.recipient'),
        t('issuance:outbox.subject'),
        t('issuance:outbox.state'),
        t('issuance:outbox.detail'),
      ]}
      empty={t('issuance:outbox.empty')}
      rows={rows.slice(0, PAGE).map((r) => rowOf(c, r))}
      pagination={{
        label: t('issuance:admin.pages'),
        previous: page > 1
          ? { href: link(page - 1), text: t('issuance:admin.previous') }
          : undefined,
        next: rows.length > PAGE
          ? { href: link(page + 1), text: t('issuance:admin.next') }
          : undefined,
      }}
    />,
    { title: t('issuance:outbox.title') },
  )
}

function rowOf(c: Context<AppEnv>, r: OutboxRow) {
  const { t } = c.var
  const state = r.sent_at
    ? { text: t('issuance:outbox.sent'), colour: 'green' as const }
    : r.last_error
    ? { text: t('issuance:outbox.failing'), colour: 'red' as const }
    : { text: t('issuance:outbox.waiting'), colour: 'yellow' as const }
  const detail = r.sent_at
    ? dateTimeText(r.sent_at)
    : t('issuance:outbox.attempts', { count: r.attempts, error: r.last_error ?? '—' })
  return {
    createdAt: dateTimeText(r.created_at),
    recipient: r.recipient,
    subject: r.subject,
    state,
    detail,
  }
}
