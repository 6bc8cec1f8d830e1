/**
 * The representative step (office and PSC only): none, or a person whose notarized power of
 * attorney the notary registry confirms for this applicant today.
 */
import type { Context, Hono } from 'hono'
import { RepresentativePage } from '../../../views/intake/applications/representative.tsx'
import type { AppEnv } from '../../http/env.ts'
import { errorItems, fieldError, type FieldErrors, validForm } from '../../http/forms.ts'
import { saveStep } from './drafts.ts'
import { actorOf, basePath, ID, type IntakeRouteDeps } from './http.ts'
import type { DraftFacts } from './readiness.ts'
import { afterSave, kept, keptVersion, taskListPath, withDraft } from './route-kit.ts'
import { representativeForm } from './schema.ts'
import { checkRepresentative } from './steps.ts'
import type { Representative } from './view-types.ts'

type Values = Record<string, unknown>

/** Registers the representative step on the counters' pages. */
export function representativePages(app: Hono<AppEnv>, deps: IntakeRouteDeps): void {
  app.get(`/${ID}/representative`, (c) =>
    withDraft(deps, c, 'office', (f) => {
      const r: Representative | null = f.row.representative
        ? JSON.parse(f.row.representative)
        : null
      const values = r
        ? {
          hasRepresentative: 'yes',
          representativeIin: r.iin,
          poaNumber: r.powerOfAttorney.number,
        }
        : { hasRepresentative: f.row.representative === null ? '' : 'no' }
      return representativePage(c, f, values, {})
    }))

  app.post(
    `/${ID}/representative`,
    validForm(
      representativeForm,
      (c, values, errors) =>
        withDraft(deps, c, 'office', (f) => representativePage(c, f, values, errors)),
    ),
    (c) =>
      withDraft(deps, c, 'office', async (f) => {
        const form = c.req.valid('form')
        const checked = await checkRepresentative(deps, f.row, form)
        if (!checked.ok) {
          const t = c.var.t
          const errors = Object.fromEntries(
            Object.entries(checked.errors).map(([k, v]) => [k, t(v)]),
          )
          return representativePage(c, f, form, errors)
        }
        // 'null' records the answer "no representative"; a SQL NULL means not answered yet.
        const json = JSON.stringify(checked.value)
        const outcome = await saveStep(deps, { id: f.row.id, version: form.version }, {
          representative: json,
        }, { actor: actorOf(c), step: 'representative', same: (x) => x.representative === json })
        return afterSave(c, 'office', f.row.id, outcome, () =>
          withDraft(deps, c, 'office', (fresh) =>
            representativePage(c, fresh, form, {}, c.var.t('intake:conflict'))))
      }),
  )
}

function representativePage(
  c: Context<AppEnv>,
  f: DraftFacts,
  values: Values,
  errors: FieldErrors,
  notice?: string,
) {
  const { t, lang } = c.var
  const hasErrors = Object.keys(errors).length > 0
  if (hasErrors) c.status(422)
  const r: Representative | null = f.row.representative ? JSON.parse(f.row.representative) : null
  const has = kept(values, 'hasRepresentative')
  return c.render(
    <RepresentativePage
      caption={f.ctx.regulation.name[lang]}
      title={t('intake:representative.title')}
      errorTitle={t('form.errorSummaryTitle')}
      errors={errorItems(errors, ['hasRepresentative', 'representativeIin', 'poaNumber'])}
      notice={notice}
      lead={t('intake:representative.lead')}
      currentTitle={t('intake:representative.current')}
      current={r
        ? [
          { key: t('intake:representative.name'), value: r.fullName },
          { key: t('intake:applicant.iin'), value: r.iin },
          {
            key: t('intake:representative.poa'),
            value: t('intake:representative.poaValue', {
              number: r.powerOfAttorney.number,
              notary: r.powerOfAttorney.notary,
              until: r.powerOfAttorney.validUntil,
            }),
          },
        ]
        : undefined}
      action={`${basePath(lang, 'office')}/${f.row.id}/representative`}
      csrf={c.var.csrfToken()}
      version={notice ? f.row.version : keptVersion(values, f.row.version)}
      has={{
        legend: t('intake:representative.hasLegend'),
        items: ['no', 'yes'].map((v) => ({
          value: v,
          text: t(`intake:representative.has.${v}`),
          checked: has === v,
        })),
        error: fieldError(errors, 'hasRepresentative', t),
      }}
      iin={{
        label: t('intake:representative.iin'),
        hint: t('intake:representative.iinHint'),
        value: kept(values, 'representativeIin'),
        error: fieldError(errors, 'representativeIin', t),
      }}
      poa={{
        label: t('intake:representative.poaNumber'),
        hint: t('intake:representative.poaHint'),
        value: kept(values, 'poaNumber'),
        error: fieldError(errors, 'poaNumber', t),
      }}
      submitText={t('intake:saveAndContinue')}
      back={{ href: taskListPath(lang, 'office', f.row.id), text: t('intake:backToTasks') }}
    />,
    { title: t('intake:representative.title'), hasErrors },
  )
}
