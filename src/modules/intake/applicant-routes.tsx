/** The applicant step: the registry's data shown, the contacts confirmed. */
import type { Context, Hono } from 'hono'
import { ApplicantPage } from '../../../views/intake/applications/applicant.tsx'
import type { AppEnv } from '../../http/env.ts'
import { errorItems, fieldError, type FieldErrors, validForm } from '../../http/forms.ts'
import { snapshotOf } from './applicants.ts'
import { saveStep } from './drafts.ts'
import { actorOf, basePath, ID, type IntakeRouteDeps, type Mode } from './http.ts'
import type { DraftFacts } from './readiness.ts'
import { afterSave, kept, keptVersion, taskListPath, withDraft } from './route-kit.ts'
import { representativePages } from './representative-routes.tsx'
import { applicantForm } from './schema.ts'

type Values = Record<string, unknown>

/** Registers the applicant and representative steps. */
export function applicantPages(app: Hono<AppEnv>, deps: IntakeRouteDeps, mode: Mode): void {
  app.get(`/${ID}/applicant`, (c) =>
    withDraft(deps, c, mode, (f) =>
      applicantPage(c, mode, f, {
        phone: f.row.applicant_phone ?? '',
        email: f.row.applicant_email ?? '',
      }, {})))

  app.post(
    `/${ID}/applicant`,
    validForm(
      applicantForm,
      (c, values, errors) =>
        withDraft(deps, c, mode, (f) => applicantPage(c, mode, f, values, errors)),
    ),
    (c) =>
      withDraft(deps, c, mode, async (f) => {
        const form = c.req.valid('form')
        const email = form.email || null
        const outcome = await saveStep(deps, { id: f.row.id, version: form.version }, {
          applicant_phone: form.phone,
          applicant_email: email,
          applicant_confirmed_at: deps.clock.now().toISOString(),
        }, {
          actor: actorOf(c),
          step: 'applicant',
          same: (x) =>
            x.applicant_phone === form.phone && x.applicant_email === email &&
            !!x.applicant_confirmed_at,
        })
        return afterSave(c, mode, f.row.id, outcome, () =>
          withDraft(deps, c, mode, (fresh) =>
            applicantPage(c, mode, fresh, form, {}, c.var.t('intake:conflict'))))
      }),
  )

  if (mode === 'office') representativePages(app, deps)
}

function applicantPage(
  c: Context<AppEnv>,
  mode: Mode,
  f: DraftFacts,
  values: Values,
  errors: FieldErrors,
  notice?: string,
) {
  const { t, lang } = c.var
  const a = snapshotOf(f.row)
  const hasErrors = Object.keys(errors).length > 0
  if (hasErrors) c.status(422)
  const rows = [
    { key: t('intake:applicant.type'), value: t(`intake:applicantTypes.${f.row.applicant_type}`) },
    { key: t('intake:applicant.name'), value: a.name[lang] },
    {
      key: t(a.bin ? 'intake:applicant.bin' : 'intake:applicant.iin'),
      value: a.bin ?? a.iin ?? '',
    },
    { key: t('intake:applicant.address'), value: a.address?.[lang] ?? '—' },
  ]
  return c.render(
    <ApplicantPage
      caption={f.ctx.regulation.name[lang]}
      title={t('intake:applicant.title')}
      errorTitle={t('form.errorSummaryTitle')}
      errors={errorItems(errors, ['phone', 'email'])}
      notice={notice}
      lead={t('intake:applicant.lead')}
      registryRows={rows}
      registryNotice={a.source === 'local' ? t('intake:applicant.localRegistry') : undefined}
      action={`${basePath(lang, mode)}/${f.row.id}/applicant`}
      csrf={c.var.csrfToken()}
      version={notice ? f.row.version : keptVersion(values, f.row.version)}
      phone={{
        label: t('intake:applicant.phone'),
        hint: t('intake:applicant.phoneHint'),
        value: kept(values, 'phone'),
        error: fieldError(errors, 'phone', t),
      }}
      email={{
        label: t('intake:applicant.email'),
        hint: t('intake:applicant.emailHint'),
        value: kept(values, 'email'),
        error: fieldError(errors, 'email', t),
      }}
      submitText={t('intake:saveAndContinue')}
      back={{ href: taskListPath(lang, mode, f.row.id), text: t('intake:backToTasks') }}
    />,
    { title: t('intake:applicant.title'), hasErrors },
  )
}
