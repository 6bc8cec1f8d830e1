/**
 * The kiosk (`/:lang/kiosk/:kioskId`): public, but only on the device registered for it (its
 * cookie). With several services the respondent first picks one (a GET form), then answers
 * the questionnaire of that service's regulation. Each rendered form carries a one-time key.
 */
import { type Context, Hono } from 'hono'
import type { AccessRules } from '../../http/access.ts'
import type { AppEnv } from '../../http/env.ts'
import { validForm } from '../../http/forms.ts'
import { seeOther } from '../../http/htmx.ts'
import type { SurveyDeps } from './deps.ts'
import { readDeviceToken } from './device-cookie.ts'
import { choose, form, type Loaded, message, unregistered } from './kiosk-pages.tsx'
import { answerAtKiosk, kioskForDevice, kioskServices } from './kiosks.ts'
import { kioskAnswerForm } from './schema.ts'

/** Who may use the kiosk pages: anyone, on the registered device. */
export const access: AccessRules = {
  'GET /:lang/kiosk/:kioskId': 'public',
  'POST /:lang/kiosk/:kioskId': 'public',
  'GET /:lang/kiosk/:kioskId/thanks': 'public',
}

/** The kiosk routes' dependencies. */
export interface KioskRouteDeps extends SurveyDeps {
  readonly cookies: { readonly secure: boolean }
}

type C = Context<AppEnv>

/** The kiosk pages, mounted at `/kiosk`. */
export function kioskRoutes(deps: KioskRouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  app.get('/:kioskId', async (c) => {
    const loaded = await load(deps, c, c.req.query('service'))
    if (!loaded) return unregistered(c)
    if (!loaded.service) return await choose(deps, c, loaded, c.req.query('service') !== undefined)
    return await form(deps, c, loaded, { service: loaded.service.regulationId }, {})
  })

  app.post(
    '/:kioskId',
    validForm(kioskAnswerForm, async (c, values, errors) => {
      const loaded = await load(deps, c, String(values['service'] ?? ''))
      if (!loaded) return unregistered(c)
      if (!loaded.service) return await choose(deps, c, loaded, true)
      return await form(deps, c, loaded, values, errors, String(values['formKey'] ?? ''))
    }),
    async (c) => {
      const f = c.req.valid('form')
      const loaded = await load(deps, c, f.service)
      if (!loaded) return unregistered(c)
      if (!loaded.service) return await choose(deps, c, loaded, true)
      const outcome = await answerAtKiosk(deps, loaded.kiosk, {
        service: loaded.service,
        formKey: f.formKey,
        answers: f,
        lang: c.var.lang,
      })
      const { t, lang } = c.var
      const next = {
        href: `/${lang}/kiosk/${loaded.kiosk.id}`,
        text: t('survey:kiosk.thanks.next'),
      }
      if (outcome.kind === 'stored') return seeOther(c, `/${lang}/kiosk/${loaded.kiosk.id}/thanks`)
      if (outcome.kind === 'duplicate') return message(c, 'duplicate', 409, next)
      if (outcome.kind === 'hourly') return message(c, 'hourly', 429, next)
      c.header('Retry-After', String(outcome.seconds))
      const raw = await c.req.parseBody()
      return await form(deps, c, loaded, raw as Record<string, unknown>, {}, f.formKey, {
        title: t('survey:kiosk.wait'),
        text: t('survey:kiosk.tooSoon', { count: outcome.seconds }),
      }, 429)
    },
  )

  app.get('/:kioskId/thanks', async (c) => {
    const loaded = await load(deps, c, undefined)
    if (!loaded) return unregistered(c)
    const { t, lang } = c.var
    return message(c, 'thanks', 200, {
      href: `/${lang}/kiosk/${loaded.kiosk.id}`,
      text: t('survey:kiosk.thanks.next'),
    })
  })

  return app
}

async function load(
  deps: KioskRouteDeps,
  c: C,
  service: string | undefined,
): Promise<Loaded | undefined> {
  c.header('Cache-Control', 'no-store')
  const kiosk = await kioskForDevice(
    deps,
    c.req.param('kioskId') ?? '',
    readDeviceToken(c, deps.cookies.secure),
  )
  if (!kiosk) return undefined
  const services = await kioskServices(deps, kiosk.provider_id)
  const chosen = services.length === 1
    ? services[0]
    : services.find((s) => s.regulationId === service)
  return { kiosk, services, service: chosen }
}
