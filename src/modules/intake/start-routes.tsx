/**
 * "Apply" on the portal: `GET /:lang/applications/new?service=…&kind=…` shows the service, its
 * sub-services and the applicant; `POST /:lang/applications` starts the draft. The start form
 * carries a one-time key, so a repeated POST opens the same draft instead of a second one.
 */
import type { Context } from 'hono'
import { Hono } from 'hono'
import { StartPage } from '../../../views/intake/applications/new.tsx'
import type { AppEnv } from '../../http/env.ts'
import { errorItems, fieldError, validForm } from '../../http/forms.ts'
import { seeOther } from '../../http/htmx.ts'
import { NotFoundError } from '../../lib/errors.ts'
import { newToken } from '../../lib/ids.ts'
import { getRegulationInForce, type RegulationVersion } from '../catalog/index.ts'
import { accountSummary } from '../identity/index.ts'
import { subServiceKinds } from './context.ts'
import { startDraft, type StartProblem } from './drafts.ts'
import { actorOf, type IntakeRouteDeps } from './http.ts'
import { startForm } from './schema.ts'

/** The portal's start pages, mounted at `/applications` (before the step pages). */
export function startRoutes(deps: IntakeRouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  app.get('/new', async (c) => {
    const version = await serviceOf(deps, c.req.query('service'))
    return renderStart(c, version, c.req.query('kind') ?? '', {})
  })

  app.post(
    '/',
    validForm(startForm, async (c, values, errors) => {
      const version = await serviceOf(deps, values['service'])
      return renderStart(c, version, String(values['kind'] ?? ''), errors)
    }),
    async (c) => {
      const form = c.req.valid('form')
      const user = c.var.user!
      const summary = await accountSummary(deps, user.accountId)
      const type = user.applicantType ?? 'individual'
      const result = await startDraft(deps, {
        regulationId: form.service,
        kind: form.kind,
        channel: 'portal',
        lang: c.var.lang,
        startKey: form.startKey,
        applicant: {
          accountId: user.accountId,
          type,
          id: (type === 'legal_entity' ? user.bin : user.iin) ?? '',
          phone: summary?.phone ?? null,
          email: summary?.email ?? null,
        },
        organizationId: null,
        actor: actorOf(c),
      })
      if (result.ok) return seeOther(c, `/${c.var.lang}/applications/${result.id}`)
      const version = await serviceOf(deps, form.service)
      return renderStart(c, version, form.kind, problemError(result.problem, c.var.t))
    },
  )

  return app
}

async function serviceOf(deps: IntakeRouteDeps, id: unknown): Promise<RegulationVersion> {
  const version = typeof id === 'string' && /^[a-z][a-z0-9-]{0,99}$/.test(id)
    ? await getRegulationInForce(deps, id, deps.clock.now())
    : undefined
  if (!version) throw new NotFoundError('No such service')
  return version
}

function problemError(problem: StartProblem, t: (k: string) => string): Record<string, string> {
  return { kind: t(`intake:start.problems.${problem}`) }
}

function renderStart(
  c: Context<AppEnv>,
  version: RegulationVersion,
  kind: string,
  errors: Record<string, string>,
) {
  const { t, lang } = c.var
  const user = c.var.user!
  const r = version.definition
  const hasErrors = Object.keys(errors).length > 0
  if (hasErrors) c.status(422)
  const id = user.bin ?? user.iin ?? ''
  return c.render(
    <StartPage
      title={t('intake:start.title')}
      caption={r.name[lang]}
      lead={t('intake:start.lead')}
      errorTitle={t('form.errorSummaryTitle')}
      errors={errorItems(errors, ['kind'])}
      action={`/${lang}/applications`}
      csrf={c.var.csrfToken()}
      service={r.id}
      startKey={newToken(24)}
      kinds={{
        legend: t('intake:start.kindLegend'),
        items: subServiceKinds.filter((k) => r.subServices.some((s) => s.kind === k)).map((k) => ({
          value: k,
          text: r.subServices.find((s) => s.kind === k)!.name[lang],
          checked: k === kind || r.subServices.length === 1,
        })),
      }}
      kindError={fieldError(errors, 'kind', t)}
      applicantTitle={t('intake:start.applicantTitle')}
      applicant={[
        { key: t('intake:applicant.name'), value: user.displayName[lang] },
        { key: t(user.bin ? 'intake:applicant.bin' : 'intake:applicant.iin'), value: id },
      ]}
      unavailable={r.channels.includes('portal') ? undefined : t('intake:start.noPortal')}
      submitText={t('intake:start.submit')}
      back={{ href: `/${lang}/services/${r.id}`, text: t('intake:start.back') }}
    />,
    { title: t('intake:start.title'), hasErrors },
  )
}
