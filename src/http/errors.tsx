/**
 * One place maps failures to responses: domain errors and HTTP errors get a localized page
 * with the right status; anything unexpected is a 500 page with the request id and no
 * details (the details go to the log).
 */
import type { Context, ErrorHandler, NotFoundHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { CsrfPage } from '../../views/errors/csrf.tsx'
import { ErrorPage } from '../../views/errors/error-page.tsx'
import { defaultLang, type Lang, type T } from '../i18n.ts'
import { ForbiddenError, InvalidTransitionError, NotFoundError } from '../lib/errors.ts'
import { CsrfError } from './csrf.ts'
import type { AppEnv } from './env.ts'
import { languageOfPath } from './language.ts'

type Translator = (lang: Lang) => T

/** The 404 handler: the page in the URL's language, Kazakh for an unknown prefix. */
export function notFound(translator: Translator): NotFoundHandler<AppEnv> {
  return (c) => renderError(c, translator, 404)
}

/** Figures the error pages quote (the upload limit on the 413 page). */
export interface ErrorPageFacts {
  readonly maxUploadBytes: number
}

/** The error handler installed with `app.onError`. */
export function onError(translator: Translator, facts?: ErrorPageFacts): ErrorHandler<AppEnv> {
  return (err, c) => {
    if (err instanceof CsrfError) return renderCsrf(c, translator, err)
    if (err instanceof NotFoundError) return renderError(c, translator, 404)
    if (err instanceof ForbiddenError) return renderError(c, translator, 403)
    if (err instanceof InvalidTransitionError) return renderError(c, translator, 409)
    if (err instanceof HTTPException && err.status < 500) {
      const megabytes = Math.floor((facts?.maxUploadBytes ?? 0) / 1024 / 1024)
      return renderError(c, translator, err.status as ContentfulStatusCode, { megabytes })
    }
    c.var.log?.error('unhandled error', { error: err })
    return renderError(c, translator, 500)
  }
}

const KNOWN = new Set([400, 403, 404, 405, 409, 413, 415, 422, 429, 500, 503])

async function renderError(
  c: Context<AppEnv>,
  translator: Translator,
  status: ContentfulStatusCode,
  values: Record<string, unknown> = {},
) {
  const lang = c.var.lang ?? languageOfPath(c.req.path) ?? defaultLang
  const t = c.var.t ?? translator(lang)
  const key = `errors.${KNOWN.has(status) ? status : status < 500 ? 400 : 500}`
  c.header('Cache-Control', 'no-store')
  if (c.req.path.startsWith('/api/')) {
    return c.json({ error: t(`${key}.title`), requestId: c.var.requestId }, status)
  }
  try {
    c.status(status)
    return await c.render(
      <ErrorPage
        heading={t(`${key}.title`)}
        reference={status >= 500
          ? { label: t('errors.reference'), requestId: c.var.requestId }
          : undefined}
      >
        <p>{t(`${key}.body`, values)}</p>
        <p>
          <a href={`/${lang}`}>{t('errors.home')}</a>
        </p>
      </ErrorPage>,
      { title: t(`${key}.title`) },
    )
  } catch (error) {
    c.var.log?.error('error page failed', { error })
    return c.text(`${status}`, status)
  }
}

async function renderCsrf(c: Context<AppEnv>, translator: Translator, err: CsrfError) {
  const lang = c.var.lang ?? languageOfPath(c.req.path) ?? defaultLang
  const t = c.var.t ?? translator(lang)
  c.var.log?.warn('csrf rejected', { reason: err.reason, path: c.req.path })
  c.header('Cache-Control', 'no-store')
  c.status(403)
  const resend = err.reason === 'token' && c.var.csrfToken
    ? {
      action: c.req.path,
      token: c.var.csrfToken(),
      fields: err.fields,
      intro: t('errors.csrf.resendIntro'),
      buttonText: t('errors.csrf.resend'),
    }
    : undefined
  return await c.render(
    <CsrfPage
      heading={t('errors.csrf.title')}
      body={t(err.reason === 'token' ? 'errors.csrf.bodyToken' : 'errors.csrf.bodyOrigin')}
      resend={resend}
      backHref={`/${lang}`}
      backText={t('errors.home')}
    />,
    { title: t('errors.csrf.title') },
  )
}
