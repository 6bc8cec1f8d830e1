/**
 * Status by number without an account: `GET|POST /:lang/status`. The answer needs both the
 * number and the applicant's IIN/BIN; look-ups are limited per address (429 past the limit).
 */
import type { Context } from 'hono'
import { Hono } from 'hono'
import { StatusPage } from '../../../views/intake/status/index.tsx'
import type { AppEnv } from '../../http/env.ts'
import { errorItems, fieldError, type FieldErrors, validForm } from '../../http/forms.ts'
import { statusColour, statusText } from './cabinet-routes.tsx'
import type { IntakeRouteDeps } from './http.ts'
import { formatDateTime } from './receipt.ts'
import { kept } from './route-kit.ts'
import { statusForm } from './schema.ts'
import { lookupStatus, type StatusAnswer } from './status-lookup.ts'

type Values = Record<string, unknown>

/** The status pages, mounted at `/status`. */
export function statusRoutes(deps: IntakeRouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  app.get('/', (c) => statusPage(c, {}, {}))

  app.post(
    '/',
    validForm(statusForm, (c, values, errors) => statusPage(c, values, errors)),
    async (c) => {
      const form = c.req.valid('form')
      const answer = await lookupStatus(deps, { ...form, address: c.var.clientAddress })
      if (answer.kind === 'limited') {
        c.status(429)
        c.header('Retry-After', String(answer.retryAfterSeconds))
      }
      return statusPage(c, form, {}, answer)
    },
  )

  return app
}

function statusPage(
  c: Context<AppEnv>,
  values: Values,
  errors: FieldErrors,
  answer?: StatusAnswer,
) {
  const { t, lang } = c.var
  const hasErrors = Object.keys(errors).length > 0
  if (hasErrors) c.status(422)
  const item = answer?.kind === 'found' ? answer.item : undefined
  return c.render(
    <StatusPage
      caption={t('service.name')}
      title={t('intake:status.title')}
      lead={t('intake:status.lead')}
      errorTitle={t('form.errorSummaryTitle')}
      errors={errorItems(errors, ['number', 'iinOrBin'])}
      action={`/${lang}/status`}
      csrf={c.var.csrfToken()}
      number={{
        label: t('intake:status.number'),
        hint: t('intake:status.numberHint'),
        value: kept(values, 'number').slice(0, 40),
        error: fieldError(errors, 'number', t),
      }}
      iinOrBin={{
        label: t('intake:status.iinOrBin'),
        hint: t('intake:status.iinOrBinHint'),
        value: kept(values, 'iinOrBin').slice(0, 40),
        error: fieldError(errors, 'iinOrBin', t),
      }}
      submitText={t('intake:status.submit')}
      message={answer?.kind === 'notFound'
        ? t('intake:status.notFound')
        : answer?.kind === 'limited'
        ? t('intake:status.limited', { minutes: Math.ceil(answer.retryAfterSeconds / 60) })
        : undefined}
      result={item
        ? {
          title: item.number ?? '',
          status: {
            label: t('intake:case.status'),
            text: statusText(t, item.status),
            colour: statusColour[item.status] ?? 'blue',
          },
          rows: [
            { key: t('intake:cabinet.head.service'), value: item.service[lang] },
            { key: t('intake:case.subService'), value: item.subService[lang] },
            {
              key: t('intake:cabinet.head.deadline'),
              value: item.dueAt ? formatDateTime(item.dueAt) : '—',
            },
          ],
        }
        : undefined}
    />,
    { title: t('intake:status.title'), hasErrors },
  )
}
