/** The pages of the one-question steps: another sub-service, the qualification requirements. */
import type { Context } from 'hono'
import { ChoiceStepPage } from '../../../views/intake/applications/choice-step.tsx'
import type { AppEnv } from '../../http/env.ts'
import { errorItems, fieldError, type FieldErrors } from '../../http/forms.ts'
import { subServiceKinds } from './context.ts'
import { basePath, type Mode } from './http.ts'
import type { DraftFacts } from './readiness.ts'
import { kept, keptMany, keptVersion, taskListPath } from './route-kit.ts'

type Values = Record<string, unknown>

/** The sub-service choice. */
export function subServicePage(
  c: Context<AppEnv>,
  mode: Mode,
  f: DraftFacts,
  values: Values,
  errors: FieldErrors,
  notice?: string,
) {
  const { t, lang } = c.var
  const subs = f.ctx.regulation.subServices
  return render(c, errors, {
    caption: f.ctx.regulation.name[lang],
    title: t('intake:subService.title'),
    errorTitle: t('form.errorSummaryTitle'),
    errors: errorItems(errors, ['kind']),
    notice,
    lead: t('intake:subService.lead'),
    action: `${basePath(lang, mode)}/${f.row.id}/sub-service`,
    csrf: c.var.csrfToken(),
    version: notice ? f.row.version : keptVersion(values, f.row.version),
    multiple: false,
    name: 'kind',
    legend: t('intake:subService.legend'),
    items: subServiceKinds.filter((k) => subs.some((s) => s.kind === k)).map((k) => ({
      value: k,
      text: subs.find((s) => s.kind === k)!.name[lang],
      checked: kept(values, 'kind') === k,
    })),
    error: fieldError(errors, 'kind', t),
    submitText: t('intake:saveAndContinue'),
    back: { href: `${basePath(lang, mode)}/${f.row.id}/particulars`, text: t('intake:back') },
  })
}

/** The qualification requirements to confirm. */
export function qualificationPage(
  c: Context<AppEnv>,
  mode: Mode,
  f: DraftFacts,
  values: Values,
  errors: FieldErrors,
  notice?: string,
) {
  const { t, lang } = c.var
  const confirmed = keptMany(values, 'confirmed')
  const items = f.ctx.qualification
  return render(c, errors, {
    caption: f.ctx.regulation.name[lang],
    title: t('intake:qualification.title'),
    errorTitle: t('form.errorSummaryTitle'),
    errors: errorItems(errors, ['confirmed']),
    notice,
    lead: t(items.length ? 'intake:qualification.lead' : 'intake:qualification.none'),
    action: `${basePath(lang, mode)}/${f.row.id}/qualification`,
    csrf: c.var.csrfToken(),
    version: notice ? f.row.version : keptVersion(values, f.row.version),
    multiple: true,
    name: 'confirmed',
    legend: t('intake:qualification.legend'),
    hint: t('intake:qualification.hint'),
    items: items.map((q) => ({
      value: q.id,
      text: q.text[lang],
      ...(q.evidence ? { hint: q.evidence[lang] } : {}),
      checked: confirmed.includes(q.id),
    })),
    error: fieldError(errors, 'confirmed', t),
    submitText: t('intake:saveAndContinue'),
    back: { href: taskListPath(lang, mode, f.row.id), text: t('intake:backToTasks') },
  })
}

function render(
  c: Context<AppEnv>,
  errors: FieldErrors,
  props: Parameters<typeof ChoiceStepPage>[0],
) {
  const hasErrors = Object.keys(errors).length > 0
  if (hasErrors) c.status(422)
  return c.render(<ChoiceStepPage {...props} />, { title: props.title, hasErrors })
}
