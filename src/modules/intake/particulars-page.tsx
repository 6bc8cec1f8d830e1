/** The particulars page: the sub-service, and the fields its kind asks for. */
import type { Context } from 'hono'
import { ParticularsPage } from '../../../views/intake/applications/particulars.tsx'
import type { AppEnv } from '../../http/env.ts'
import { errorItems, fieldError, type FieldErrors } from '../../http/forms.ts'
import { basePath, type Mode } from './http.ts'
import { type DraftFacts, needsParticulars } from './readiness.ts'
import { kept, keptMany, keptVersion, taskListPath } from './route-kit.ts'

type Values = Record<string, unknown>

/** Renders the particulars step (422 with errors, or 409 after a conflict when the caller set it). */
export function particularsPage(
  c: Context<AppEnv>,
  mode: Mode,
  f: DraftFacts,
  values: Values,
  errors: FieldErrors,
  notice?: string,
) {
  const { t, lang } = c.var
  const kind = f.ctx.sub.kind
  const hasErrors = Object.keys(errors).length > 0
  if (hasErrors) c.status(422)
  const base = `${basePath(lang, mode)}/${f.row.id}`
  const text = (name: string, hint?: string) => ({
    label: t(`intake:particulars.${name}`),
    ...(hint ? { hint: t(hint) } : {}),
    value: kept(values, name),
    error: fieldError(errors, name, t),
  })
  const reasons = f.ctx.sub.reissueReasons ?? []
  const subtypes = f.ctx.regulation.activitySubtypes ?? []
  const chosen = keptMany(values, 'activitySubtypes')
  const choice = (name: string, items: Array<{ value: string; text: string }>) => ({
    legend: t(`intake:particulars.${name}`),
    items: items.map((i) => ({ ...i, checked: kept(values, name) === i.value })),
    error: fieldError(errors, name, t),
  })
  return c.render(
    <ParticularsPage
      caption={f.ctx.regulation.name[lang]}
      title={t('intake:particulars.title')}
      errorTitle={t('form.errorSummaryTitle')}
      errors={errorItems(errors, [
        'licenseNumber',
        'reissueReason',
        'reissueReasonText',
        'duplicateCause',
        'activitySubtypes',
      ])}
      notice={notice}
      subService={{
        key: t('intake:particulars.subService'),
        value: f.ctx.sub.name[lang],
        action: {
          href: `${base}/sub-service`,
          text: t('intake:change'),
          visuallyHiddenText: t('intake:particulars.subService'),
        },
      }}
      none={needsParticulars(f.ctx) ? undefined : t('intake:particulars.none')}
      action={`${base}/particulars`}
      csrf={c.var.csrfToken()}
      version={notice ? f.row.version : keptVersion(values, f.row.version)}
      licenseNumber={kind === 'reissue' || kind === 'duplicate'
        ? text('licenseNumber', 'intake:particulars.licenseNumberHint')
        : undefined}
      reissueReason={kind === 'reissue' && reasons.length
        ? choice('reissueReason', reasons.map((r) => ({ value: r.id, text: r.text[lang] })))
        : undefined}
      reissueReasonText={kind === 'reissue' && !reasons.length
        ? text('reissueReasonText', 'intake:particulars.reissueReasonTextHint')
        : undefined}
      duplicateCause={kind === 'duplicate'
        ? choice(
          'duplicateCause',
          ['lost', 'damaged'].map((v) => ({ value: v, text: t(`intake:particulars.causes.${v}`) })),
        )
        : undefined}
      activitySubtypes={kind === 'issue' && subtypes.length
        ? {
          legend: t('intake:particulars.activitySubtypes'),
          hint: t('intake:particulars.activitySubtypesHint'),
          items: subtypes.map((s) => ({
            value: s.id,
            text: s.name[lang],
            checked: chosen.includes(s.id),
          })),
          error: fieldError(errors, 'activitySubtypes', t),
        }
        : undefined}
      submitText={t('intake:saveAndContinue')}
      back={{ href: taskListPath(lang, mode, f.row.id), text: t('intake:backToTasks') }}
    />,
    { title: t('intake:particulars.title'), hasErrors },
  )
}
