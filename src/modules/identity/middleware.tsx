/**
 * HTTP glue of identity: the middleware that turns the session cookie into `c.var.user`,
 * and the access hooks (send anonymous visitors to log in, keeping a posted form; record
 * and refuse the rest).
 */
import type { Context, MiddlewareHandler } from 'hono'
import { ErrorPage } from '../../../views/errors/error-page.tsx'
import type { AccessHooks } from '../../http/access.ts'
import type { AppEnv } from '../../http/env.ts'
import { keptEntries } from '../../http/forms.ts'
import { seeOther } from '../../http/htmx.ts'
import { setResponseHeader } from '../../http/response-headers.ts'
import { newToken, sha256Hex } from '../../lib/ids.ts'
import { recordAudit } from '../audit/index.ts'
import type { IdentityDeps } from './deps.ts'
import { insertPendingSubmission } from './repo.ts'
import { resolveSession } from './sessions.ts'

const PENDING_MINUTES = 60

/** Loads the signed-in user; personal pages are never stored by browsers or proxies. */
export function currentUser(deps: IdentityDeps): MiddlewareHandler<AppEnv> {
  return async function currentUser(c, next) {
    const lookup = await resolveSession(deps, c.var.sid)
    c.set('user', lookup.state === 'active' ? lookup.user : undefined)
    c.set('endedSessionAccount', lookup.state === 'ended' ? lookup.accountId : undefined)
    await next()
    if (c.var.user) setResponseHeader(c, 'Cache-Control', 'private, no-store')
  }
}

/** The access hooks for `authorize()`. */
export function accessHooks(deps: IdentityDeps): AccessHooks {
  return {
    async onAnonymous(c) {
      const lang = c.var.lang ?? 'kk'
      const ended = c.var.endedSessionAccount
      if (c.req.method !== 'GET' && ended) {
        const token = await keepSubmission(deps, c, ended)
        return seeOther(c, `/${lang}/login?resume=${encodeURIComponent(token)}`)
      }
      const next = c.req.method === 'GET' ? c.req.path + new URL(c.req.url).search : `/${lang}`
      return seeOther(c, `/${lang}/login?next=${encodeURIComponent(next)}`)
    },
    async onDenied(c, route) {
      const user = c.var.user
      await recordAudit(
        { db: deps.db.kysely, dialect: deps.db.dialect, now: deps.clock.now() },
        {
          action: 'access_denied',
          entityType: 'route',
          entityId: route,
          outcome: 'denied',
          actorId: user?.accountId ?? null,
          organizationId: user?.organizationId ?? null,
          ip: c.var.clientAddress,
          requestId: c.var.requestId,
          details: { roles: user ? [...user.roles] : [] },
        },
      )
      return forbidden(c)
    },
  }
}

/** Keeps what was posted, for the person to send again after signing in. */
async function keepSubmission(
  deps: IdentityDeps,
  c: Context<AppEnv>,
  accountId: string,
): Promise<string> {
  const body = await c.req.parseBody({ all: true }).catch(() => ({}))
  const token = newToken(24)
  const now = deps.clock.now()
  await insertPendingSubmission(deps.db.kysely, {
    token_hash: await sha256Hex(token),
    account_id: accountId,
    path: c.req.path,
    fields: JSON.stringify(keptEntries(body as Record<string, unknown>)),
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + PENDING_MINUTES * 60_000).toISOString(),
  })
  return token
}

/** The 403 page. */
export function forbidden(c: Context<AppEnv>) {
  const t = c.var.t
  c.status(403)
  return c.render(
    <ErrorPage heading={t('errors.403.title')}>
      <p>{t('errors.403.body')}</p>
    </ErrorPage>,
    { title: t('errors.403.title') },
  )
}
