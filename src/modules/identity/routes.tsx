/**
 * Public identity pages: login, logout, applicant registration, and the page that sends a
 * form again after the session had ended.
 */
import { type Context, Hono } from 'hono'
import { LoginPage } from '../../../views/identity/login.tsx'
import { RegisterPage } from '../../../views/identity/register.tsx'
import { ResumePage } from '../../../views/identity/resume.tsx'
import type { AccessRules } from '../../http/access.ts'
import { clearCookie, writeCookie } from '../../http/cookies.ts'
import type { AppEnv } from '../../http/env.ts'
import { errorItems, fieldError, safeNext, validForm } from '../../http/forms.ts'
import { seeOther } from '../../http/htmx.ts'
import { sha256Hex } from '../../lib/ids.ts'
import { recordAudit } from '../audit/index.ts'
import { type ApplicantType, registerApplicant } from './accounts.ts'
import type { IdentityRouteDeps } from './http-deps.ts'
import { parseBin, parseIin, parseIinOrBin } from './iin.ts'
import { login, mask, normalizeLogin } from './login.ts'
import { checkPassword } from './password-policy.ts'
import { takePendingSubmission } from './repo.ts'
import { loginForm, registerForm } from './schema.ts'
import { endSessionByCookie, startSession } from './sessions.ts'

/** Who may use the public identity routes. */
export const access: AccessRules = {
  'GET /:lang/login': 'public',
  'POST /:lang/login': 'public',
  'POST /:lang/logout': 'public',
  'GET /:lang/register': 'public',
  'POST /:lang/register': 'public',
  'GET /:lang/resume/:token': 'signed_in',
}

/** The public identity routes, mounted at `/` of the pages app. */
export function routes(deps: IdentityRouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  app.get('/login', (c) => {
    const { t, lang } = c.var
    const resume = c.req.query('resume')?.slice(0, 100)
    const next = safeNext(c.req.query('next'))
    const notice = resume
      ? t('identity:login.resumeNotice')
      : next
      ? t('identity:login.nextNotice')
      : c.req.query('registered')
      ? t('identity:register.done')
      : undefined
    return c.render(
      <LoginPage
        t={t}
        lang={lang}
        csrf={c.var.csrfToken()}
        login=''
        next={next}
        resume={resume}
        notice={notice}
        errorList={[]}
      />,
      { title: t('identity:login.title') },
    )
  })

  app.post(
    '/login',
    validForm(loginForm, (c, values, errors) => {
      const { t, lang } = c.var
      c.status(422)
      return c.render(
        <LoginPage
          t={t}
          lang={lang}
          csrf={c.var.csrfToken()}
          login={String(values['login'] ?? '').slice(0, 64)}
          next={safeNext(values['next'])}
          resume={typeof values['resume'] === 'string' ? values['resume'].slice(0, 100) : undefined}
          errorList={errorItems(errors, ['login', 'password'])}
          loginError={fieldError(errors, 'login', t)}
          passwordError={fieldError(errors, 'password', t)}
        />,
        { title: t('identity:login.title'), hasErrors: true },
      )
    }),
    async (c) => {
      const { t, lang } = c.var
      const form = c.req.valid('form')
      const meta = requestMeta(c)
      const result = await login(deps, { login: form.login, password: form.password }, meta)
      if (!result.ok) {
        const message = result.reason === 'throttled'
          ? t('identity:login.errors.throttled', {
            count: Math.ceil(result.retryAfterSeconds / 60),
          })
          : t('identity:login.errors.invalid')
        if (result.reason === 'throttled') c.header('Retry-After', String(result.retryAfterSeconds))
        c.status(result.reason === 'throttled' ? 429 : 401)
        return c.render(
          <LoginPage
            t={t}
            lang={lang}
            csrf={c.var.csrfToken()}
            login={form.login}
            next={safeNext(form.next)}
            resume={form.resume}
            errorList={[{ text: message, href: '#login' }]}
            loginError={{ text: message, prefix: t('form.errorPrefix') }}
          />,
          { title: t('identity:login.title'), hasErrors: true },
        )
      }
      if (c.var.sid) await endSessionByCookie(deps, c.var.sid, 'replaced')
      const sid = await startSession(deps, result.accountId, meta)
      writeCookie(c, deps.cookies, 'sid', sid)
      await recordAudit(auditDeps(deps), {
        action: 'login_succeeded',
        entityType: 'account',
        entityId: result.accountId,
        actorId: result.accountId,
        ip: meta.ip,
        requestId: meta.requestId,
        details: { login: mask(normalizeLogin(form.login)) },
      })
      if (form.resume) return seeOther(c, `/${lang}/resume/${encodeURIComponent(form.resume)}`)
      return seeOther(c, safeNext(form.next) ?? (await deps.landing(result.accountId, lang)))
    },
  )

  app.post('/logout', async (c) => {
    const user = c.var.user
    if (c.var.sid) await endSessionByCookie(deps, c.var.sid)
    clearCookie(c, deps.cookies, 'sid')
    if (user) {
      await recordAudit(auditDeps(deps), {
        action: 'logout',
        entityType: 'account',
        entityId: user.accountId,
        actorId: user.accountId,
        ip: c.var.clientAddress,
        requestId: c.var.requestId,
      })
    }
    return seeOther(c, `/${c.var.lang}`)
  })

  app.get('/register', (c) => renderRegister(c, {}, {}))

  app.post(
    '/register',
    validForm(
      registerForm,
      (c, values, errors) =>
        renderRegister(c, values, {
          ...formatProblems(c.var.t, values, deps.clock.now()),
          ...errors,
        }),
    ),
    async (c) => {
      const { t, lang } = c.var
      const form = c.req.valid('form')
      const number = form.iinOrBin.replace(/[\s-]/g, '')
      const problems = formatProblems(t, form, deps.clock.now())
      if (Object.keys(problems).length) return renderRegister(c, form, problems)
      const result = await registerApplicant(
        deps,
        {
          type: form.type as ApplicantType,
          iinOrBin: number,
          password: form.password,
          email: form.email || null,
          phone: form.phone || null,
        },
        requestMeta(c),
      )
      if (!result.ok) {
        const p = result.problem
        const key = p.field === 'password'
          ? `identity:validation.password.${p.error}`
          : `identity:register.errors.${p.error}`
        return renderRegister(c, form, { [p.field]: t(key) })
      }
      return seeOther(c, `/${lang}/login?registered=1`)
    },
  )

  app.get('/resume/:token', async (c) => {
    const user = c.var.user!
    const row = await takePendingSubmission(deps.db.kysely, await sha256Hex(c.req.param('token')))
    const usable = row && row.account_id === user.accountId &&
      row.expires_at > deps.clock.now().toISOString()
    if (!usable) return c.notFound()
    const { t } = c.var
    return c.render(
      <ResumePage
        t={t}
        csrf={c.var.csrfToken()}
        action={row.path}
        fields={JSON.parse(row.fields)}
      />,
      { title: t('identity:resume.title') },
    )
  })

  return app
}

function renderRegister(
  c: Context<AppEnv>,
  values: Record<string, unknown>,
  errors: Record<string, string>,
) {
  const t = c.var.t
  const kept = Object.fromEntries(
    ['type', 'iinOrBin', 'email', 'phone'].map((
      k,
    ) => [k, typeof values[k] === 'string' ? String(values[k]).slice(0, 200) : '']),
  )
  const hasErrors = Object.keys(errors).length > 0
  if (hasErrors) c.status(422)
  return c.render(
    <RegisterPage
      t={t}
      lang={c.var.lang}
      csrf={c.var.csrfToken()}
      values={kept}
      errorList={errorItems(errors, ['type', 'iinOrBin', 'password', 'email', 'phone'])}
      errors={Object.fromEntries(Object.keys(errors).map((k) => [k, fieldError(errors, k, t)]))}
    />,
    { title: t('identity:register.title'), hasErrors },
  )
}

/** The request facts the audit trail keeps. */
export function requestMeta(c: Context<AppEnv>) {
  return {
    ip: c.var.clientAddress ?? null,
    requestId: c.var.requestId ?? null,
    userAgent: c.req.header('user-agent') ?? null,
  }
}

function auditDeps(deps: IdentityRouteDeps) {
  return { db: deps.db.kysely, dialect: deps.db.dialect, now: deps.clock.now() }
}

/**
 * What is wrong with the typed number and password, all at once, so a person fixes them in one
 * go; the registry is asked only when both are well formed. Without a chosen type the number
 * is read as either an IIN or a BIN.
 */
function formatProblems(
  t: (key: string) => string,
  values: { type?: unknown; iinOrBin?: unknown; password?: unknown },
  today: Date,
): Record<string, string> {
  const problems: Record<string, string> = {}
  const number = String(values.iinOrBin ?? '').replace(/[\s-]/g, '')
  const kind = values.type === 'legal_entity'
    ? 'bin'
    : values.type === 'individual' || values.type === 'sole_proprietor'
    ? 'iin'
    : 'iinOrBin'
  const parsed = kind === 'bin'
    ? parseBin(number)
    : kind === 'iin'
    ? parseIin(number, { today })
    : parseIinOrBin(number, { today })
  if (!parsed.ok) problems['iinOrBin'] = t(`identity:validation.${kind}.${parsed.error}`)
  const password = checkPassword(String(values.password ?? ''), { login: number })
  if (!password.ok) problems['password'] = t(`identity:validation.password.${password.error}`)
  return problems
}
