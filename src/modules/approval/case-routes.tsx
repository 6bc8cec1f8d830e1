/**
 * `/cases/:id/approvals`: the provider's page of a case's approvals, and the executor's send.
 * A case of another organisation is a 404; a send that no longer fits is a 409 that says why;
 * a form error is a 422 with the choices kept.
 */
import { type Context, Hono } from 'hono'
import { CaseApprovalsPage, type CaseApprovalsProps } from '../../../views/approval/case.tsx'
import type { AppEnv } from '../../http/env.ts'
import { errorItems, fieldError, type FieldErrors } from '../../http/forms.ts'
import { seeOther } from '../../http/htmx.ts'
import type { SendOptions } from './dispatch.ts'
import { ApprovalConflictError, type ConflictReason } from './errors.ts'
import { formatDateTime, requestState } from './format.ts'
import { actorOf, conclusionItem, dueText, sizeText, stateTag } from './present.ts'
import { type CaseApprovals, loadCaseApprovals, type RequestView } from './queries.ts'
import { sendForm } from './schema.ts'
import { sendForApproval } from './send.ts'
import type { ApprovalDeps } from './types.ts'

type C = Context<AppEnv>

/** A failed send: the choices made and the errors. */
interface SendState {
  readonly chosen?: { authorities: readonly string[]; documents: readonly string[] }
  readonly errors?: FieldErrors
  readonly conflict?: ConflictReason
}

/** The routes under `/cases/:id/approvals`. */
export function caseRoutes(deps: ApprovalDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.get('/cases/:id/approvals', (c) => renderCase(c, deps))
  app.post('/cases/:id/approvals', async (c) => {
    const id = c.req.param('id')
    const form = sendForm.parse(await c.req.parseBody({ all: true }))
    try {
      const result = await sendForApproval(deps, { caseId: id, actor: actorOf(c), ...form })
      if (result.ok) return seeOther(c, `/${c.var.lang}/cases/${id}/approvals?done=sent`)
      const errors = Object.fromEntries(
        Object.entries(result.errors).map(([k, v]) => [k, c.var.t(v)]),
      )
      return await renderCase(c, deps, { chosen: form, errors })
    } catch (error) {
      if (error instanceof ApprovalConflictError) {
        return await renderCase(c, deps, { conflict: error.reason })
      }
      throw error
    }
  })
  return app
}

async function renderCase(c: C, deps: ApprovalDeps, state: SendState = {}): Promise<Response> {
  const data = await loadCaseApprovals(deps, c.req.param('id')!, actorOf(c))
  const { t, lang } = c.var
  if (state.errors) c.status(422)
  if (state.conflict) c.status(409)
  const done = c.req.query('done') === 'sent'
  const props: CaseApprovalsProps = {
    t,
    backHref: `/${lang}/cases/${data.caseId}`,
    number: data.number,
    banner: state.conflict
      ? {
        title: t('approval:conflict.title'),
        text: t(`approval:conflict.${state.conflict}`),
        success: false,
      }
      : done
      ? { title: t('approval:done.title'), text: t('approval:done.requestsSent'), success: true }
      : undefined,
    errors: state.errors ? errorItems(state.errors, ['authorities', 'documents']) : [],
    send: data.send ? sendView(c, data, data.send, state) : undefined,
    rounds: roundsView(c, deps, data),
  }
  return c.render(<CaseApprovalsPage {...props} />, {
    title: t('approval:case.title', { number: data.number }),
    hasErrors: Boolean(state.errors),
  })
}

function sendView(
  c: C,
  data: CaseApprovals,
  o: SendOptions,
  state: SendState,
): CaseApprovalsProps['send'] {
  const { t, lang } = c.var
  const errors = state.errors ?? {}
  const mapped = o.choices.filter((a) => a.kind !== null)
  const kindNames = o.regulation.interestedAuthorities.filter((a) => o.unmapped.includes(a.kind))
    .map((a) => a.name[lang])
  const decision = o.round.draft_decision
  return {
    action: `/${lang}/cases/${data.caseId}/approvals`,
    csrf: c.var.csrfToken(),
    draft: [
      { key: t('approval:request.decision'), value: t(`approval:decision.${decision ?? 'none'}`) },
      { key: t('approval:send.entered'), value: formatDateTime(o.round.entered_at) },
    ],
    authorities: o.choices.map((a) => ({
      value: a.id,
      text: a.name[lang],
      ...(a.kind ? { hint: t('approval:send.mapped') } : {}),
      checked: state.chosen ? state.chosen.authorities.includes(a.id) : a.kind !== null,
    })),
    fixed: o.policy.authorityChoice === 'mapped' ? mapped.map((a) => a.name[lang]) : undefined,
    documents: (o.application?.documents ?? []).map((d) => ({
      value: d.id,
      text: d.name,
      hint: sizeText(t, d.size),
      checked: state.chosen ? state.chosen.documents.includes(d.id) : true,
    })),
    problem: !o.application
      ? t('approval:send.noApplication')
      : kindNames.length && !mapped.length
      ? t('approval:send.unmapped', { kinds: kindNames.join('; ') })
      : undefined,
    errors: {
      authorities: fieldError(errors, 'authorities', t),
      documents: fieldError(errors, 'documents', t),
    },
  }
}

function roundsView(c: C, deps: ApprovalDeps, data: CaseApprovals): CaseApprovalsProps['rounds'] {
  const { t } = c.var
  const now = deps.clock.now()
  return data.rounds.filter((r) => r.round.sent_at).map((r, i) => ({
    heading: t('approval:case.round', { n: i + 1, at: formatDateTime(r.round.sent_at!) }),
    requests: r.requests.map((q) => requestBlock(c, q, now)),
  })).reverse()
}

function requestBlock(c: C, q: RequestView, now: Date) {
  const { t, lang } = c.var
  const { row } = q
  const state = requestState(row, now)
  const base = `/${lang}/approvals/${row.id}`
  return {
    authority: lang === 'kk' ? row.authority_name_kk : row.authority_name_ru,
    state: stateTag(t, state),
    rows: [
      { key: t('approval:request.sent'), value: formatDateTime(row.sent_at) },
      { key: t('approval:request.due'), value: dueText(t, row.due_at, state) },
      ...(row.answered_at
        ? [{ key: t('approval:request.answered'), value: formatDateTime(row.answered_at) }]
        : []),
      ...(row.withdraw_reason
        ? [{
          key: t('approval:request.withdrawn'),
          value: t(`approval:withdrawn.${row.withdraw_reason}`),
        }]
        : []),
      ...(row.silence_at && !row.answered_at
        ? [{
          key: t('approval:request.silence'),
          value: t('approval:request.silenceText', { at: formatDateTime(row.silence_at) }),
        }]
        : []),
    ],
    conclusions: q.conclusions.map((v) =>
      conclusionItem(t, v, (id) => `${base}/attachments/${id}`)
    ),
  }
}
