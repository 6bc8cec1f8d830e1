/** The particulars step, the sub-service choice, and the qualification requirements. */
import type { Hono } from 'hono'
import type { AppEnv } from '../../http/env.ts'
import { type FieldErrors, validForm } from '../../http/forms.ts'
import type { T } from '../../i18n.ts'
import { saveStep } from './drafts.ts'
import { actorOf, ID, type IntakeRouteDeps, type Mode } from './http.ts'
import type { DraftFacts } from './readiness.ts'
import { afterSave, withDraft } from './route-kit.ts'
import { particularsForm, qualificationForm, subServiceForm } from './schema.ts'
import { checkParticulars, checkQualification, type StepErrors } from './steps.ts'
import { qualificationPage, subServicePage } from './choice-pages.tsx'
import { particularsPage } from './particulars-page.tsx'

type Values = Record<string, unknown>

/** Registers the particulars, sub-service and qualification steps. */
export function particularsPages(app: Hono<AppEnv>, deps: IntakeRouteDeps, mode: Mode): void {
  app.get(
    `/${ID}/particulars`,
    (c) => withDraft(deps, c, mode, (f) => particularsPage(c, mode, f, storedValues(f), {})),
  )

  app.post(
    `/${ID}/particulars`,
    validForm(
      particularsForm,
      (c, values, errors) =>
        withDraft(deps, c, mode, (f) => particularsPage(c, mode, f, values, errors)),
    ),
    (c) =>
      withDraft(deps, c, mode, async (f) => {
        const form = c.req.valid('form')
        const checked = checkParticulars(f.ctx, form)
        if (!checked.ok) {
          return particularsPage(c, mode, f, form, translate(c.var.t, checked.errors))
        }
        const json = JSON.stringify(checked.value)
        const outcome = await saveStep(deps, { id: f.row.id, version: form.version }, {
          particulars: json,
        }, { actor: actorOf(c), step: 'particulars', same: (x) => x.particulars === json })
        return afterSave(c, mode, f.row.id, outcome, () =>
          withDraft(deps, c, mode, (fresh) =>
            particularsPage(c, mode, fresh, form, {}, c.var.t('intake:conflict'))))
      }),
  )

  app.get(
    `/${ID}/sub-service`,
    (c) =>
      withDraft(deps, c, mode, (f) => subServicePage(c, mode, f, { kind: f.row.sub_service }, {})),
  )

  app.post(
    `/${ID}/sub-service`,
    validForm(
      subServiceForm,
      (c, values, errors) =>
        withDraft(deps, c, mode, (f) => subServicePage(c, mode, f, values, errors)),
    ),
    (c) =>
      withDraft(deps, c, mode, async (f) => {
        const form = c.req.valid('form')
        if (!f.ctx.regulation.subServices.some((s) => s.kind === form.kind)) {
          return subServicePage(c, mode, f, form, { kind: c.var.t('intake:errors.kind') })
        }
        const changed = form.kind !== f.row.sub_service
        const outcome = await saveStep(
          deps,
          { id: f.row.id, version: form.version },
          changed ? { sub_service: form.kind, particulars: null, qualification: null } : {},
          { actor: actorOf(c), step: 'sub-service', same: (x) => x.sub_service === form.kind },
        )
        return afterSave(c, mode, f.row.id, outcome, () =>
          withDraft(deps, c, mode, (fresh) =>
            subServicePage(c, mode, fresh, form, {}, c.var.t('intake:conflict'))))
      }),
  )

  app.get(`/${ID}/qualification`, (c) =>
    withDraft(deps, c, mode, (f) => {
      const confirmed = f.row.qualification ? JSON.parse(f.row.qualification).confirmed : []
      return qualificationPage(c, mode, f, { confirmed }, {})
    }))

  app.post(
    `/${ID}/qualification`,
    validForm(
      qualificationForm,
      (c, values, errors) =>
        withDraft(deps, c, mode, (f) => qualificationPage(c, mode, f, values, errors)),
    ),
    (c) =>
      withDraft(deps, c, mode, async (f) => {
        const form = c.req.valid('form')
        const checked = checkQualification(f.ctx, form.confirmed)
        if (!checked.ok) {
          return qualificationPage(c, mode, f, form, translate(c.var.t, checked.errors))
        }
        const json = JSON.stringify(checked.value)
        const outcome = await saveStep(deps, { id: f.row.id, version: form.version }, {
          qualification: json,
        }, {
          actor: actorOf(c),
          step: 'qualification',
          same: (x) => x.qualification === json,
        })
        return afterSave(c, mode, f.row.id, outcome, () =>
          withDraft(
            deps,
            c,
            mode,
            (fresh) => qualificationPage(c, mode, fresh, form, {}, c.var.t('intake:conflict')),
          ))
      }),
  )
}

/** Translates a step's error keys. */
export function translate(t: T, errors: StepErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, t(v)]))
}

function storedValues(f: DraftFacts): Values {
  return f.row.particulars ? JSON.parse(f.row.particulars) : {}
}
