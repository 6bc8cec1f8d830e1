/**
 * EDS login (`/:lang/login/eds`): each page carries a fresh one-time challenge bound to the
 * browser's session; the signed challenge is verified (AUTH key), the certificate's IIN/BIN
 * picks the applicant, and a session starts exactly as after a password login.
 */
import { type Context, Hono } from 'hono'
import { LoginDonePage } from '../../../views/signing/login-done.tsx'
import { EdsLoginPage } from '../../../views/signing/login.tsx'
import type { AccessRules } from '../../http/access.ts'
import { writeCookie } from '../../http/cookies.ts'
import type { AppEnv } from '../../http/env.ts'
import { seeOther } from '../../http/htmx.ts'
import { extendCsp } from '../../http/security.ts'
import { requestMeta, startSession } from '../identity/index.ts'
import { toBase64 } from './bytes.ts'
import { type LoginRefusal, verifyLogin } from './eds-login.ts'
import { issueNonce, sessionBinding } from './form-nonce.ts'
import { ncalayerCsp, type SigningRouteDeps } from './http-deps.ts'
import { recordLogin } from './login-record.ts'
import { createNonce, loginChallenge } from './nonce.ts'
import { refusalText } from './refusal-text.ts'
import { cmsOf, signatureForm } from './schema.ts'
import { sha256Hex } from './canonical.ts'

/** Who may use EDS login: anyone. */
export const access: AccessRules = {
  'GET /:lang/login/eds': 'public',
  'POST /:lang/login/eds': 'public',
  'GET /:lang/login/eds/challenge/:nonce': 'public',
}

type Failure = { method: 'ncalayer' | 'upload' | 'demo'; refusal: LoginRefusal; login: string }

/** The EDS login routes, mounted at `/login/eds` of the pages app. */
export function loginRoutes(deps: SigningRouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.use('*', extendCsp(ncalayerCsp))

  app.get('/', async (c) => {
    const user = c.var.user
    if (!user) return await renderLogin(c)
    const landing = await deps.identity.landing(user.accountId, c.var.lang)
    const reissued = c.req.query('reissued')
    if (reissued !== 'password_changed' && reissued !== 'expired') return seeOther(c, landing)
    const { t } = c.var
    return c.render(
      <LoginDonePage
        title={t('signing:login.done')}
        noticeTitle={t('signing:demo.reissuedTitle')}
        notice={t(`signing:demo.reissued.${reissued}`)}
        continueHref={landing}
        continueText={t('signing:page.signed.continue')}
      />,
      { title: t('signing:login.done') },
    )
  })

  app.get('/challenge/:nonce', (c) => {
    const nonce = c.req.param('nonce')
    if (!/^[A-Za-z0-9_-]{43}$/.test(nonce)) return c.notFound()
    c.header('Content-Type', 'application/json; charset=utf-8')
    c.header('Content-Disposition', 'attachment; filename="eds-login-challenge.json"')
    c.header('Cache-Control', 'private, no-store')
    return c.body(loginChallenge(nonce).slice().buffer)
  })

  app.post('/', async (c) => {
    const lang = c.var.lang
    if (c.var.user) return seeOther(c, await deps.identity.landing(c.var.user.accountId, lang))
    const form = signatureForm.parse(await c.req.parseBody())
    const meta = requestMeta(c)
    const method = form.method
    const result = await verifyLogin(deps, {
      nonce: form.nonce,
      binding: await sessionBinding(c.var.csrfToken()),
      source: method === 'demo'
        ? { method, login: form.login, password: form.password }
        : { method, cms: await cmsOf(form) },
      meta,
    })
    if (!result.ok) {
      const throttled = result.refusal.code === 'throttled' ? result.refusal : undefined
      if (throttled) c.header('Retry-After', String(throttled.retryAfterSeconds))
      c.status(throttled ? 429 : 422)
      return await renderLogin(c, { method, refusal: result.refusal, login: form.login })
    }
    await recordLogin(deps, result, { method, meta })
    const sid = await startSession(deps.identity, result.accountId, meta)
    writeCookie(c, deps.identity.cookies, 'sid', sid)
    if (result.reissued) return seeOther(c, `/${lang}/login/eds?reissued=${result.reissued}`)
    return seeOther(c, await deps.identity.landing(result.accountId, lang))
  })

  async function renderLogin(c: Context<AppEnv>, failure?: Failure) {
    const { t, lang } = c.var
    const value = createNonce(deps.clock.now()).value
    const challenge = loginChallenge(value)
    await issueNonce(deps, {
      purpose: 'login',
      requestId: null,
      binding: await sessionBinding(c.var.csrfToken()),
      documentHash: await sha256Hex(challenge),
    }, value)
    const text = failure && refusalText(failure.refusal, t, 'login')
    const error = text ? { text, prefix: t('form.errorPrefix') } : undefined
    const field = failure ? fieldOf(failure) : undefined
    return c.render(
      <EdsLoginPage
        t={t}
        lang={lang}
        csrf={c.var.csrfToken()}
        nonce={value}
        challengeText={new TextDecoder().decode(challenge)}
        challengeHref={`/${lang}/login/eds/challenge/${value}`}
        base64={toBase64(challenge)}
        action={`/${lang}/login/eds`}
        scriptSrc={deps.ncalayerScript}
        demo={deps.demoCa}
        login={failure?.login.slice(0, 64) ?? ''}
        errorList={error && field ? [{ text: error.text, href: `#${field}` }] : []}
        errors={{
          ncalayer: field === 'ncalayer-button' ? error : undefined,
          upload: field === 'signature-file' ? error : undefined,
          login: field === 'demo-login' ? error : undefined,
          password: field === 'demo-password' ? error : undefined,
        }}
      />,
      { title: t('signing:login.title'), hasErrors: Boolean(failure) },
    )
  }

  return app
}

function fieldOf(failure: Failure): string {
  if (failure.method === 'ncalayer') return 'ncalayer-button'
  if (failure.method === 'upload') return 'signature-file'
  return failure.refusal.code === 'password_missing' ? 'demo-password' : 'demo-login'
}
