/** Rendering the authority's request page: as it is, after a refusal (409) or a form error (422). */
import type { Context } from 'hono'
import { ConclusionForm } from '../../../views/approval/_conclusion-form.tsx'
import { RequestPage } from '../../../views/approval/request.tsx'
import { Button } from '../../../views/components/button.tsx'
import type { AppEnv } from '../../http/env.ts'
import { errorItems, fieldError, type FieldErrors } from '../../http/forms.ts'
import { getCase } from '../review/index.ts'
import type { ConflictReason } from './errors.ts'
import { formatDateTime, requestState } from './format.ts'
import { actorOf, conclusionItem, dueText, sizeText, stateTag } from './present.ts'
import { loadRequestPage } from './queries.ts'
import { applicantRows, draftRows, unsentBlock } from './request-parts.tsx'
import type { ApprovalDeps } from './types.ts'

type C = Context<AppEnv>

/** A failed form: the person's input and the errors. */
export interface FormState {
  readonly values: Record<string, string>
  readonly errors: FieldErrors
}

/** Renders the request page; a form error is 422, a refused action 409 with why. */
export async function renderRequest(
  c: C,
  deps: ApprovalDeps,
  requestId: string,
  state: { form?: FormState; conflict?: ConflictReason } = {},
): Promise<Response> {
  const page = await loadRequestPage(deps, requestId, actorOf(c))
  const { t, lang } = c.var
  const { row, snapshot } = page
  const base = `/${lang}/approvals/${row.id}`
  const now = deps.clock.now()
  const rs = requestState(row, now)
  if (state.form) c.status(422)
  if (state.conflict) c.status(409)
  const summary = await getCase(deps.review, row.case_id)
  const correctable = (rs === 'consent' || rs === 'objection') && summary?.state === 'active' &&
    !summary.signedAt
  return c.render(
    <RequestPage
      t={t}
      backHref={`/${lang}/approvals`}
      number={row.case_number}
      service={`${snapshot.service.name[lang]} — ${snapshot.subService.name[lang]}`}
      state={stateTag(t, rs)}
      banner={bannerOf(c, state.conflict)}
      errors={state.form
        ? errorItems(state.form.errors, ['verdict', 'text', 'requirements', 'attachments'])
        : []}
      request={[
        { key: t('approval:request.provider'), value: snapshot.provider.name[lang] },
        { key: t('approval:request.action'), value: snapshot.action[lang] },
        { key: t('approval:request.sent'), value: formatDateTime(row.sent_at) },
        { key: t('approval:request.due'), value: dueText(t, row.due_at, rs) },
      ]}
      applicant={applicantRows(c, page)}
      draft={draftRows(c, page)}
      qualification={snapshot.qualification.map((q) => q.text[lang])}
      documents={snapshot.documents.map((d) => ({
        name: d.name,
        size: sizeText(t, d.size),
        href: deps.readDocument ? `${base}/documents/${d.id}` : undefined,
      }))}
      conclusions={page.conclusions.map((v) =>
        conclusionItem(t, v, (id) => `${base}/attachments/${id}`)
      )}
      unsent={unsentBlock(c, page, base)}
      actions={row.outcome || row.withdrawn_at
        ? (correctable
          ? (
            <p>
              <Button href={`${base}/correction`} variant='secondary'>
                {t('approval:correction.start')}
              </Button>
            </p>
          )
          : null)
        : (
          <ConclusionForm
            t={t}
            heading={t(page.unsent ? 'approval:form.again' : 'approval:form.title')}
            action={`${base}/conclusion`}
            csrf={c.var.csrfToken()}
            submitText={t('approval:form.submit')}
            values={state.form?.values ?? {}}
            errors={fieldErrorsOf(c, state.form)}
          />
        )}
    />,
    {
      title: t('approval:request.title', { number: row.case_number }),
      hasErrors: Boolean(state.form),
    },
  )
}

/** Field errors in the components' shape. */
export function fieldErrorsOf(c: C, form: FormState | undefined) {
  const errors = form?.errors ?? {}
  return Object.fromEntries(
    ['verdict', 'text', 'requirements', 'attachments'].map((
      f,
    ) => [f, fieldError(errors, f, c.var.t)]),
  )
}

function bannerOf(c: C, conflict: ConflictReason | undefined) {
  const { t } = c.var
  if (conflict) {
    return {
      title: t('approval:conflict.title'),
      text: t(`approval:conflict.${conflict}`),
      success: false,
    }
  }
  const done = c.req.query('done')
  if (done === 'sent' || done === 'corrected') {
    return { title: t('approval:done.title'), text: t(`approval:done.${done}`), success: true }
  }
  return undefined
}
