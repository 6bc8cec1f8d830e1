/** The facts of a case as summary rows: the application, its documents, the draft decision. */
import type { Context } from 'hono'
import type { SummaryRow } from '../../../views/components/summary-list.tsx'
import type { DocumentView } from '../../../views/review/cases/show.tsx'
import type { AppEnv } from '../../http/env.ts'
import type { CasePage } from './case-page.ts'
import { fmtDate, fmtSize, fmtTime } from './present.ts'

type Bi = { kk: string; ru: string }
type C = Context<AppEnv>

/** The applicant as the registry described them, and the application's particulars. */
export function applicationRows(c: C, page: CasePage): SummaryRow[] {
  const { t, lang } = c.var
  const a = page.application
  const p = a.particulars ?? {}
  const rows: Array<SummaryRow | false> = [
    { key: t('review:facts.applicant'), value: a.applicant.name[lang] },
    {
      key: t('review:facts.applicantType'),
      value: t(`catalog:applicantTypes.${a.applicant.type}`),
    },
    { key: t('review:facts.idNumber'), value: a.applicant.bin ?? a.applicant.iin ?? '—' },
    { key: t('review:facts.address'), value: a.applicant.address?.[lang] ?? '—' },
    { key: t('review:facts.phone'), value: a.applicant.phone ?? '—' },
    { key: t('review:facts.email'), value: a.applicant.email ?? '—' },
    Boolean(a.representative) && {
      key: t('review:facts.representative'),
      value: representativeText(a.representative),
    },
    { key: t('review:facts.channel'), value: t(`catalog:channels.${a.channel}`) },
    { key: t('review:facts.submitted'), value: fmtTime(page.ctx.row.submitted_at) },
    { key: t('review:facts.lang'), value: t(`layout.language.${a.lang}`) },
    typeof p.licenseNumber === 'string' &&
    { key: t('review:facts.licenseNumber'), value: p.licenseNumber },
    typeof p.reissueReason === 'string' && {
      key: t('review:facts.reissueReason'),
      value: reasonText(page, p.reissueReason, lang),
    },
    typeof p.duplicateCause === 'string' && {
      key: t('review:facts.duplicateCause'),
      value: t(`review:facts.causes.${p.duplicateCause === 'lost' ? 'lost' : 'damaged'}`),
    },
    Array.isArray(p.activitySubtypes) && p.activitySubtypes.length > 0 && {
      key: t('review:facts.subtypes'),
      value: subtypesText(page, p.activitySubtypes, lang),
    },
    {
      key: t('review:facts.qualification'),
      value: t('review:facts.confirmed', { count: a.qualificationAnswers?.confirmed.length ?? 0 }),
    },
  ]
  return rows.filter((r): r is SummaryRow => Boolean(r))
}

function representativeText(r: unknown): string {
  const rep = r as { fullName?: string; iin?: string; powerOfAttorney?: { number?: string } }
  return [rep.fullName, rep.iin, rep.powerOfAttorney?.number].filter(Boolean).join(', ')
}

function reasonText(page: CasePage, id: string, lang: 'kk' | 'ru'): string {
  const reason = page.ctx.sub.reissueReasons?.find((r) => r.id === id)
  const cls = page.ctx.row.reissue_class
  return reason ? `${reason.text[lang]}${cls ? ` (${cls})` : ''}` : id
}

function subtypesText(page: CasePage, ids: readonly unknown[], lang: 'kk' | 'ru'): string {
  const names = page.ctx.regulation.activitySubtypes ?? []
  return ids.map((id) => names.find((s) => s.id === id)?.name[lang] ?? String(id)).join('; ')
}

/** The application's files with links to view and download them. */
export function documentRows(c: C, page: CasePage): DocumentView[] {
  const { t, lang } = c.var
  const catalogDocs = page.ctx.sub.documents.items
  const base = `/${lang}/cases/${page.ctx.row.id}/documents`
  return page.application.documents.map((d) => ({
    name: d.name,
    kind: catalogDocs.find((x) => x.id === d.catalogDocumentId)?.name[lang] ?? '—',
    size: fmtSize(t, d.size),
    viewHref: page.documentsOpen ? `${base}/${d.id}` : undefined,
    downloadHref: page.documentsOpen ? `${base}/${d.id}?download=1` : undefined,
  }))
}

/** The draft decision and the facts it rests on. */
export function decisionRows(c: C, page: CasePage): SummaryRow[] {
  const { t, lang } = c.var
  const { row } = page.ctx
  if (!row.decision && !row.decision_data) return []
  const d = row.decision_data ? JSON.parse(row.decision_data) : {}
  const rows: Array<SummaryRow | false> = [
    Boolean(row.decision) &&
    { key: t('review:facts.decision'), value: t(`review:decisions.${row.decision}`) },
    d.refusal && {
      key: t('review:facts.grounds'),
      value: [
        ...(d.refusal.grounds as Array<{ text: Bi }>).map((g) => g.text[lang]),
        ...(d.refusal.groundOther ? [d.refusal.groundOther] : []),
      ].join('; ') || '—',
    },
    d.refusal?.reason && { key: t('review:facts.reason'), value: d.refusal.reason },
    d.return && {
      key: t('review:facts.missing'),
      value: [
        ...(d.return.missingDocuments as Array<{ name: Bi }>).map((m) => m.name[lang]),
        ...(d.return.missingOther ? [d.return.missingOther] : []),
      ].join('; '),
    },
    d.return?.reason && { key: t('review:facts.reason'), value: d.return.reason },
    d.inspection && {
      key: t('review:facts.inspection'),
      value: `${fmtDate(d.inspection.inspectedOn)}: ${d.inspection.findings}`,
    },
    d.testSchedule && {
      key: t('review:facts.testSchedule'),
      value: `${fmtDate(d.testSchedule.date)} ${d.testSchedule.time}, ${d.testSchedule.place}`,
    },
    d.testResult && {
      key: t('review:facts.testResult'),
      value: t(d.testResult.passed ? 'review:outcomes.passed' : 'review:outcomes.failed') +
        (d.testResult.score !== null ? ` (${d.testResult.score})` : ''),
    },
  ]
  return rows.filter((r): r is SummaryRow => Boolean(r))
}
