/** Turns a loaded case page into the translated props of the case page view. */
import type { Context } from 'hono'
import type { CasePageProps } from '../../../views/review/cases/show.tsx'
import type { AppEnv } from '../../http/env.ts'
import { fieldId } from '../../http/forms.ts'
import type { CasePage } from './case-page.ts'
import { actionForms, type FormState } from './case-forms.tsx'
import { applicationRows, decisionRows, documentRows } from './case-facts.ts'
import { fmtNorm, fmtTime, fmtWorking, marksOf, statusTag } from './present.ts'
import type { TimelineEntry } from './case-page.ts'

export type { FormState } from './case-forms.tsx'

/** The props of the case page. */
export function casePageProps(
  c: Context<AppEnv>,
  page: CasePage,
  now: Date,
  form?: FormState,
  banner?: string,
): CasePageProps {
  const { t, lang } = c.var
  const { row } = page.ctx
  const errors = form ? Object.keys(form.errors) : []
  return {
    t,
    backHref: `/${lang}/worklist`,
    number: row.number,
    service: lang === 'kk' ? row.service_name_kk : row.service_name_ru,
    tags: [statusTag(t, row.status), ...marksOf(t, row, now)],
    banner,
    errors: errors.map((f) => ({ text: t(form!.errors[f]!), href: `#${fieldId(f)}` })),
    current: currentRows(c, page),
    notice: noticeOf(c, page),
    actions: actionForms(c, page, form),
    decision: decisionRows(c, page),
    application: applicationRows(c, page),
    documents: documentRows(c, page),
    documentsNote: page.documentsOpen ? undefined : t('review:case.documentsClosed'),
    timeline: page.timeline.map((e) => timelineItem(c, page, e)),
    pauses: page.pauses.map((p) => [fmtTime(p.paused_at), fmtTime(p.resumed_at), p.reason]),
  }
}

function currentRows(c: Context<AppEnv>, page: CasePage) {
  const { t, lang } = c.var
  const { row, step, sub } = page.ctx
  if (!step) {
    return [
      { key: t('review:case.status'), value: t(`status.${row.status}`) },
      { key: t('review:case.endedAt'), value: fmtTime(row.ended_at) },
    ]
  }
  const norm = row.reissue_class && step.normByReissueClass
    ? step.normByReissueClass[row.reissue_class]
    : step.norm
  return [
    { key: t('review:case.step'), value: step.action[lang] },
    { key: t('review:case.role'), value: t(`roles.${step.role}`) },
    ...(page.assignee ? [{ key: t('review:case.assignee'), value: page.assignee.name[lang] }] : []),
    { key: t('review:case.stepStarted'), value: fmtTime(row.step_started_at) },
    {
      key: t('review:case.stepDue'),
      value: `${fmtTime(row.step_due_at)} (${fmtNorm(t, norm)})`,
    },
    { key: t('review:case.overallDue'), value: `${fmtTime(row.due_at)} (${sub.name[lang]})` },
    ...(row.paused_at
      ? [{ key: t('review:case.pausedSince'), value: fmtTime(row.paused_at) }]
      : []),
  ]
}

function noticeOf(c: Context<AppEnv>, page: CasePage): CasePageProps['notice'] {
  const { t, lang } = c.var
  const { step, row } = page.ctx
  if (page.pendingHandoffs) return { text: t('review:case.handoffPending') }
  if (!step || row.state !== 'active') return undefined
  if (page.notice) {
    return {
      text: page.notice.text[lang],
      href: page.notice.href,
      linkText: t('review:case.openStep'),
    }
  }
  if (step.kind === 'approval') return { text: t('review:case.waitingAuthority') }
  if (step.kind === 'issue') return { text: t('review:case.waitingIssuance') }
  if (step.kind === 'sign' && page.actions.signature === 'unavailable') {
    return { text: t('review:case.signingUnavailable') }
  }
  return undefined
}

function timelineItem(c: Context<AppEnv>, page: CasePage, e: TimelineEntry) {
  const { t, lang } = c.var
  const r = e.row
  const norm = r.norm ? JSON.parse(r.norm) : null
  const system = r.actor_account_id === null
  return {
    step: e.step ? e.step.action[lang] : t(`catalog:stepKinds.${r.step_kind}`),
    actor: system
      ? t('review:case.system')
      : `${(lang === 'kk' ? r.actor_name_kk : r.actor_name_ru) ?? ''} (${t(`roles.${r.role}`)})`,
    outcome: t(`review:outcomes.${r.outcome}`),
    comment: r.comment ?? undefined,
    started: fmtTime(r.started_at),
    completed: fmtTime(r.completed_at),
    norm: fmtNorm(t, norm),
    actual: fmtWorking(t, e.workingMinutes),
    due: fmtTime(r.due_at),
    mark: r.on_time === null
      ? undefined
      : r.on_time
      ? { text: t('review:marks.onTime'), colour: 'green' as const }
      : { text: t('review:marks.late'), colour: 'red' as const },
    details: system
      ? [t('review:case.deemedReason', { due: fmtTime(JSON.parse(r.data).dueAt) })]
      : [],
    attachments: page.attachments.filter((a) => a.transition_id === r.id).map((a) => ({
      href: `/${lang}/cases/${r.case_id}/attachments/${a.id}`,
      name: a.filename,
    })),
  }
}
