/** The signed-in person's own pages: account details, password change, sessions. */
import { type Context, Hono } from 'hono'
import { AccountPage } from '../../../views/identity/account.tsx'
import { PasswordPage } from '../../../views/identity/password.tsx'
import { SessionsPage } from '../../../views/identity/sessions.tsx'
import type { AccessRules } from '../../http/access.ts'
import { writeCookie } from '../../http/cookies.ts'
import type { AppEnv } from '../../http/env.ts'
import { errorItems, fieldError, type FieldErrors, validForm } from '../../http/forms.ts'
import { seeOther } from '../../http/htmx.ts'
import { recordAudit } from '../audit/index.ts'
import { toAlmaty } from '../sla/index.ts'
import { changeOwnPassword } from './accounts.ts'
import type { IdentityRouteDeps } from './http-deps.ts'
import { findAccountById, findOrganization } from './repo.ts'
import { requestMeta } from './routes.tsx'
import { passwordForm } from './schema.ts'
import { endOtherSessions, listSessions, startSession } from './sessions.ts'

/** Who may use the account routes. */
export const access: AccessRules = {
  'GET /:lang/account': 'signed_in',
  'GET /:lang/account/password': 'signed_in',
  'POST /:lang/account/password': 'signed_in',
  'GET /:lang/account/sessions': 'signed_in',
  'POST /:lang/account/sessions/revocation': 'signed_in',
}

/** The account routes, mounted at `/account`. */
export function accountRoutes(deps: IdentityRouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  app.get('/', async (c) => {
    const { t, lang } = c.var
    const user = c.var.user!
    const account = await findAccountById(deps.db.kysely, user.accountId)
    const org = user.organizationId
      ? await findOrganization(deps.db.kysely, user.organizationId)
      : undefined
    const none = t('identity:account.notGiven')
    const rows = [
      { key: t('identity:account.name'), value: user.displayName[lang] },
      { key: t('identity:account.login'), value: user.login },
      {
        key: t('identity:account.type'),
        value: user.applicantType
          ? t(`identity:register.types.${user.applicantType}`)
          : t('identity:account.officer'),
      },
      ...(org
        ? [{
          key: t('identity:account.organization'),
          value: lang === 'kk' ? org.name_kk : org.name_ru,
        }]
        : []),
      {
        key: t('identity:account.roles'),
        value: [...user.roles].map((r) => t(`roles.${r}`)).join(', '),
      },
      { key: t('identity:account.email'), value: account?.email ?? none },
      { key: t('identity:account.phone'), value: account?.phone ?? none },
    ]
    const links = [
      { href: `/${lang}/account/password`, text: t('identity:account.changePassword') },
      { href: `/${lang}/account/sessions`, text: t('identity:account.sessions') },
    ]
    const notice = c.req.query('password') ? t('identity:password.done') : undefined
    return c.render(<AccountPage t={t} lang={lang} rows={rows} links={links} notice={notice} />, {
      title: t('identity:account.title'),
    })
  })

  app.get('/password', (c) => renderPassword(c, {}))

  app.post(
    '/password',
    validForm(passwordForm, (c, _values, errors) => renderPassword(c, errors)),
    async (c) => {
      const { t, lang } = c.var
      const user = c.var.user!
      const form = c.req.valid('form')
      const meta = requestMeta(c)
      const result = await changeOwnPassword(deps, user, form, meta)
      if (!result.ok) {
        const key = result.error === 'wrong'
          ? 'identity:password.errors.wrong'
          : `identity:validation.password.${result.error}`
        return renderPassword(c, { [result.field]: t(key) })
      }
      // Every session ended with the old password, this one too: a new id continues this one.
      writeCookie(c, deps.cookies, 'sid', await startSession(deps, user.accountId, meta))
      return seeOther(c, `/${lang}/account?password=changed`)
    },
  )

  app.get('/sessions', async (c) => {
    const { t, lang } = c.var
    const user = c.var.user!
    const sessions = (await listSessions(deps, user)).map((s) => ({
      current: s.current,
      started: formatTime(s.createdAt),
      lastSeen: formatTime(s.lastSeenAt),
      ip: s.ip ?? '',
      browser: s.userAgent ?? '',
    }))
    const ended = Number(c.req.query('ended') ?? '')
    const notice = Number.isInteger(ended) && ended > 0
      ? t('identity:sessions.ended', { count: ended })
      : undefined
    return c.render(
      <SessionsPage
        t={t}
        lang={lang}
        csrf={c.var.csrfToken()}
        sessions={sessions}
        notice={notice}
      />,
      { title: t('identity:sessions.title') },
    )
  })

  app.post('/sessions/revocation', async (c) => {
    const user = c.var.user!
    const ended = await endOtherSessions(deps, user)
    await recordAudit(
      { db: deps.db.kysely, dialect: deps.db.dialect, now: deps.clock.now() },
      {
        action: 'sessions_ended',
        entityType: 'account',
        entityId: user.accountId,
        actorId: user.accountId,
        ip: c.var.clientAddress,
        requestId: c.var.requestId,
        details: { ended },
      },
    )
    return seeOther(c, `/${c.var.lang}/account/sessions?ended=${ended}`)
  })

  return app
}

function renderPassword(c: Context<AppEnv>, errors: FieldErrors) {
  const t = c.var.t
  const hasErrors = Object.keys(errors).length > 0
  if (hasErrors) c.status(422)
  return c.render(
    <PasswordPage
      t={t}
      lang={c.var.lang}
      csrf={c.var.csrfToken()}
      login={c.var.user?.login ?? ''}
      errorList={errorItems(errors, ['currentPassword', 'newPassword'])}
      errors={{
        currentPassword: fieldError(errors, 'currentPassword', t),
        newPassword: fieldError(errors, 'newPassword', t),
      }}
    />,
    { title: t('identity:password.title'), hasErrors },
  )
}

function formatTime(iso: string): string {
  return toAlmaty(new Date(iso))
}
