/** The forms the viewer may use on the case page, with their choices translated. */
import type { Context } from 'hono'
import type { FormContext, Option } from '../../../views/review/cases/_fields.tsx'
import { CurrentStepForm, PauseForm, ReassignForm } from '../../../views/review/cases/_forms.tsx'
import { SignatureForms } from '../../../views/review/cases/_signature.tsx'
import type { AppEnv } from '../../http/env.ts'
import type { CasePage } from './case-page.ts'
import { fieldError } from '../../http/forms.ts'

/** Input kept after a failed form, with its errors (locale keys by field). */
export interface FormState {
  readonly resource: string
  readonly values: Record<string, string | string[]>
  readonly errors: Record<string, string>
}

/** Translated field errors for the forms. */
export function formErrors(c: Context<AppEnv>, form: FormState | undefined) {
  const out: Record<string, ReturnType<typeof fieldError> & object> = {}
  for (const [field, key] of Object.entries(form?.errors ?? {})) {
    out[field] = fieldError({ [field]: c.var.t(key) }, field, c.var.t)!
  }
  return out
}

/** Every form the viewer may use now, or nothing. */
export function actionForms(c: Context<AppEnv>, page: CasePage, form: FormState | undefined) {
  const { lang, t } = c.var
  const { row, step, regulation } = page.ctx
  const a = page.actions
  const href = (resource: string) => `/${lang}/cases/${row.id}/${resource}`
  const ctx = (resource: string): FormContext => ({
    t,
    csrf: c.var.csrfToken(),
    version: row.version,
    href: href(resource),
    values: form?.resource === resource ? form.values : {},
    errors: form?.resource === resource ? formErrors(c, form) : {},
  })
  const option = (value: string, text: string): Option => ({ value, text })
  const grounds = regulation.refusalGrounds.items.map((g) => option(g.id, g.text[lang]))
  return (
    <>
      {step && a.resource && a.resource !== 'signature'
        ? (
          <CurrentStepForm
            f={ctx(a.resource)}
            kind={step.kind}
            outcomes={a.outcomes.map((o) => option(o.id, t(`review:outcomes.${o.id}`)))}
            candidates={a.candidates.map((o) => option(o.id, o.name[lang]))}
            grounds={grounds}
            groundsReference={regulation.refusalGrounds.status === 'standard_reference'
              ? regulation.refusalGrounds.reference[lang]
              : undefined}
            missing={page.missingChoices.map((d) => option(d.id, d.name[lang]))}
            checklist={page.checklist.map((i) => ({
              id: i.id,
              text: i.text[lang],
              ...(i.evidence ? { hint: i.evidence[lang] } : {}),
            }))}
          />
        )
        : null}
      {a.signature && a.signature !== 'unavailable'
        ? (
          <SignatureForms
            state={a.signature}
            request={ctx('signature-request')}
            complete={ctx('signature')}
          />
        )
        : null}
      {a.pause
        ? (
          <PauseForm
            f={ctx(a.pause === 'pause' ? 'pause' : 'resumption')}
            resume={a.pause === 'resume'}
          />
        )
        : null}
      {a.reassign
        ? (
          <ReassignForm
            f={ctx('reassignment')}
            candidates={a.reassign.filter((o) => o.id !== row.assignee_account_id)
              .map((o) => option(o.id, o.name[lang]))}
          />
        )
        : null}
    </>
  )
}
