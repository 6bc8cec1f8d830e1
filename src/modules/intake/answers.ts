/** The sections of "check your answers", each row with a link back to its step. */
import type { T } from '../../i18n.ts'
import { snapshotOf } from './applicants.ts'
import { checklist } from './checklist.ts'
import type { Blocker, DraftFacts } from './readiness.ts'
import { formatTenge } from './receipt.ts'
import type { Particulars, Representative } from './view-types.ts'

type Row = {
  key: string
  value: string
  action?: { href: string; text: string; visuallyHiddenText: string }
}

/** The answers of a draft, section by section. */
export function answerSections(t: T, lang: 'kk' | 'ru', f: DraftFacts, base: string) {
  const change = (step: string, what: string) => ({
    href: `${base}/${step}`,
    text: t('intake:change'),
    visuallyHiddenText: what,
  })
  const row = (key: string, value: string, step: string): Row => ({
    key,
    value: value || '—',
    action: change(step, key),
  })
  const a = snapshotOf(f.row)
  const p: Particulars = f.row.particulars ? JSON.parse(f.row.particulars) : {}
  const rep: Representative | null = f.row.representative ? JSON.parse(f.row.representative) : null
  const sections = [{
    title: t('intake:tasks.applicant'),
    rows: [
      row(t('intake:applicant.name'), a.name[lang], 'applicant'),
      row(
        t(a.bin ? 'intake:applicant.bin' : 'intake:applicant.iin'),
        a.bin ?? a.iin ?? '',
        'applicant',
      ),
      row(t('intake:applicant.phone'), f.row.applicant_phone ?? '', 'applicant'),
      row(t('intake:applicant.email'), f.row.applicant_email ?? '', 'applicant'),
    ],
  }]
  if (f.row.channel !== 'portal') {
    sections.push({
      title: t('intake:tasks.representative'),
      rows: [row(
        t('intake:representative.name'),
        rep ? `${rep.fullName}, ${rep.powerOfAttorney.number}` : t('intake:representative.has.no'),
        'representative',
      )],
    })
  }
  sections.push({
    title: t('intake:tasks.particulars'),
    rows: [
      row(t('intake:particulars.subService'), f.ctx.sub.name[lang], 'particulars'),
      ...particularRows(t, lang, f, p, row),
    ],
  })
  sections.push({
    title: t('intake:tasks.documents'),
    rows: checklist(t, lang, f).filter((l) => l.files.length || l.required).map((l) =>
      row(
        l.name,
        l.files.map((d) => d.display_name).join(', ') || t('intake:documents.none'),
        'documents',
      )
    ),
  })
  if (f.fee) {
    const paid = f.payment?.paid_at ? f.payment : undefined
    sections.push({
      title: t('intake:tasks.fee'),
      rows: [row(
        t('intake:fee.status'),
        paid
          ? `${formatTenge(Number(paid.amount_tenge))}, ${paid.reference ?? ''}`
          : t('intake:fee.unpaid'),
        'fee',
      )],
    })
  }
  return sections
}

function particularRows(
  t: T,
  lang: 'kk' | 'ru',
  f: DraftFacts,
  p: Particulars,
  row: (key: string, value: string, step: string) => Row,
): Row[] {
  const out: Row[] = []
  if (p.licenseNumber) {
    out.push(row(t('intake:particulars.licenseNumber'), p.licenseNumber, 'particulars'))
  }
  const reason = f.ctx.sub.reissueReasons?.find((r) => r.id === p.reissueReason)
  if (reason) out.push(row(t('intake:particulars.reissueReason'), reason.text[lang], 'particulars'))
  if (p.reissueReasonText) {
    out.push(row(t('intake:particulars.reissueReasonText'), p.reissueReasonText, 'particulars'))
  }
  if (p.duplicateCause) {
    out.push(
      row(
        t('intake:particulars.duplicateCause'),
        t(`intake:particulars.causes.${p.duplicateCause}`),
        'particulars',
      ),
    )
  }
  const subtypes = (f.ctx.regulation.activitySubtypes ?? []).filter((s) =>
    p.activitySubtypes?.includes(s.id)
  )
  if (subtypes.length) {
    out.push(
      row(
        t('intake:particulars.activitySubtypes'),
        subtypes.map((s) => s.name[lang]).join(', '),
        'particulars',
      ),
    )
  }
  if (f.ctx.qualification.length) {
    const done = f.row.qualification ? JSON.parse(f.row.qualification).confirmed.length : 0
    out.push(
      row(
        t('intake:tasks.qualification'),
        t('intake:qualification.confirmedCount', { done, total: f.ctx.qualification.length }),
        'qualification',
      ),
    )
  }
  return out
}

/** A blocker as an error-summary item: the message, and the step that resolves it. */
export function blockerItem(t: T, lang: 'kk' | 'ru', base: string, b: Blocker) {
  if (b.task === 'documents') {
    return {
      text: t('intake:blockers.documents', { name: b.document.name[lang] }),
      href: `${base}/documents#file-${b.document.id}`,
    }
  }
  const step = b.task === 'feeUnavailable' ? 'fee' : b.task
  return { text: t(`intake:blockers.${b.task}`), href: `${base}/${step}` }
}
