/**
 * The quality team's kiosk set-up (`/:lang/quality/kiosks`, also open to administrators) and
 * the survey settings (`/:lang/quality/settings`). Registering a kiosk sets the device cookie
 * in this browser and opens the kiosk; the tablet is then signed out and left on its stand.
 */
import { type Context, Hono } from 'hono'
import { KiosksPage } from '../../../views/survey/quality/kiosks.tsx'
import { SettingsPage } from '../../../views/survey/quality/settings.tsx'
import type { AccessRules } from '../../http/access.ts'
import type { AppEnv } from '../../http/env.ts'
import { fieldError, type FieldErrors, keptValues, validForm } from '../../http/forms.ts'
import { seeOther } from '../../http/htmx.ts'
import { recordAudit } from '../audit/index.ts'
import { writeDeviceToken } from './device-cookie.ts'
import { summaryOf } from './form-props.ts'
import { findKiosks } from './kiosk-repo.ts'
import type { KioskRouteDeps } from './kiosk-routes.tsx'
import { registerKiosk, retireKiosk } from './kiosk-setup.ts'
import { qualityNav } from './quality-nav.ts'
import { findAccessibilityOn, upsertAccessibility } from './repo.ts'
import { kioskForm, settingsForm } from './schema.ts'

const SETUP = ['quality_analyst', 'administrator'] as const
const QUALITY = ['quality_analyst'] as const

/** Who may set up kiosks and change the settings. */
export const access: AccessRules = {
  'GET /:lang/quality/kiosks': SETUP,
  'POST /:lang/quality/kiosks': SETUP,
  'POST /:lang/quality/kiosks/:id/revocation': SETUP,
  'GET /:lang/quality/settings': QUALITY,
  'POST /:lang/quality/settings': QUALITY,
}

type C = Context<AppEnv>
const KIOSK_ORDER = ['providerId', 'name', 'minIntervalSeconds', 'maxPerHour']

/** The kiosk set-up and settings routes, mounted at `/quality`. */
export function adminRoutes(deps: KioskRouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  app.get('/kiosks', (c) => kiosksPage(deps, c, { minIntervalSeconds: '20', maxPerHour: '60' }, {}))

  app.post(
    '/kiosks',
    validForm(kioskForm, (c, values, errors) => kiosksPage(deps, c, keptValues(values), errors)),
    async (c) => {
      const f = c.req.valid('form')
      const result = await registerKiosk(deps, c.var.user!, f)
      if (result === 'noSurvey') {
        return await kiosksPage(deps, c, keptValues(await c.req.parseBody()), {
          providerId: c.var.t('survey:kiosks.errors.noSurvey'),
        })
      }
      writeDeviceToken(c, deps.cookies.secure, result.deviceToken)
      return seeOther(c, `/${c.var.lang}/kiosk/${result.kiosk.id}`)
    },
  )

  app.post('/kiosks/:id/revocation', async (c) => {
    await retireKiosk(deps, c.var.user!, c.req.param('id'))
    return seeOther(c, `/${c.var.lang}/quality/kiosks`)
  })

  app.get('/settings', (c) => settingsPage(deps, c, {}))

  app.post(
    '/settings',
    validForm(settingsForm, (c, _values, errors) => settingsPage(deps, c, errors)),
    async (c) => {
      const on = c.req.valid('form').accessibility === 'on'
      const now = deps.clock.now()
      const actor = c.var.user!.accountId
      await deps.db.kysely.transaction().execute(async (trx) => {
        await upsertAccessibility(trx, on, now.toISOString(), actor)
        await recordAudit({ db: trx, dialect: deps.db.dialect, now }, {
          action: 'survey_settings_changed',
          entityType: 'survey_settings',
          entityId: 'global',
          actorId: actor,
          actorRole: 'quality_analyst',
          details: { accessibilityQuestions: on },
        })
      })
      return seeOther(c, `/${c.var.lang}/quality/settings?saved=1`)
    },
  )

  return app
}

async function kiosksPage(
  deps: KioskRouteDeps,
  c: C,
  values: Record<string, string>,
  errors: FieldErrors,
) {
  const { t, lang } = c.var
  const providers = await deps.providers()
  const names = new Map(providers.map((p) => [p.id, p.name[lang]]))
  const own = values['providerId'] ?? c.var.user?.organizationId ?? ''
  const hasErrors = Object.keys(errors).length > 0
  if (hasErrors) c.status(422)
  return await c.render(
    <KiosksPage
      t={t}
      nav={qualityNav(c, 'kiosks')}
      action={`/${lang}/quality/kiosks`}
      csrf={c.var.csrfToken()}
      providers={providers.map((p) => ({
        value: p.id,
        text: p.name[lang],
        selected: p.id === own,
      }))}
      values={values}
      errorList={summaryOf(errors).sort((a, b) =>
        KIOSK_ORDER.indexOf(a.href.slice(1)) - KIOSK_ORDER.indexOf(b.href.slice(1))
      )}
      errors={Object.fromEntries(KIOSK_ORDER.map((f) => [f, fieldError(errors, f, t)]))}
      kiosks={(await findKiosks(deps.db.kysely)).map((k) => ({
        name: k.name,
        provider: names.get(k.provider_id) ?? k.provider_id,
        limits: t('survey:kiosks.limits', {
          seconds: k.min_interval_seconds,
          perHour: k.max_per_hour,
        }),
        active: k.revoked_at === null,
        openHref: `/${lang}/kiosk/${k.id}`,
        revokeAction: `/${lang}/quality/kiosks/${k.id}/revocation`,
      }))}
    />,
    { title: t('survey:kiosks.title'), hasErrors },
  )
}

async function settingsPage(deps: KioskRouteDeps, c: C, errors: FieldErrors) {
  const { t, lang } = c.var
  const hasErrors = Object.keys(errors).length > 0
  if (hasErrors) c.status(422)
  return await c.render(
    <SettingsPage
      t={t}
      nav={qualityNav(c, 'settings')}
      action={`/${lang}/quality/settings`}
      csrf={c.var.csrfToken()}
      on={await findAccessibilityOn(deps.db.kysely)}
      saved={c.req.query('saved') === '1'}
      errorList={summaryOf(errors)}
      error={fieldError(errors, 'accessibility', t)}
    />,
    { title: t('survey:settings.title'), hasErrors },
  )
}
